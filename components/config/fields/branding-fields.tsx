"use client";

import { LogoField } from "./logo-field";

/** `canvas.branding` logos; the docs do not give the colour keys' names, so Easel offers none. */
export function BrandingFields() {
  return (
    <fieldset className="subsection">
      <legend>Branding</legend>
      <LogoField
        name="canvas.branding.primaryLogo"
        label="Primary logo"
        hint="Shown on the login page and in the header. A URL (PNG, JPEG, GIF, SVG, WebP or ICO, up to 2 MB) or an embedded PNG or JPEG."
      />
      <LogoField
        name="canvas.branding.secondaryLogo"
        label="Secondary logo"
        hint="With both logos, the primary one goes to the left of the header."
      />
    </fieldset>
  );
}
