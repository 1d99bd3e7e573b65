/** Sections whose text becomes Secrets: the spokes' kubeconfigs and the integrations' tokens. */
import fc from "fast-check";
import { stringify } from "yaml";

import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { type Spoke } from "@/lib/schemas/sections/fleet";
import { kindFromName } from "@/lib/schemas/sections/fleet-model";
import {
  type IntegrationsSection,
  type TokenIntegration,
} from "@/lib/schemas/sections/integrations";
import { newIntegrationsSection } from "@/lib/schemas/sections/integrations-model";
import { CA } from "@/test/support/every-secret-config";

import {
  baseUrl,
  dnsLabel,
  dnsSubdomain,
  secretKey,
  wildLine,
  wildNonBlank,
  wildNonBlankLine,
  wildText,
  writableNamespace,
} from "./text";

/** Text a kubeconfig may carry; NUL would make it binary, which Easel refuses. */
const kubeconfigText = (text: fc.Arbitrary<string>) => text.map((t) => t.replaceAll("\0", ""));

/**
 * A kubeconfig with one cluster, user and context, and the context a spoke names: the file's
 * current one (empty) or the same name typed.
 */
const kubeconfigAccess = fc
  .record({
    server: baseUrl(["https"]),
    contextName: kubeconfigText(wildNonBlankLine).map((name) => name.trim() || "ctx"),
    token: kubeconfigText(wildText),
    isContextTyped: fc.boolean(),
  })
  .map(({ server, contextName, token, isContextTyped }) => ({
    context: isContextTyped ? contextName : "",
    kubeconfigFile: stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: "spoke", cluster: { server } }],
      users: [{ name: "admin", user: { token } }],
      contexts: [{ name: contextName, context: { cluster: "spoke", user: "admin" } }],
      "current-context": contextName,
    }),
  }));

/** No uploaded kubeconfig: the Secret is made by hand, so the context is any single line. */
const noKubeconfig = wildLine.map((context) => ({ context, kubeconfigFile: "" }));

const spokeName = fc.oneof({ arbitrary: fc.constant(HUB_AS_SPOKE_NAME), weight: 1 }, dnsLabel);

const spokeRest = fc.record({
  forceInternalEndpointLookup: fc.boolean(),
  secretName: fc.oneof(fc.constant(""), dnsSubdomain),
  secretKey,
  access: fc.oneof(noKubeconfig, kubeconfigAccess),
});

/** One to four spokes, each name once, hub-as-spoke among them or not. */
export const spokesArbitrary: fc.Arbitrary<Spoke[]> = fc
  .uniqueArray(fc.tuple(spokeName, spokeRest), {
    minLength: 1,
    maxLength: 4,
    selector: ([name]) => name,
  })
  .map((spokes) =>
    spokes.map(([name, rest]) => ({
      kind: kindFromName(name),
      name,
      forceInternalEndpointLookup: rest.forceInternalEndpointLookup,
      kubeconfig: {
        secretName: rest.secretName,
        secretKey: rest.secretKey,
        context: rest.access.context,
      },
      kubeconfigFile: rest.access.kubeconfigFile,
    })),
  );

const OFF = newIntegrationsSection();

/** The Palette integration: off as new, or on with its Secret and, maybe, its CA's. */
const palette = fc.oneof(
  fc.constant(OFF.palette).map((off) => ({ ...off })),
  fc.record({
    isEnabled: fc.constant(true),
    secretName: dnsSubdomain,
    apiKey: wildNonBlank,
    defaultProjectID: wildNonBlank,
    hostUrl: baseUrl(["https"]),
    tenant: wildNonBlank,
    skipSSLCertificateVerification: fc.boolean(),
    // Text around the PEM block is ignored by readers, so a comment line may precede it.
    caCertificate: fc.oneof(
      fc.constant(""),
      fc.constant(CA),
      wildLine.map((line) => `${line}\n${CA}`),
    ),
    caSecretName: dnsSubdomain,
  }),
);

function tokenIntegration(off: TokenIntegration): fc.Arbitrary<TokenIntegration> {
  return fc.oneof(
    fc.constant(off).map((copy) => ({ ...copy })),
    fc.record({
      isEnabled: fc.constant(true),
      secretName: dnsSubdomain,
      key: secretKey,
      token: wildNonBlank,
    }),
  );
}

/** Each integration off or on, in one namespace. */
export const integrationsArbitrary: fc.Arbitrary<IntegrationsSection> = fc.record({
  namespace: writableNamespace,
  palette,
  huggingFace: tokenIntegration(OFF.huggingFace),
  ngc: tokenIntegration(OFF.ngc),
});
