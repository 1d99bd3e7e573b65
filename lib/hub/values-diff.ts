import { valueLeaves } from "@/lib/paths/leaves";
import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";
import type { SecretSense } from "@/lib/secret-tracking/secret-sense";
import { isSecretName } from "@/lib/secrets/secret-keys";

import type { ValuesPathChange } from "./results";

/** A bcrypt hash anywhere in a value (a Dex hash, an htpasswd line): a credential wherever it sits. */
const BCRYPT_IN_TEXT = /\$2[abxy]\$\d{2}\$/;

/** Values longer than this (an embedded logo) are shown cut, with their length. */
const SHOWN_VALUE_MAX = 80;

type Leaf = { path: string; value: unknown };

function leavesOf(values: unknown): Map<string, unknown> {
  const leaves = valueLeaves(values, []).filter((leaf) => leaf.path.length > 0);
  return new Map(leaves.map((leaf) => [formatPath(leaf.path), leaf.value]));
}

/** The path up to its last key: `zot.tokens[0]` is named by `tokens`, as a list of credentials. */
function namedPath(path: TreePath): string {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === "number") end -= 1;
  return formatPath(path.slice(0, end));
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value) ?? "";
}

function isCredential(sense: SecretSense, path: TreePath, leaves: readonly Leaf[]): boolean {
  const pathText = formatPath(path);
  if (sense.paths.has(pathText)) return true;
  if (isSecretName(namedPath(path))) return true;
  return leaves.some(({ value }) => {
    const text = textOf(value);
    return BCRYPT_IN_TEXT.test(text) || sense.values.some((secret) => text.includes(secret));
  });
}

/** A value as a diff line shows it: text as it is, anything else as JSON, long values cut. */
function shown(value: unknown): string {
  if (value === "") return '""';
  const text = typeof value === "string" && !value.includes("\n") ? value : textOf(value);
  if (text.length <= SHOWN_VALUE_MAX) return text;
  return `${text.slice(0, SHOWN_VALUE_MAX)}… (${text.length} characters)`;
}

function pathOf(text: string, values: Map<string, TreePath>): TreePath {
  return values.get(text) ?? [text];
}

/**
 * What applying changes inside values.yaml, chart path by chart path in the docs' notation
 * (`fleetConfig.spokes[0].name`): settings with their old and new values, credentials only as
 * added, changed, removed or unchanged, never a value (not even its length). Unchanged settings
 * are left out; unchanged credentials are listed, so the admin sees which stay.
 */
export function valuesPathChanges(
  live: unknown,
  next: unknown,
  sense: SecretSense,
): ValuesPathChange[] {
  const before = leavesOf(live);
  const after = leavesOf(next);
  const paths = new Map<string, TreePath>();
  for (const tree of [live, next]) {
    for (const leaf of valueLeaves(tree, [])) paths.set(formatPath(leaf.path), leaf.path);
  }
  const all = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: ValuesPathChange[] = [];
  for (const path of all) {
    const hasBefore = before.has(path);
    const hasAfter = after.has(path);
    const old = before.get(path);
    const now = after.get(path);
    const change = !hasBefore
      ? "added"
      : !hasAfter
        ? "removed"
        : textOf(old) === textOf(now) && typeof old === typeof now
          ? "unchanged"
          : "changed";
    const sides = [
      ...(hasBefore ? [{ path, value: old }] : []),
      ...(hasAfter ? [{ path, value: now }] : []),
    ];
    if (isCredential(sense, pathOf(path, paths), sides)) {
      changes.push({ path, change, isSecret: true });
    } else if (change !== "unchanged") {
      changes.push({
        path,
        change,
        isSecret: false,
        ...(hasBefore ? { before: shown(old) } : {}),
        ...(hasAfter ? { after: shown(now) } : {}),
      });
    }
  }
  return changes;
}

/** The credentials live on the hub that applying would replace or drop: by chart path only. */
export function replacedSecrets(changes: readonly ValuesPathChange[]): ValuesPathChange[] {
  return changes
    .filter((change) => change.isSecret)
    .filter((change) => change.change === "changed" || change.change === "removed");
}
