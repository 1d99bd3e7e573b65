import { readFileSync } from "node:fs";
import path from "node:path";

const GUIDE_FILE = readFileSync(path.join(__dirname, "fixtures/gke-guide-values.yaml"), "utf8");

/** The domain the GKE guide's file is written for. */
export const GUIDE_DOMAIN = "ai.acme.org";

/** A connector of a type the form does not configure, naming the domain. */
const KEYSTONE_CONNECTOR = `    - type: keystone # Keystone: a type the form does not configure
      id: keystone
      name: Keystone
      config:
        host: https://keystone.ai.acme.org:5000
        domain: default
`;

/** An extra host beside the one the form writes. */
const EXTRA_ZOT_HOST = `      - host: registry.AI.acme.org # an extra host, in capitals
        paths:
          - path: /zot/(.*)
`;

/** Keys the form does not show, naming the domain, a look-alike, and a credential. */
const UNKNOWN_KEYS = `
# The registry on its own host, set by hand: ai.acme.org in a comment is not a value.
hue:
  ociRegistry:
    endpoint: zot.ai.acme.org:5000 # the registry's own load balancer
acmeNotes:
  support: 'admin@ai.acme.org'
  statusPage: https://status.ai.acme.org/paletteai
  lookalikes:
    - notai.acme.org
    - ai.acme.org.evil.net
    - ai.acme.orgfy
  webhookToken: https://hooks.ai.acme.org/T0K3N-never-shown
`;

/**
 * The GKE guide's file with the domain also where the form neither shows nor derives it: a
 * hand-set registry endpoint, a connector of another type, an extra Zot host, unknown keys (one a
 * credential), look-alike hosts that are not the domain, and comments.
 */
export const OLD_DOMAIN_FILE =
  GUIDE_FILE.replace("    staticClients:\n", `${KEYSTONE_CONNECTOR}    staticClients:\n`).replace(
    "  httpGet:\n    scheme: HTTP\n",
    `${EXTRA_ZOT_HOST}  httpGet:\n    scheme: HTTP\n`,
  ) + UNKNOWN_KEYS;
