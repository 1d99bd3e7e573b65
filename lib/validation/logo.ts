/** Image types the branding docs accept in a data URI. */
export const LOGO_DATA_URI_TYPES = ["image/png", "image/jpeg", "application/octet-stream"] as const;

/**
 * The largest logo Easel embeds. The docs allow 2 MB for a fetched URL, but an embedded logo
 * travels inside the Helm release and a ConfigMap, which Kubernetes caps at 1 MiB in all; a
 * 512 KiB image (about 683 KiB as base64) leaves room for everything else (inferred limit).
 */
export const MAX_EMBEDDED_LOGO_BYTES = 512 * 1024;

const DATA_URI = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The decoded size in bytes of a base64 payload. */
export function base64ByteLength(payload: string): number {
  const padding = payload.endsWith("==") ? 2 : payload.endsWith("=") ? 1 : 0;
  return Math.floor((payload.length * 3) / 4) - padding;
}

/** The decoded size in bytes of the image in a base64 data URI. */
export function embeddedBytes(dataUri: string): number {
  return base64ByteLength(dataUri.slice(dataUri.indexOf(",") + 1));
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}

/** Why `value` cannot be a Canvas logo (an HTTP(S) URL or a small base64 data URI), or undefined. */
export function logoProblem(value: string): string | undefined {
  if (value === "") return undefined;
  if (value.startsWith("data:")) {
    const match = DATA_URI.exec(value);
    if (!match) return "Use a base64 data URI such as data:image/png;base64,iVBOR…";
    const [, type = "", payload = ""] = match;
    if (!(LOGO_DATA_URI_TYPES as readonly string[]).includes(type)) {
      return `Embedded logos must be PNG or JPEG (image/png, image/jpeg), not ${type}. Use a URL for SVG, GIF, WebP or ICO.`;
    }
    const bytes = base64ByteLength(payload);
    if (bytes > MAX_EMBEDDED_LOGO_BYTES) {
      return `This logo is ${kib(bytes)}; embed at most ${kib(MAX_EMBEDDED_LOGO_BYTES)}, or give a URL (up to 2 MB).`;
    }
    return undefined;
  }
  if (/\s/.test(value)) return "Remove the spaces.";
  if (!/^https?:\/\//i.test(value))
    return "Give an http:// or https:// URL, or upload a PNG or JPEG.";
  try {
    new URL(value);
  } catch {
    return "This is not a valid URL.";
  }
  return undefined;
}

/** A short stand-in for an embedded logo, so the preview stays readable and fast. */
export function abbreviateDataUri(value: string): string {
  if (!value.startsWith("data:") || value.length <= 80) return value;
  return `${value.slice(0, value.indexOf(",") + 1)}… (${kib(embeddedBytes(value))} embedded; full in the download)`;
}
