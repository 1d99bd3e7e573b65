import "server-only";

import { randomUUID } from "node:crypto";

import type { HelmOperation, HelmStep } from "@/lib/hub/helm-release";

/** Shared by every bundle of the server, as the hub operation lock is. */
const OPERATIONS_KEY = Symbol.for("easel.helm-operations");

type OperationsHolder = { [OPERATIONS_KEY]?: Map<string, HelmOperation> };

function operations(): Map<string, HelmOperation> {
  const holder = globalThis as OperationsHolder;
  holder[OPERATIONS_KEY] ??= new Map();
  return holder[OPERATIONS_KEY];
}

/**
 * Starts recording a Helm operation on the hub `hubId`, its steps all waiting. Only the latest
 * operation per hub is kept, in this server's memory: the page polls it, so a reload finds it,
 * and a server restart forgets it (Helm's own history stays on the hub).
 */
export function beginHelmOperation(
  hubId: string,
  kind: HelmOperation["kind"],
  steps: readonly HelmStep["name"][],
): HelmOperation {
  const operation: HelmOperation = {
    id: randomUUID(),
    kind,
    state: "running",
    startedAt: new Date().toISOString(),
    steps: steps.map((name) => ({ name, state: "waiting" })),
  };
  operations().set(hubId, operation);
  return operation;
}

/** The hub's latest Helm operation, as a copy the caller may send to the page. */
export function latestHelmOperation(hubId: string): HelmOperation | undefined {
  const operation = operations().get(hubId);
  return operation ? structuredClone(operation) : undefined;
}

/** Records what became of one step of `operation`. */
export function updateHelmStep(
  operation: HelmOperation,
  name: HelmStep["name"],
  step: Omit<HelmStep, "name">,
): void {
  const index = operation.steps.findIndex((item) => item.name === name);
  if (index >= 0) operation.steps[index] = { name, ...step };
}

/** Ends `operation`: every step still waiting is skipped, and the operation failed if one did. */
export function endHelmOperation(operation: HelmOperation): void {
  operation.steps = operation.steps.map((step) =>
    step.state === "waiting" || step.state === "running" ? { ...step, state: "skipped" } : step,
  );
  operation.state = operation.steps.some((step) => step.state === "failed")
    ? "failed"
    : "succeeded";
  operation.endedAt = new Date().toISOString();
}
