"use client";

import { domainProblem } from "@/lib/validation/domain";
import { domainUrls } from "@/lib/values-builders/domain-urls";
import { useSettledValue } from "@/components/hooks/use-settled-config";

/** Shows where the one domain the admin typed lands, so nothing has to be typed twice. */
export function DerivedUrls() {
  // A frame behind the domain field: typing it never waits for these URLs.
  const domain = useSettledValue("global.domain");
  if (domainProblem(domain) !== undefined) return null;
  const urls = domainUrls(domain);
  const rows = [
    ["PaletteAI (Canvas)", `${urls.root}/ai`],
    ["Canvas OIDC redirect", urls.canvasCallback],
    ["Dex issuer", urls.dexIssuer],
    ["Registry (Zot)", `${domain}/zot/*, ${domain}/v2`],
  ] as const;
  return (
    <div className="derived" aria-label="Derived from the domain">
      <p className="derived-title">Easel derives from this domain:</p>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
