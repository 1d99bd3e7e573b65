/** The configuration form's DOM id: the download buttons outside it submit it by this id. */
export const CONFIG_FORM_ID = "target-config-form";
