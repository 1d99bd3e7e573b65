// Vitest: unpack the official Helm and kubectl binaries once, before any test file runs them.
import { ensureHelmBinaries } from "./helm-binaries";

export default function setup(): void {
  ensureHelmBinaries();
}
