import { Document, isScalar, visit } from "yaml";

/**
 * Helm reads values with a YAML 1.1 parser, where `yes`, `on` or `0777` are not strings. Writing
 * as YAML 1.1 makes the library quote every such string, so every parser reads the same data.
 */
const YAML_VERSION = "1.1";

export type RenderOptions = {
  /** Comment lines written above the document, without the leading "#". */
  header?: readonly string[];
};

/**
 * `data` as a YAML document. Every string is quoted as needed by the library, never by hand, so
 * no value can break the document or add keys; multi-line strings become literal blocks.
 */
export function renderYaml(data: unknown, options: RenderOptions = {}): string {
  const doc = new Document(data, { version: YAML_VERSION });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string" && node.value.includes("\n")) {
        node.type = "BLOCK_LITERAL";
      }
    },
  });
  if (options.header?.length) {
    doc.commentBefore = options.header.map((line) => ` ${line}`).join("\n");
  }
  return doc.toString({ lineWidth: 0 });
}
