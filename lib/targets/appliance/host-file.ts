/** Where the appliance installer reads the admin's values from, on every node. */
export const APPLIANCE_VALUES_PATH = "/usr/local/palette-ai/values.yaml";
