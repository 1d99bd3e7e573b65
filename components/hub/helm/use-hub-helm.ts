"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { HubHelmAnswer } from "@/lib/hub/helm-install";
import { HUB_READ_PATHS } from "@/lib/hub/hub-reads";

import { hubKeys, HubRequestError, OTHER_HUB, postHubRead } from "../hub-queries";

/** While an operation runs the page follows it closely; otherwise it notices others' changes. */
const RUNNING_REFRESH_MS = 1_000;
const IDLE_REFRESH_MS = 20_000;

/**
 * Helm's side of the hub, polled: the releases, their history and the latest Helm operation,
 * which a reload finds again (the server keeps it), followed each second while it runs.
 */
export function useHubHelm(hubId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: hubKeys.helm(hubId),
    queryFn: async () => {
      const answer = await postHubRead<HubHelmAnswer>(HUB_READ_PATHS.helm, {});
      // Another hub's releases never stand under this one's id: the status names the new id.
      if (answer.hubId !== hubId) {
        void queryClient.invalidateQueries({ queryKey: hubKeys.status() });
        throw new HubRequestError(OTHER_HUB);
      }
      return answer;
    },
    refetchInterval: (query) =>
      query.state.data?.operation?.state === "running" ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS,
  });
}
