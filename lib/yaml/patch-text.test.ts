import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isNode, isPair, isScalar, isSeq, parse, parseDocument, type Document } from "yaml";

import type { TreePath } from "@/lib/paths/tree-path";
import { patchYamlText, patchYamlTextDetailed } from "@/lib/yaml/patch-text";
import { applyValuesEdits, diffValues, type ValuesEdit } from "@/lib/yaml/values-edits";
import { helmUnreadableCharacters } from "@/test/support/read-yaml";

const LARGE_FILE = readFileSync(
  new URL("../../test/support/fixtures/large-values.yaml", import.meta.url),
  "utf8",
);
const LARGE_DATA: unknown = parse(LARGE_FILE);

const set = (path: TreePath, value: unknown): ValuesEdit => ({ kind: "set", path, value });
const remove = (path: TreePath): ValuesEdit => ({ kind: "delete", path });

/** The patched text, checked to read as the edited data and to have kept its bytes. */
function patched(text: string, edits: readonly ValuesEdit[]): string {
  const result = patchYamlTextDetailed(text, edits);
  const before: unknown = text === LARGE_FILE ? LARGE_DATA : parse(text);
  expect(parse(result.text)).toEqual(applyValuesEdits(before, edits));
  expect(result.method).toBe("splice");
  // What Helm would read otherwise than the yaml library is never written raw.
  expect(helmUnreadableCharacters(result.text)).toEqual(helmUnreadableCharacters(text));
  return result.text;
}

/** The lines that differ between two texts of the same line count, as [line number, new line]. */
function changedLines(before: string, after: string): [number, string][] {
  const old = before.split("\n");
  const lines = after.split("\n");
  expect(lines.length).toBe(old.length);
  return lines.flatMap((line, index) => (line === old[index] ? [] : [[index + 1, line]]));
}

function lineNumbersWith(text: string, fragment: string): number[] {
  return text.split("\n").flatMap((line, index) => (line.includes(fragment) ? [index + 1] : []));
}

/** `value` with every string's `from` replaced by `to`. */
function replaceInStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === "string") return value.replaceAll(from, to);
  if (Array.isArray(value)) return value.map((item) => replaceInStrings(item, from, to));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceInStrings(item, from, to)]),
    );
  }
  return value;
}

describe("patchYamlText without edits", () => {
  it("returns the very text it was given", () => {
    expect(patchYamlText(LARGE_FILE, [])).toBe(LARGE_FILE);
    expect(patchYamlText(LARGE_FILE, diffValues(LARGE_DATA, LARGE_DATA))).toBe(LARGE_FILE);
  });

  it("keeps the file when an edit sets what is already there", () => {
    expect(patched(LARGE_FILE, [set(["global", "metrics", "timeout"], "5s")])).toBe(LARGE_FILE);
  });
});

