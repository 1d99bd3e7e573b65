/**
 * Thrown where the splicer meets YAML it does not rewrite by hand; the caller falls back to the
 * yaml library's Document API.
 */
export class Unsupported extends Error {}
