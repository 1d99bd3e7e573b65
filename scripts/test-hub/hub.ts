// `npm run hub:up` / `npm run hub:down`: the real test hub, for the tests and for trying Easel's
// cluster features by hand.
import { runUpDownCommand } from "../up-down-command";
import { DEFAULT_HUB_DIR, startHub, stopHub } from "./test-hub";

runUpDownCommand("hub.ts", {
  up: async () => {
    const hub = await startHub(DEFAULT_HUB_DIR);
    console.log(`Test hub ready at ${hub.server}`);
    console.log(`  admin kubeconfig:      ${hub.kubeconfigs.admin}`);
    console.log(`  restricted kubeconfig: ${hub.kubeconfigs.restricted}`);
    console.log(
      `Try Easel against it: EASEL_CLUSTER_FEATURES=on EASEL_HUB_KUBECONFIG=${hub.kubeconfigs.admin} npm start`,
    );
  },
  down: async () => {
    await stopHub(DEFAULT_HUB_DIR);
    console.log("Test hub stopped.");
  },
});
