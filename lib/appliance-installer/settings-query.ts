import { domainProblem } from "@/lib/validation/domain";

import { DEFAULT_LOCAL_UI_SETTINGS, type LocalUiSettings } from "./local-ui-settings";

/**
 * The Local UI settings as a link's query: settings only, never the customer's file or any of its
 * values, so a shared link reproduces the view without carrying customer data.
 */
export function settingsToQuery(settings: LocalUiSettings): string {
  const query = new URLSearchParams();
  if (settings.rootDomain !== "") query.set("rootDomain", settings.rootDomain);
  if (settings.mode !== DEFAULT_LOCAL_UI_SETTINGS.mode) query.set("mode", settings.mode);
  if (settings.staticUsersDisabled) query.set("staticUsers", "disabled");
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** The settings a link's query names; anything unknown or malformed keeps the default. */
export function settingsFromQuery(search: string): LocalUiSettings {
  const query = new URLSearchParams(search);
  const rootDomain = query.get("rootDomain") ?? "";
  return {
    rootDomain: domainProblem(rootDomain) === undefined ? rootDomain : "",
    mode: query.get("mode") === "airgap" ? "airgap" : "connected",
    staticUsersDisabled: query.get("staticUsers") === "disabled",
  };
}
