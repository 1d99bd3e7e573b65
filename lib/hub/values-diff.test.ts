import { describe, expect, it } from "vitest";

import { valueLeaves } from "@/lib/paths/leaves";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { NO_SECRET_SENSE, secretSenseOf } from "@/lib/secret-tracking/secret-sense";
import { generateSecret } from "@/lib/secrets/generate";
import { gkeModule } from "@/lib/targets/gke/module";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

import { checkLiveValues } from "./live-values-check";
import { replacedSecrets, valuesPathChanges } from "./values-diff";

const OTHER_HASH = "$2b$12$9yR0bJmQ2c1o3nV4cM8b5uJmZ0dQm0Jb7l6KQy0k1k3b7ZyF8v1XK";

/** Every string value of a values tree, long enough to tell apart, for "never shown" checks. */
function stringsOf(values: unknown): string[] {
  return valueLeaves(values, [])
    .map((leaf) => leaf.value)
    .filter((value): value is string => typeof value === "string" && value.length >= 8);
}

function rotated() {
  const before = everySecretGkeConfig();
  const after = structuredClone(before);
  after.global.metrics.scrapeInterval = "30s";
  after.canvas.sessionSecret = generateSecret();
  after.identity.localUsers[0]!.hash = OTHER_HASH;
  after.fleet.spokes.push(newSpoke("edge-spoke"));
  return { before, after };
}

