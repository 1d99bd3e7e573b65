"use client";

import {
  useFormContext,
  useWatch,
  type Control,
  type FieldPathValue,
  type FieldPathValues,
  type UseFormReturn,
} from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";

import type { ConfigPath } from "./config-path";

/**
 * The type of the value at `path` in the configuration. Where targets differ it is the union of
 * what the targets holding `path` keep there; targets without `path` add nothing to it.
 */
export type ConfigValue<P extends ConfigPath> = FieldPathValue<TargetConfig, P>;

/** The form editing the configuration, from the `FormProvider` above. */
export function useConfigForm(): UseFormReturn<TargetConfig> {
  return useFormContext<TargetConfig>();
}

type Watched = ConfigPath | readonly ConfigPath[];

/**
 * `useWatch` as it runs: no name watches the whole form, a path its value, a list its values. Its
 * typed overloads each take one of these, so the one call below speaks for all three.
 */
const useAnyWatch = useWatch as (props: {
  name?: Watched;
  control?: Control<TargetConfig>;
}) => unknown;

function isControl(watched: Watched | Control<TargetConfig>): watched is Control<TargetConfig> {
  return typeof watched === "object" && !Array.isArray(watched);
}

/**
 * The configuration as the form holds it, watched: each change re-renders the caller. The form's
 * own component, above its `FormProvider`, passes the form's `control`.
 */
export function useConfigWatch(control?: Control<TargetConfig>): TargetConfig;
/** The value at one path of the configuration, watched. */
export function useConfigWatch<P extends ConfigPath>(path: P): ConfigValue<P>;
/** The values at several paths of the configuration, in their order, watched. */
export function useConfigWatch<const P extends readonly ConfigPath[]>(
  paths: P,
): FieldPathValues<TargetConfig, P>;
export function useConfigWatch(watched?: Watched | Control<TargetConfig>): unknown {
  // The form starts from a whole configuration (defaults, a draft, a profile, an import) and is
  // only ever reset to one, so the whole form watched is a whole configuration, not the deep
  // partial useWatch types it as for forms in general.
  const isWhole = watched === undefined || isControl(watched);
  return useAnyWatch(isWhole ? { control: watched } : { name: watched });
}