describe("patchYamlText on scalars", () => {
  it("changes exactly one line for one scalar, in the scalar's own quotes", () => {
    const after = patched(LARGE_FILE, [set(["global", "metrics", "scrapeInterval"], "42s")]);
    expect(changedLines(LARGE_FILE, after)).toEqual([
      [lineNumbersWith(LARGE_FILE, "scrapeInterval: '15s'")[0], "    scrapeInterval: '42s'"],
    ]);
  });

  it("changes exactly the lines holding a domain that appears in several places", () => {
    const after = replaceInStrings(LARGE_DATA, "example.acme.org", "paletteai.acme.io");
    const text = patched(LARGE_FILE, diffValues(LARGE_DATA, after));
    const changed = changedLines(LARGE_FILE, text);
    expect(changed.map(([line]) => line)).toEqual(lineNumbersWith(LARGE_FILE, "example.acme.org"));
    for (const [line, written] of changed) {
      const old = LARGE_FILE.split("\n")[line - 1];
      expect(written).toBe(old?.replaceAll("example.acme.org", "paletteai.acme.io"));
    }
  });

  it("keeps a comment after the value, and plain, single and double quotes", () => {
    const text = [
      "plain: a # note",
      "single: 'b'   # spaced note",
      'double: "c"',
      "other: keep",
      "",
    ].join("\n");
    const after = patched(text, [
      set(["plain"], "x"),
      set(["single"], "it's"),
      set(["double"], 'say "hi"'),
    ]);
    expect(after).toBe(
      [
        "plain: x # note",
        "single: 'it''s'   # spaced note",
        'double: "say \\"hi\\""',
        "other: keep",
        "",
      ].join("\n"),
    );
  });

  it("quotes what YAML 1.1 or 1.2 would misread, whatever the old style", () => {
    const after = patched("a: x\nb: x\nc: x\nd: 'x'\n", [
      set(["a"], "yes"),
      set(["b"], "0777"),
      set(["c"], "0o17"),
      set(["d"], 5),
    ]);
    expect(after).toBe('a: "yes"\nb: "0777"\nc: "0o17"\nd: 5\n');
  });

  it("writes a multi-line string as a literal block, its comment on the header line", () => {
    const after = patched("top:\n  key: value # why\n  next: 1\n", [set(["top", "key"], "a\nb")]);
    expect(after).toBe("top:\n  key: |- # why\n    a\n    b\n  next: 1\n");
    expect(patched(after, [set(["top", "key"], "one line")])).toBe(
      "top:\n  key: one line # why\n  next: 1\n",
    );
  });

  it("double-quotes a multi-line string that a literal block cannot hold", () => {
    const after = patched("k: v\n", [set(["k"], "  \nx")]);
    expect(after).toBe('k: "  \\nx"\n');
  });

  it("replaces a block scalar of the fixture, leaving the lines around it", () => {
    const config = '{\n  "storage": { "rootDirectory": "/data" }\n}';
    const after = patched(LARGE_FILE, [set(["zot", "configFiles", "config.json"], config)]);
    const written = [
      "    config.json: |-",
      "      {",
      '        "storage": { "rootDirectory": "/data" }',
      "      }",
      "",
    ].join("\n");
    const start = LARGE_FILE.indexOf("    config.json: |-");
    const end = LARGE_FILE.indexOf("\n  mountSecret: true");
    expect(after).toBe(LARGE_FILE.slice(0, start) + written + LARGE_FILE.slice(end));
  });
});

