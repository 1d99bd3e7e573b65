// `npm run hub:up` / `npm run hub:down`: the real test hub, for the tests and for trying Easel's
// cluster features by hand.
import { DEFAULT_HUB_DIR, startHub, stopHub } from "./test-hub";

async function main(command: string | undefined): Promise<number> {
  if (command === "up") {
    const hub = await startHub(DEFAULT_HUB_DIR);
    console.log(`Test hub ready at ${hub.server}`);
    console.log(`  admin kubeconfig:      ${hub.kubeconfigs.admin}`);
    console.log(`  restricted kubeconfig: ${hub.kubeconfigs.restricted}`);
    console.log(
      `Try Easel against it: EASEL_CLUSTER_FEATURES=on EASEL_HUB_KUBECONFIG=${hub.kubeconfigs.admin} npm start`,
    );
    return 0;
  }
  if (command === "down") {
    await stopHub(DEFAULT_HUB_DIR);
    console.log("Test hub stopped.");
    return 0;
  }
  console.error("usage: hub.ts up|down");
  return 2;
}

void main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
