/**
 * Something that goes wrong on the appliance because of what the installer does to a customer's
 * file: not an ignored edit (the table shows those) but a value that reaches Helm and no longer
 * fits what the installer set beside it.
 */
export type Consequence = {
  /** Which rule found it; stable, for scripts reading the CLI's JSON. */
  kind: "connector-redirect-old-domain" | "group-map-removed-user" | "no-sign-in";
  /** The field to change, in the table's notation. */
  path: string;
  /** What happens, and which installer field causes it. */
  message: string;
  /** What to set instead, as the docs give it. */
  fix: string;
};