describe("patchYamlText adding keys", () => {
  const text = [
    "canvas:",
    "  oidc:",
    "    sessionDir: /app/sessions",
    "    # redirectURL: https://example.org/ai/callback",
    "  # -- Impersonation",
    "  impersonationProxy:",
    "    enabled: false",
    "",
    "# Dex section",
    "dex:",
    "  enabled: true",
    "",
  ].join("\n");

  it("inserts after the last entry and its comments, before the next section's header", () => {
    const after = patched(text, [
      set(["canvas", "oidc", "sessionSecret"], "s3cr3t"),
      set(["canvas", "branding"], { productName: "Acme" }),
    ]);
    expect(after).toBe(
      [
        "canvas:",
        "  oidc:",
        "    sessionDir: /app/sessions",
        "    # redirectURL: https://example.org/ai/callback",
        "    sessionSecret: s3cr3t",
        "  # -- Impersonation",
        "  impersonationProxy:",
        "    enabled: false",
        "  branding:",
        "    productName: Acme",
        "",
        "# Dex section",
        "dex:",
        "  enabled: true",
        "",
      ].join("\n"),
    );
  });

  it("writes a missing parent once for all the edits under it", () => {
    const after = patched(text, [
      set(["hue", "ociRegistry", "endpoint"], "oci://zot.example.org"),
      set(["dex", "enabled"], false),
      set(["hue", "ociRegistry", "insecure"], false),
      set(["hue", "replicas"], 2),
    ]);
    expect(after).toBe(
      text.replace("  enabled: true\n", "  enabled: false\n") +
        [
          "hue:",
          "  ociRegistry:",
          "    endpoint: oci://zot.example.org",
          "    insecure: false",
          "  replicas: 2",
          "",
        ].join("\n"),
    );
  });

  it("quotes new keys as renderYaml would, and finds numeric and dotted keys", () => {
    const after = patched("a: {x: 1}\nb:\n  c: 1\n", [
      set(["b", "yes"], 1),
      set(["b", "key: with colon"], 2),
      set(["b", "8080"], 3),
      set(["b", "d.e/f"], 4),
    ]);
    expect(after).toBe(
      'a: {x: 1}\nb:\n  c: 1\n  "yes": 1\n  "key: with colon": 2\n  "8080": 3\n  d.e/f: 4\n',
    );
    const tcp = patched(LARGE_FILE, [
      set(["ingress-nginx", "tcp", "30003"], "mural-system/zot:5001"),
    ]);
    expect(changedLines(LARGE_FILE, tcp)).toEqual([
      [lineNumbersWith(LARGE_FILE, "30003:")[0], '    30003: "mural-system/zot:5001"'],
    ]);
  });

  it("creates nested missing keys in the large fixture without touching other lines", () => {
    const after = patched(LARGE_FILE, [set(["global", "dns", "rootIngress", "className"], "gce")]);
    const lines = after.split("\n");
    const at = lines.indexOf("      className: gce");
    expect(lines[at - 1]).toBe("      annotations: {}");
    expect(lines.toSpliced(at, 1)).toEqual(LARGE_FILE.split("\n"));
  });

  it("writes into an empty or comment-only document", () => {
    expect(patched("", [set(["a", "b"], 1), set(["a", "c"], [1])])).toBe(
      "a:\n  b: 1\n  c:\n    - 1\n",
    );
    expect(patched("# only a comment\n", [set(["a"], 1)])).toBe("# only a comment\na: 1\n");
  });

  it("keeps a file without a final newline without one", () => {
    expect(patched("a: 1", [set(["b"], 2)])).toBe("a: 1\nb: 2");
  });

  it("keeps Windows line ends", () => {
    expect(patched("a: 1\r\nb:\r\n  c: 2\r\n", [set(["b", "d"], { e: 3 })])).toBe(
      "a: 1\r\nb:\r\n  c: 2\r\n  d:\r\n    e: 3\r\n",
    );
  });
});

describe("patchYamlText on sequences", () => {
  it("appends at the column of the existing items", () => {
    const text = "atParent:\n- a\n# header of b\nindented:\n  - x\n  - y # last\nz: 1\n";
    const after = patched(text, [set(["atParent", 1], "b"), set(["indented", 2], { k: "v" })]);
    expect(after).toBe(
      "atParent:\n- a\n- b\n# header of b\nindented:\n  - x\n  - y # last\n  - k: v\nz: 1\n",
    );
  });

  it("appends spokes to the fixture at the parent's column", () => {
    const spoke = { name: "edge-1", kubeconfig: { inCluster: false } };
    const after = patched(LARGE_FILE, [set(["fleetConfig", "spokes", 2], spoke)]).split("\n");
    const at = after.indexOf("  - name: edge-1");
    expect(after.slice(at, at + 3)).toEqual([
      "  - name: edge-1",
      "    kubeconfig:",
      "      inCluster: false",
    ]);
    expect(after.toSpliced(at, 3)).toEqual(LARGE_FILE.split("\n"));
    expect(after[at + 3]).toBe("");
    expect(after[at + 4]).toBe("  # Values pushed to the spoke-side installs.");
  });

  it("deletes items from the highest index down, with their lines", () => {
    const text = "list:\n  - a # first\n  - b\n  # about c\n  - c\n  - d\nafter: 1\n";
    const after = patched(text, diffValues(parse(text), { list: ["a"], after: 1 }));
    expect(after).toBe("list:\n  - a # first\n  # about c\nafter: 1\n");
  });

  it("deletes the first key of a `- key: value` item up to the next key", () => {
    const text = "l:\n- name: a\n  x: 1\n- name: b\n";
    expect(patched(text, [remove(["l", 0, "name"])])).toBe("l:\n- x: 1\n- name: b\n");
  });

  it("rewrites an item whose kind changes", () => {
    const text = "l:\n- a: 1\n  b: 2\n- c\n";
    expect(patched(text, [set(["l", 0], "x"), set(["l", 1], { q: [1] })])).toBe(
      "l:\n- x\n- q:\n    - 1\n",
    );
  });
});

