import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { REDACTED, redactValues } from "./redact";

/** One line (or block) of a generated file, and the secret it holds, if any. */
type Entry = { lines: string[]; secret?: string; secretLines: number };

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const token = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max })
    .map((characters) => characters.join(""));
const quoted = (value: string) => fc.constantFrom(value, `'${value}'`, `"${value}"`);

const plainEntry: fc.Arbitrary<Entry> = fc
  .tuple(
    fc.constantFrom("name", "enabled", "replicas", "host", "image", "path", "secretName", "userID"),
    fc.constantFrom(
      "mural",
      "true",
      "3",
      "https://ai.acme.org/dex",
      "canvas:1.2",
      "/ai",
      "spoke-kubeconfig-a",
      "4fd1a5bc-3655-4ed7-b16e-94d54a658ad7",
    ),
  )
  .map(([key, value]) => ({ lines: [`  ${key}: ${value}`], secretLines: 0 }));

const namedSecret: fc.Arbitrary<Entry> = fc
  .tuple(
    fc.constantFrom("password", "clientSecret", "apiKey", "token", "bindPW", "sessionSecret"),
    token(6, 30),
  )
  .chain(([key, secret]) =>
    quoted(secret).map((written) => ({ lines: [`  ${key}: ${written}`], secret, secretLines: 1 })),
  );

const bcryptHash: fc.Arbitrary<Entry> = token(53, 53).map((salt) => {
  const secret = `$2y$12$${salt.replace(/[^./A-Za-z0-9]/g, "a")}`;
  return { lines: [`  entry: '${secret}'`], secret, secretLines: 1 };
});

const pemBlock: fc.Arbitrary<Entry> = token(40, 60).map((body) => ({
  lines: [
    "  caData: |",
    "    -----BEGIN CERTIFICATE-----",
    `    ${body}`,
    "    -----END CERTIFICATE-----",
  ],
  secret: body,
  secretLines: 3,
}));

/** Forty or more characters none repeated: as random-looking as a key. */
const randomBlob: fc.Arbitrary<Entry> = fc
  .shuffledSubarray([...ALPHABET], { minLength: 40 })
  .map((characters) => characters.join(""))
  .map((secret) => ({ lines: [`  blob: ${secret}`], secret, secretLines: 1 }));

const comment: fc.Arbitrary<Entry> = fc
  .constantFrom("  # keep this", "  # password: not a value, a comment")
  .map((line) => ({ lines: [line], secretLines: 0 }));

const entry = fc.oneof(plainEntry, namedSecret, bcryptHash, pemBlock, randomBlob, comment);

/** A values file of sections of random entries, each entry's secret known. */
const files = fc
  .array(fc.array(entry, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
  .map((sections) => {
    const entries = sections.flatMap((section, index) => [
      { lines: [`section${index}:`], secretLines: 0 } as Entry,
      ...section,
    ]);
    return { text: `${entries.flatMap((found) => found.lines).join("\n")}\n`, entries };
  });

describe("redactValues", () => {
  it("leaves no secret in the copy, every other line byte for byte, and changes nothing twice", () => {
    fc.assert(
      fc.property(files, ({ text, entries }) => {
        const redacted = redactValues(text);
        if ("problem" in redacted) throw new Error(redacted.problem);
        for (const { secret, lines } of entries) {
          if (secret === undefined) continue;
          expect(redacted.text).not.toContain(secret);
          // In place, its quotes kept: a one-line secret's line reads REDACTED where it was.
          const [line] = lines;
          if (lines.length === 1)
            expect(redacted.text).toContain(`${line?.replace(secret, REDACTED)}\n`);
          else expect(redacted.text).toContain(`${line}\n    ${REDACTED}\n`);
        }
        // The lines that held no secret, in order, are the copy's lines that say no REDACTED.
        const kept = entries.flatMap((found) =>
          found.lines.slice(0, found.lines.length - found.secretLines),
        );
        const unredacted = redacted.text
          .split("\n")
          .slice(0, -1)
          .filter((line) => !line.includes(REDACTED));
        expect(unredacted).toEqual(kept);
        expect(redacted.redactions).toHaveLength(entries.filter((found) => found.secret).length);
        const again = redactValues(redacted.text);
        expect(again).toEqual({ text: redacted.text, redactions: [] });
      }),
      { numRuns: 300 },
    );
  });
});
