"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { HUB_READ_PATHS, type LoadedHubValues } from "@/lib/hub/hub-reads";
import { useFormGeneration } from "@/components/hooks/form-generation";

import { postHubRead } from "./hub-queries";

/** Loading the hub's values into the form, shared by both of the panel's paths. */
export type LoadFromCluster = {
  isPending: boolean;
  start: () => void;
  error: Error | null;
  /** Why the loaded values could not fill the form; empty when they did. */
  problem: string;
  loaded?: LoadedHubValues;
};

/**
 * "Load from cluster": reads the deployed release's values (or Easel's values Secret) from the
 * hub and fills the form with them. `onLoad` fills it and names the reason when it cannot;
 * `onAdopted` is told the configuration the form now holds.
 */
export function useLoadFromCluster(
  onLoad: (loaded: LoadedHubValues) => Promise<string | undefined>,
  onAdopted: (configurationKey: string) => void,
): LoadFromCluster {
  const generation = useFormGeneration();
  const [problem, setProblem] = useState("");
  const load = useMutation({
    mutationFn: async () => {
      const isSameForm = generation.capture();
      const loaded = await postHubRead<LoadedHubValues>(HUB_READ_PATHS.values, {});
      return { loaded, isSameForm };
    },
    onSuccess: async ({ loaded, isSameForm }) => {
      // An import or a profile filled the form while the hub answered: they win, as the newer.
      if (!isSameForm()) return;
      const found = (await onLoad(loaded)) ?? "";
      setProblem(found);
      // Values without an id become this configuration's: the form now holds them.
      if (!found) onAdopted(loaded.configurationId ?? "without-id");
    },
  });
  return {
    isPending: load.isPending,
    start: () => load.mutate(),
    error: load.error,
    problem,
    ...(load.isSuccess ? { loaded: load.data.loaded } : {}),
  };
}

export function LoadFromClusterButton({ load }: { load: LoadFromCluster }) {
  return (
    <button type="button" className="button-small" disabled={load.isPending} onClick={load.start}>
      {load.isPending ? "Loading…" : "Load from cluster"}
    </button>
  );
}

/** What loading did: the reason it could not fill the form, or where the values came from. */
export function LoadOutcome({ load }: { load: LoadFromCluster }) {
  if (load.error) {
    return (
      <p className="hub-bad" role="alert">
        {load.error.message}
      </p>
    );
  }
  if (load.problem) {
    return (
      <p className="hub-bad" role="alert">
        {load.problem}
      </p>
    );
  }
  if (!load.loaded) return null;
  return (
    <p role="status">
      {load.loaded.source === "helm-release"
        ? "The form now holds the values of the mural release deployed on the hub."
        : "The form now holds the values Easel last applied to the hub."}
    </p>
  );
}
