"use client";

import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useQuery,
} from "@tanstack/react-query";
import { useState } from "react";

import { getHubStatusAction } from "@/lib/actions/get-hub-status";

import { AccessTokenForm } from "./access-token-form";
import { askAgainIfRefused, hubKeys } from "./hub-queries";
import { HubWorkflow, type HubWorkflowProps } from "./hub-workflow";

function FeaturesOff() {
  return (
    <p>
      Cluster features are off on this Easel server: download the files instead. To apply from here,
      its operator starts Easel with <code>EASEL_CLUSTER_FEATURES=on</code> and{" "}
      <code>EASEL_HUB_KUBECONFIG</code> naming the hub&apos;s kubeconfig (or in a pod with a service
      account), and, unless Easel listens only on this machine, <code>EASEL_ACCESS_TOKEN</code>.
    </p>
  );
}

function HubAccessGate(props: HubWorkflowProps) {
  const status = useQuery({
    queryKey: hubKeys.status(),
    queryFn: () => getHubStatusAction(),
  });
  if (status.isPending) return <p>Asking the Easel server…</p>;
  if (status.isError) return <p className="hub-bad">The Easel server did not answer.</p>;
  switch (status.data.access) {
    case "disabled":
      return <FeaturesOff />;
    case "misconfigured":
      return (
        <p className="hub-bad" role="alert">
          {status.data.message}
        </p>
      );
    case "token-required":
      return <AccessTokenForm />;
    case "allowed":
      return <HubWorkflow {...props} />;
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
      <section className="hub-panel" aria-labelledby="hub-title">
        <h2 id="hub-title">Apply to the hub cluster</h2>
        <HubAccessGate {...props} />
      </section>
    </QueryClientProvider>
  );
}