describe("patchYamlText deleting", () => {
  it("removes the entry's lines and keeps the comment above it", () => {
    const text = "a:\n  # about b\n  b:\n    c: 1\n    # old: 2\n  d: 3 # kept\n";
    expect(patched(text, [remove(["a", "b"])])).toBe("a:\n  # about b\n  d: 3 # kept\n");
  });

  it("leaves an emptied mapping as {} rather than null", () => {
    expect(patched("a:\n  b: 1\nc: 2\n", [remove(["a", "b"])])).toBe("a: {}\nc: 2\n");
  });

  it("removes a key from the fixture, touching nothing else", () => {
    const after = patched(LARGE_FILE, [remove(["canvas", "oidc", "scopes"])]);
    expect(after.split("\n")).toEqual(
      LARGE_FILE.split("\n").filter((line) => !line.startsWith("    scopes: [openid")),
    );
  });

  it("does nothing for a path that is not there", () => {
    expect(patchYamlText(LARGE_FILE, [remove(["nope", "nothing"])])).toBe(LARGE_FILE);
  });
});

describe("patchYamlText rewriting values", () => {
  it("escapes characters Helm takes for line breaks, whatever the old quotes", () => {
    const value = "a\u2028b: injected\u0085c";
    const after = patched("plain: x\nsingle: 'x'\ndouble: \"x\"\n", [
      set(["plain"], value),
      set(["single"], value),
      set(["double"], value),
      set(["added"], value),
    ]);
    expect(after).toBe(
      [
        'plain: "a\\u2028b: injected\\u0085c"',
        'single: "a\\u2028b: injected\\u0085c"',
        'double: "a\\u2028b: injected\\u0085c"',
        'added: "a\\u2028b: injected\\u0085c"',
        "",
      ].join("\n"),
    );
  });

  it("turns {} and [] with entries into block text under the key", () => {
    const text = "ingress:\n  annotations: {} # none yet\n  tls: []\n  host:\nnext: 1\n";
    const after = patched(text, [
      set(["ingress", "annotations", "kubernetes.io/ingress.class"], "gce"),
      set(["ingress", "tls", 0], { hosts: ["a.org"], secretName: "tls" }),
      set(["ingress", "annotations", "b"], "2"),
      set(["ingress", "host"], "a.org"),
    ]);
    expect(after).toBe(
      [
        "ingress:",
        "  annotations: # none yet",
        "    kubernetes.io/ingress.class: gce",
        '    b: "2"',
        "  tls:",
        "    - hosts:",
        "        - a.org",
        "      secretName: tls",
        "  host: a.org",
        "next: 1",
        "",
      ].join("\n"),
    );
  });

  it("keeps empty collections in flow style", () => {
    const after = patched("a:\n  b: 1\nc:\n  - 1\nd: x\n", [
      set(["a"], {}),
      set(["c"], []),
      set(["d"], {}),
    ]);
    expect(after).toBe("a: {}\nc: []\nd: {}\n");
  });

  it("rewrites a collection as a scalar and back", () => {
    const text = "a:\n  b: 1 # one\n  # trailing\nz: 2\n";
    const scalar = patched(text, [set(["a"], "flat")]);
    expect(scalar).toBe("a: flat\n  # trailing\nz: 2\n");
    expect(patched(scalar, [set(["a"], { b: 1 })])).toBe("a:\n  b: 1\n  # trailing\nz: 2\n");
    // A block scalar would read the comment as its content, so the comment goes with the old value.
    expect(patched(text, [set(["a"], "two\nlines")])).toBe("a: |-\n  two\n  lines\nz: 2\n");
  });

  it("edits the fixture's impersonation maps in place of their flow style", () => {
    const after = patched(LARGE_FILE, [
      set(["canvas", "impersonationProxy", "userMap", "alice@acme.org"], "alice"),
    ]);
    expect(after).toContain("    userMap:\n      alice@acme.org: alice\n    groupMap:\n");
  });

  it("applies edits in order, later ones seeing earlier ones", () => {
    const text = "a:\n  b: 1\n  c: 2\n";
    expect(patched(text, [remove(["a", "b"]), set(["a", "b"], 3)])).toBe("a:\n  c: 2\n  b: 3\n");
    expect(patched(text, [set(["a", "b"], 3), remove(["a", "b"])])).toBe("a:\n  c: 2\n");
    expect(patched(text, [set(["a"], "x"), set(["a", "d"], 1)])).toBe("a:\n  d: 1\n");
  });
});

