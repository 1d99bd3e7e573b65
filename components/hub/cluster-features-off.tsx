import type { ReactNode } from "react";

/** The cluster panel's anchor: the side navigation's last step links to it. */
export const HUB_SECTION_ID = "hub";

/** The cluster panel's frame, the same whether its features are on or off. */
export function HubSection({ children }: { children: ReactNode }) {
  return (
    <section id={HUB_SECTION_ID} className="hub-panel" aria-labelledby="hub-title">
      <h2 id="hub-title">Apply to the hub cluster</h2>
      {children}
    </section>
  );
}

export function FeaturesOffText() {
  return (
    <p>
      Cluster features are off on this Easel server: download the files instead. To apply from here,
      its operator starts Easel with <code>EASEL_CLUSTER_FEATURES=on</code> and{" "}
      <code>EASEL_HUB_KUBECONFIG</code> naming the hub&apos;s kubeconfig (or in a pod with a service
      account), and, unless Easel listens only on this machine, <code>EASEL_ACCESS_TOKEN</code>.
    </p>
  );
}

/** The panel where the Easel server has cluster features off: no cluster code is loaded for it. */
export function ClusterFeaturesOff() {
  return (
    <HubSection>
      <FeaturesOffText />
    </HubSection>
  );
}
