/** Files an admin uploads are small; anything larger is refused before it is parsed. */
export const UNTRUSTED_YAML_MAX_BYTES = 1024 * 1024;