describe("patchYamlText fallback", () => {
  it("stays right where an edit reaches an anchored node, through the Document API", () => {
    const text = "base: &base\n  cpu: 1 # shared\nother: *base\n";
    const result = patchYamlTextDetailed(text, [set(["base", "cpu"], 2)]);
    expect(parse(result.text)).toEqual({ base: { cpu: 2 }, other: { cpu: 1 } });
    expect(result.method).toBe("document");
    expect(result.text).toContain("# shared");
  });

  it("copes with many edits on a wide file", () => {
    const keys = Array.from({ length: 3000 }, (_, index) => `key${index}`);
    const text = keys.map((key) => `${key}: value # ${key}\n`).join("");
    const edits = keys.flatMap((key, index): ValuesEdit[] => {
      if (index % 3 === 0) return [set([key], index)];
      if (index % 3 === 1) return [remove([key])];
      return [set([`${key}-new`, "nested"], [index])];
    });
    const result = patchYamlTextDetailed(text, edits);
    expect(result.method).toBe("splice");
    expect(parse(result.text)).toEqual(applyValuesEdits(parse(text), edits));
  });
});

// ----------------------------------------------------------------------------------------------
// Property: random edits always read back right, and the splicer keeps every line it was not
// asked to touch.

/** Documents with the shapes that trip hand-written YAML edits. */
const TRICKY_DOCUMENTS = [
  "a: 1\n",
  "",
  "# only a comment\n",
  "a:\n  b: 'x' # c\n  c: [1, 2]\nd: {}\ne:\n",
  "- a\n- b: 1\n  c: 2\n-\n- - x\n  - y\n",
  "k: |\n  text\n  more\n\nz: >-\n  folded\n  text\n# end\n",
  "top:\n  list:\n  - name: a\n    v: 1\n  # header of next\n  next: ~\nother:\n",
  "x: 1\r\ny:\r\n  z: 2\r\n",
  "\"quoted key\": 1\n'8080': 2\n9090: x\n",
  "a: 1",
  "a:\n  b:\n    c: 1\n    # deep\n\n  # mid\n# top\nz: 2\n",
  "keep: |+\n  x\n\nafter: 1\n",
  "a: {x: [1, {y: 2}]}\nb: [\n  1,\n  2\n]\n",
];

const trickyString = fc.constantFrom(
  "yes",
  "on",
  "true",
  "null",
  "~",
  "0777",
  "0o17",
  "1e3",
  "# not a comment",
  "a #b",
  "key: value",
  "- item",
  " leading",
  "trailing ",
  "line1\nline2",
  "indented\n  more\n",
  "\n",
  "",
  "'",
  '"',
  "{}",
  "[]",
  "|",
  "  \nx",
  "ends\n\n",
  "example.acme.org",
);
const scalarValue = fc.oneof(
  trickyString,
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const newKey = fc.constantFrom("newKey", "new.dotted/key", "8443", "yes", "with space", "a: b");
const jsonValue = fc.oneof(
  { weight: 5, arbitrary: scalarValue },
  { weight: 1, arbitrary: fc.dictionary(newKey, scalarValue, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(scalarValue, fc.dictionary(newKey, scalarValue, { maxKeys: 2 })), {
      maxLength: 3,
    }),
  },
);

function allPaths(value: unknown, path: TreePath = [], into: TreePath[] = []): TreePath[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], into));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], into);
  }
  return into;
}

