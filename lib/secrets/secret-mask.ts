/** What the page, the preview and the reports show in place of a secret value. */
export const SECRET_MASK = "••••••••";
