"use client";

import { useState } from "react";
import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useQuery,
} from "@tanstack/react-query";

import { HUB_READ_PATHS, type HubStatus } from "@/lib/hub/hub-reads";

import { AccessTokenForm } from "./access-token-form";
import { FeaturesOffText, HubSection } from "./cluster-features-off";
import { askAgainIfRefused, hubKeys, postHubRead } from "./hub-queries";
import { HubWorkflow, type HubWorkflowProps } from "./hub-workflow";

function HubAccessGate(props: HubWorkflowProps) {
  const status = useQuery({
    queryKey: hubKeys.status(),
    queryFn: () => postHubRead<HubStatus>(HUB_READ_PATHS.status, {}),
  });
  if (status.isPending) return <p>Asking the Easel server…</p>;
  if (status.isError) return <p className="hub-bad">The Easel server did not answer.</p>;
  switch (status.data.access) {
    case "disabled":
      return <FeaturesOffText />;
    case "misconfigured":
      return (
        <p className="hub-bad" role="alert">
          {status.data.message}
        </p>
      );
    case "token-required":
      return <AccessTokenForm />;
    case "allowed":
      // Without a connection the server names no hub; preflight then says why.
      return <HubWorkflow {...props} hubId={status.data.hubId ?? ""} />;
  }
}

/** Applying the configuration to the hub cluster the Easel server is connected to. */
export function HubPanel(props: HubWorkflowProps) {
  const [queryClient] = useState(() => {
    const client: QueryClient = new QueryClient({
      queryCache: new QueryCache({ onError: (error) => askAgainIfRefused(client, error) }),
      mutationCache: new MutationCache({ onError: (error) => askAgainIfRefused(client, error) }),
      defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
    });
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <HubSection>
        <HubAccessGate {...props} />
      </HubSection>
    </QueryClientProvider>
  );
}
