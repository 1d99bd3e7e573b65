import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";

import type { HelmOperation, HelmRevision, ReleasePreview } from "@/lib/hub/helm-release";
import { releaseChanges } from "@/lib/hub/release-diff";

import { HelmProgress } from "./helm-progress";
import { ReleaseHistory } from "./release-history";
import { ReleasePreviewList } from "./release-preview";

const OLD_PASSWORD = "old-password-9f3k2j";
const NEW_PASSWORD = "new-password-7x1q8z";

function muralManifest(domain: string, password: string): string {
  return [
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "mural-settings" }, data: { domain } },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "mural-session" },
      data: { password: btoa(password) },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "mural" },
      spec: { ports: [{ port: 80 }] },
    },
  ]
    .map((object) => `---\n# Source: mural/templates/x.yaml\n${stringify(object)}`)
    .join("");
}

const CURRENT = {
  name: "mural" as const,
  namespace: "mural-system",
  revision: 1,
  status: "deployed" as const,
  chart: "mural-1.0.0",
  updated: "2026-12-01T20:00:00Z",
};

function preview(deployed: string | undefined, rendered: string): ReleasePreview {
  return {
    name: "mural",
    chart: "mural",
    version: "1.0.1",
    ...(deployed === undefined ? {} : { current: CURRENT }),
    changes: releaseChanges(deployed, rendered),
  };
}

describe("ReleasePreviewList", () => {
  it("groups the changes and shows a Secret only by its keys", () => {
    const html = renderToStaticMarkup(
      <ReleasePreviewList
        previews={[
          preview(
            muralManifest("old.example.com", OLD_PASSWORD),
            muralManifest("new.example.com", NEW_PASSWORD),
          ),
        ]}
      />,
    );
    expect(html).toContain("chart 1.0.1");
    expect(html).toContain("revision 1");
    expect(html).toContain("Changed: 2 objects");
    expect(html).toContain("ConfigMap mural-settings");
    expect(html).toContain("new.example.com");
    expect(html).toContain("<code>password</code>: changed");
    expect(html).toContain("Unchanged: 1 object.");
    for (const secret of [OLD_PASSWORD, NEW_PASSWORD, btoa(OLD_PASSWORD), btoa(NEW_PASSWORD)]) {
      expect(html).not.toContain(secret);
    }
    expect(html).not.toContain("Nothing rendered changes");
  });

  it("says a release is not installed, and when nothing rendered changes", () => {
    const text = muralManifest("a.example.com", OLD_PASSWORD);
    expect(
      renderToStaticMarkup(<ReleasePreviewList previews={[preview(undefined, text)]} />),
    ).toContain("Not installed");
    const hooks = [
      {
        ref: { apiVersion: "batch/v1", kind: "Job", name: "mural-migrate" },
        events: ["pre-upgrade"],
      },
    ];
    const same = renderToStaticMarkup(
      <ReleasePreviewList previews={[{ ...preview(text, text), hooks }]} />,
    );
    expect(same).toContain("Hooks Helm runs: 1");
    expect(same).toContain("<code>Job mural-migrate</code> at pre-upgrade");
    expect(same).toContain("Nothing rendered changes");
    expect(same).toContain("Every object stays as it is (3 objects).");
  });
});

