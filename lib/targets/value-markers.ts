/** Stand in for required values in the preview until the admin enters them; never downloadable. */
export const DOMAIN_MARKER = "<domain>";
export const HUB_API_SERVER_MARKER = "<hub-api-server>";
