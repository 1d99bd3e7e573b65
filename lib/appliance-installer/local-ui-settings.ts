/** How the appliance was deployed: with internet access, or from its own internal registry. */
export const DEPLOYMENT_MODES = ["connected", "airgap"] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** The Local UI settings the installer derives its values from. */
export type LocalUiSettings = {
  /** Empty when no root domain is configured. */
  rootDomain: string;
  mode: DeploymentMode;
  staticUsersDisabled: boolean;
};

export const DEFAULT_LOCAL_UI_SETTINGS: LocalUiSettings = {
  rootDomain: "",
  mode: "connected",
  staticUsersDisabled: false,
};
