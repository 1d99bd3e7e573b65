// Vitest: build Helm's YAML reader once, before any test file reads with it.
import { ensureHelmReader } from "./helm-reader";

export default function setup(): void {
  ensureHelmReader();
}