describe("HelmProgress", () => {
  const operation: HelmOperation = {
    id: "op-1",
    kind: "upgrade",
    state: "failed",
    startedAt: "2026-12-01T20:00:00Z",
    steps: [
      { name: "secrets", state: "done" },
      {
        name: "mural-crds",
        state: "done",
        outcome: { revision: 2, status: "deployed", notes: "CRDs are ready." },
      },
      {
        name: "mural",
        state: "failed",
        error:
          "Helm could not install or upgrade mural: context deadline exceeded. Helm rolled mural back to where it was.",
        isRolledBack: true,
      },
    ],
  };

  it("lists each step in a live region, with notes, Helm's reason and the rollback", () => {
    const html = renderToStaticMarkup(<HelmProgress operation={operation} />);
    expect(html).toMatch(/<ol[^>]*aria-live="polite"/);
    expect(html).toContain("Upgrade with Helm");
    expect(html).toContain("Revision 2");
    expect(html).toContain("<summary>Helm&#x27;s notes for mural-crds</summary>");
    expect(html).toContain("CRDs are ready.");
    expect(html).toContain("The release mural failed: Helm could not install or upgrade mural");
    // The rollback is said once, in Helm's own words.
    expect(html.split("rolled mural back").length - 1).toBe(1);
    expect(html).not.toContain("The rollback ran");
    expect(html).not.toContain("The rollback did not run");
  });

  it("says when Helm was not run for a release already as configured", () => {
    const steps = operation.steps.map((step) =>
      step.name === "mural-crds" ? { ...step, isUnchanged: true } : step,
    );
    const html = renderToStaticMarkup(<HelmProgress operation={{ ...operation, steps }} />);
    expect(html).toContain("same values, so Helm was not run");
    expect(html).toContain("An edit made on the hub outside Helm since");
  });

  it("says when the operation started and ended: a later visitor may see it", () => {
    const ended = { ...operation, endedAt: "2026-12-01T20:03:00Z" };
    const html = renderToStaticMarkup(<HelmProgress operation={ended} />);
    expect(html).toMatch(
      /Started <time dateTime="2026-12-01T20:00:00Z">[^<]+<\/time>, ended <time dateTime="2026-12-01T20:03:00Z">/,
    );
  });

  it("ends Helm's reason with one full stop, whether or not it has its own", () => {
    const steps = operation.steps.map((step) =>
      step.name === "mural" ? { ...step, error: "Helm rolled mural back to where it was." } : step,
    );
    const html = renderToStaticMarkup(<HelmProgress operation={{ ...operation, steps }} />);
    expect(html).toContain("The release mural failed: Helm rolled mural back to where it was.<");
  });

  it("says when the rollback did not run", () => {
    const steps = operation.steps.map((step) =>
      step.name === "mural" ? { ...step, isRolledBack: false } : step,
    );
    const html = renderToStaticMarkup(<HelmProgress operation={{ ...operation, steps }} />);
    expect(html).toContain("The rollback did not run");
  });
});

describe("ReleaseHistory", () => {
  const revision = (n: number, status: HelmRevision["status"]): HelmRevision => ({
    revision: n,
    chart: `mural-1.0.${n}`,
    appVersion: "1.0",
    status,
    updated: `2026-12-0${n}T10:00:00Z`,
    description: "",
  });

  it("offers a rollback to each older deployed revision, disabled while Helm runs", () => {
    const history = {
      mural: [revision(1, "superseded"), revision(2, "failed"), revision(3, "deployed")],
    };
    const releases = [{ ...CURRENT, revision: 3, chart: "mural-1.0.3" }];
    const html = renderToStaticMarkup(
      <ReleaseHistory history={history} releases={releases} isBusy={false} onRollback={() => {}} />,
    );
    expect(html).toContain('aria-label="History of mural"');
    expect(html).toContain(">Roll back to revision 1</button>");
    expect(html).not.toContain("Roll back to revision 2");
    expect(html).not.toContain("Roll back to revision 3");
    expect(html).toContain('dateTime="2026-12-01T10:00:00Z"');
    const busy = renderToStaticMarkup(
      <ReleaseHistory history={history} releases={releases} isBusy onRollback={() => {}} />,
    );
    expect(busy).toContain('disabled="">Roll back to revision 1</button>');
  });

  it("shows a release stuck in pending-* with Roll back as the way out", () => {
    const history = { mural: [revision(1, "deployed"), revision(2, "pending-upgrade")] };
    const releases = [{ ...CURRENT, revision: 2, status: "pending-upgrade" as const }];
    const html = renderToStaticMarkup(
      <ReleaseHistory history={history} releases={releases} isBusy={false} onRollback={() => {}} />,
    );
    expect(html).toContain("stuck in");
    expect(html).toContain("pending-upgrade");
    expect(html).toContain(">Roll back</button>");
  });
});
