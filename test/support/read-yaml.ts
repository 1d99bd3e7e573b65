import { isDeepStrictEqual } from "node:util";
import { parseAllDocuments, type DocumentOptions, type SchemaOptions } from "yaml";

function readStream(text: string, options: DocumentOptions & SchemaOptions): unknown[] {
  const documents = parseAllDocuments(text, options);
  if (!Array.isArray(documents)) return [];
  for (const document of documents) {
    const [problem] = [...document.errors, ...document.warnings];
    if (problem) throw new Error(`YAML ${options.version} reads a problem: ${problem.message}`);
  }
  return documents.map((document) => document.toJS());
}

/** The documents of `text`, read as Helm reads values (YAML 1.1). Throws if the reader complains. */
export function readDocumentsAsHelm(text: string): unknown[] {
  return readStream(text, { version: "1.1" });
}

/**
 * The documents of `text`, read as Helm reads values (YAML 1.1) and as a YAML 1.2 core reader
 * does. Throws if either reader complains or the two disagree.
 */
export function readDocuments(text: string): unknown[] {
  const asHelm = readDocumentsAsHelm(text);
  const asCore = readStream(text, { version: "1.2", schema: "core" });
  if (!isDeepStrictEqual(asHelm, asCore)) {
    throw new Error("YAML 1.1 and YAML 1.2 core read different data.");
  }
  return asHelm;
}

/** The data of `text`, which must be exactly one document, read as `readDocuments` reads. */
export function readSingleDocument(text: string): unknown {
  const documents = readDocuments(text);
  if (documents.length !== 1) throw new Error(`Expected one document, read ${documents.length}.`);
  return documents[0];
}

/**
 * Characters Helm's YAML reader (go-yaml v2, YAML 1.1) takes for line breaks (NEL, LS, PS) or
 * refuses (DEL, C1 controls, U+FFFE, U+FFFF). The `yaml` library reads them as text even in its
 * YAML 1.1 mode, so a file holding one raw reads differently in Helm than in these tests.
 */
const HELM_UNREADABLE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

/** The characters of `text` that Helm's reader would not read as `readDocuments` does. */
export function helmUnreadableCharacters(text: string): string[] {
  return text.match(HELM_UNREADABLE) ?? [];
}