describe("valuesPathChanges", () => {
  it("names each changed chart path in the docs' notation, settings with their values", () => {
    const { before, after } = rotated();
    const changes = valuesPathChanges(
      gkeModule.buildValues(before),
      gkeModule.buildValues(after),
      secretSenseOf(gkeModule, after),
    );
    expect(changes).toContainEqual({
      path: "global.metrics.scrapeInterval",
      change: "changed",
      isSecret: false,
      before: "15s",
      after: "30s",
    });
    expect(changes).toContainEqual({
      path: "canvas.oidc.sessionSecret",
      change: "changed",
      isSecret: true,
    });
    expect(changes).toContainEqual({
      path: "dex.config.staticPasswords[0].hash",
      change: "changed",
      isSecret: true,
    });
    const spokeName = changes.find((change) => change.path === "fleetConfig.spokes[4].name");
    expect(spokeName).toEqual({
      path: "fleetConfig.spokes[4].name",
      change: "added",
      isSecret: false,
      after: "edge-spoke",
    });
    // Credentials that stay are listed as unchanged; settings that stay are left out.
    expect(changes).toContainEqual({
      path: "dex.config.staticClients[0].secret",
      change: "unchanged",
      isSecret: true,
    });
    expect(changes.some((change) => change.path === "global.domain")).toBe(false);
  });

  it("never carries a secret value, of either side, anywhere in its serialized result", () => {
    const { before, after } = rotated();
    const live = gkeModule.buildValues(before);
    const next = gkeModule.buildValues(after);
    const changes = valuesPathChanges(live, next, secretSenseOf(gkeModule, after));
    const serialized = JSON.stringify(changes);
    const secrets = [
      before.canvas.sessionSecret,
      after.canvas.sessionSecret,
      before.global.auditLogging.password,
      before.identity.clients.muralSecret,
      before.identity.clients.kubernetesSecret,
      before.identity.localUsers[0]!.hash,
      OTHER_HASH,
      ...stringsOf(live).filter((value) => value.includes("$2")),
    ];
    for (const secret of secrets) {
      expect(serialized).not.toContain(secret);
      expect(serialized).not.toContain(Buffer.from(secret).toString("base64"));
    }
    // Not even a masked length: a credential's entry has no other fields.
    for (const change of changes.filter((entry) => entry.isSecret)) {
      expect(Object.keys(change).sort()).toEqual(["change", "isSecret", "path"]);
    }
  });

  it("treats credential key names, bcrypt hashes and values quoting a secret as credentials", () => {
    const sessionSecret = "s3ss10n-secret-from-the-form";
    const live = {
      extra: { apiToken: "tok-one-1234", note: "plain", quoted: "x", list: [] },
      zot: { htpasswd: `admin:${SAMPLE_DEX_HASH}` },
      plainHash: SAMPLE_DEX_HASH,
    };
    const next = {
      extra: { apiToken: "tok-two-5678", note: "plain too", quoted: `Bearer ${sessionSecret}` },
      zot: { htpasswd: `admin:${OTHER_HASH}` },
      plainHash: OTHER_HASH,
    };
    const changes = valuesPathChanges(live, next, { paths: new Set(), values: [sessionSecret] });
    expect(changes).toEqual([
      { path: "extra.apiToken", change: "changed", isSecret: true },
      { path: "extra.list", change: "removed", isSecret: false, before: "[]" },
      {
        path: "extra.note",
        change: "changed",
        isSecret: false,
        before: "plain",
        after: "plain too",
      },
      { path: "extra.quoted", change: "changed", isSecret: true },
      { path: "plainHash", change: "changed", isSecret: true },
      { path: "zot.htpasswd", change: "changed", isSecret: true },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/tok-|s3ss10n|\$2b\$/);
  });

  it("cuts long settings (an embedded logo) to a readable length", () => {
    const logo = `data:image/png;base64,${"A".repeat(5000)}`;
    const [change] = valuesPathChanges({}, { canvas: { logo } }, NO_SECRET_SENSE);
    expect(change).toMatchObject({ path: "canvas.logo", change: "added" });
    expect(change && "after" in change ? change.after : "").toMatch(/… \(5022 characters\)$/);
  });
});

describe("replacedSecrets", () => {
  it("lists the live credentials applying changes or drops, not those it adds or keeps", () => {
    const changes = valuesPathChanges(
      { a: { password: "one-one-one" }, b: { token: "two-two-two" }, c: { secret: "same-same" } },
      { a: { password: "ONE-ONE-ONE" }, c: { secret: "same-same" }, d: { hash: OTHER_HASH } },
      NO_SECRET_SENSE,
    );
    expect(replacedSecrets(changes)).toEqual([
      { path: "a.password", change: "changed", isSecret: true },
      { path: "b.token", change: "removed", isSecret: true },
    ]);
  });
});

describe("checkLiveValues", () => {
  const config = everySecretGkeConfig();
  const text =
    "global:\n  metrics:\n    scrapeInterval: 30s\ncanvas:\n  oidc:\n    sessionSecret: new-session-secret-value\n";
  const planned = { text, configurationId: config.configurationId, sense: NO_SECRET_SENSE };
  const liveText =
    "global:\n  metrics:\n    scrapeInterval: 15s\ncanvas:\n  oidc:\n    sessionSecret: old-session-secret-value\n";

  it("on a hub without values: every path added, nothing replaced, no other configuration", () => {
    const { diff, check } = checkLiveValues({ isOnHub: false }, planned);
    expect(diff.isOnHub).toBe(false);
    expect(diff.changes.map((change) => change.change)).toEqual(["added", "added"]);
    expect(check).toEqual({
      origin: { isOnHub: false },
      isOtherConfiguration: false,
      replacedSecrets: [],
    });
  });

  it("names the other configuration (another id, or none) and the live secrets it replaces", () => {
    const other = "0b9f6c1e-3d3a-4c1e-9a1f-2f4b5c6d7e8f";
    for (const live of [
      { isOnHub: true as const, configurationId: other, text: liveText },
      { isOnHub: true as const, text: liveText },
    ]) {
      const { diff, check } = checkLiveValues(live, planned);
      expect(check.isOtherConfiguration).toBe(true);
      expect(check.origin).toEqual(
        live.configurationId ? { isOnHub: true, configurationId: other } : { isOnHub: true },
      );
      expect(check.replacedSecrets).toEqual([
        { path: "canvas.oidc.sessionSecret", change: "changed", isSecret: true },
      ]);
      expect(JSON.stringify({ diff, check })).not.toMatch(/session-secret-value/);
    }
    const same = checkLiveValues(
      { isOnHub: true, configurationId: config.configurationId, text: liveText },
      planned,
    );
    expect(same.check.isOtherConfiguration).toBe(false);
  });

  it("counts a hub file that is not values as replaced whole", () => {
    const { diff, check } = checkLiveValues({ isOnHub: true, text: "- a list\n" }, planned);
    expect(diff.problem).toMatch(/cannot be read as values/);
    expect(check.replacedSecrets).toEqual([
      { path: "values.yaml", change: "changed", isSecret: true },
    ]);
  });
});