function editLists(data: unknown): fc.Arbitrary<ValuesEdit[]> {
  const existing = allPaths(data);
  const path: fc.Arbitrary<TreePath> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...existing) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...existing), newKey, fc.boolean())
        .map(([parent, key, deeper]) => (deeper ? [...parent, key, "leaf"] : [...parent, key])),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...existing).map((parent) => {
        const list = parent.reduce<unknown>(
          (node, segment) => (node as Record<string, unknown> | null)?.[segment],
          data,
        );
        return Array.isArray(list) ? [...parent, list.length] : parent;
      }),
    },
  );
  const edit: fc.Arbitrary<ValuesEdit> = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), path, value: jsonValue }),
    fc.record({ kind: fc.constant("delete" as const), path }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 });
}

/** Where the last content of a node ends (the parser counts trailing comments into collections). */
function contentEnd(node: unknown): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last: unknown = node.items[node.items.length - 1];
    if (isPair(last)) return contentEnd(isNode(last.value) ? last.value : last.key);
    return contentEnd(last);
  }
  return isNode(node) ? (node.range?.[1] ?? 0) : 0;
}

/**
 * The lines (0-based, as [first, end)) an edit may rewrite: the mapping entry it reaches through
 * block mappings, with the comment and blank lines below it. A path through a sequence stops at
 * the sequence, whose indexes earlier edits may have shifted; a deletion may empty its mapping,
 * which then is rewritten whole; a new key is inserted between lines, never into one.
 */
function editedSpan(text: string, document: Document, edit: ValuesEdit): [number, number] {
  const lines = text.split("\n");
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length - 1;
  const spanOf = (keyOffset: number, value: unknown): [number, number] => {
    const first = lineOf(keyOffset);
    const indent = (lines[first] ?? "").search(/\S/);
    let end = lineOf(Math.max(contentEnd(value) - 1, keyOffset)) + 1;
    while (end < lines.length) {
      const line = lines[end] ?? "";
      if (line.trim() !== "" && !(line.trim().startsWith("#") && line.search(/\S/) > indent)) break;
      end++;
    }
    return [first, end];
  };
  let node: unknown = document.contents;
  let span: [number, number] = [0, lines.length];
  let parentSpan = span;
  for (const segment of edit.path) {
    if (!isMap(node) || node.flow) return span;
    const pair = node.items.find(
      (item) => isScalar(item.key) && String(item.key.value ?? "") === String(segment),
    );
    if (!pair || !isNode(pair.key)) return edit.kind === "set" ? [0, 0] : span;
    parentSpan = span;
    span = spanOf(pair.key.range?.[0] ?? 0, pair.value ?? pair.key);
    node = pair.value;
  }
  return edit.kind === "delete" ? parentSpan : span;
}

/** Whether every line outside the edited spans is still there, in order. */
function keepsUntouchedLines(
  before: string,
  document: Document,
  after: string,
  edits: readonly ValuesEdit[],
): boolean {
  const touched = new Set<number>();
  for (const edit of edits) {
    const [first, end] = editedSpan(before, document, edit);
    for (let line = first; line < end; line++) touched.add(line);
  }
  const written = after.split("\n");
  let cursor = 0;
  return before.split("\n").every((line, index) => {
    if (touched.has(index)) return true;
    while (cursor < written.length && written[cursor] !== line) cursor++;
    return cursor++ < written.length;
  });
}

function checkRandomEdits(text: string, numRuns: number): void {
  const document = parseDocument(text);
  const data: unknown = document.toJS();
  fc.assert(
    fc.property(editLists(data), (edits) => {
      const result = patchYamlTextDetailed(text, edits);
      const written = parseDocument(result.text);
      expect(written.errors).toEqual([]);
      expect(written.toJS()).toEqual(applyValuesEdits(data, edits));
      if (result.method === "splice") {
        expect(keepsUntouchedLines(text, document, result.text, edits)).toBe(true);
      }
    }),
    { numRuns },
  );
}

describe("patchYamlText on random edits", () => {
  it("reads back right and keeps untouched lines in the large fixture", () => {
    checkRandomEdits(LARGE_FILE, 40);
  }, 60_000);

  it.each(TRICKY_DOCUMENTS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    "reads back right and keeps untouched lines in %s",
    (_name, text) => {
      checkRandomEdits(text, 100);
    },
    30_000,
  );
});
