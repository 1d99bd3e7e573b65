"use client";

import { useSyncExternalStore, type ReactNode } from "react";

import { InsecureContextNotice } from "./insecure-context-notice";

// Whether a page is a secure context never changes while it is open: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * Shows `children` only where the browser offers the APIs they need (Web Crypto's `randomUUID`
 * and `subtle`, the clipboard): on https pages and at loopback names. Elsewhere (plain http on the
 * network) it explains instead of letting the form crash. The server renders `children`, which
 * here is a placeholder until the browser loads the form, so the form itself never starts.
 */
export function SecureContextGate({ children }: { children: ReactNode }) {
  const isSecure = useSyncExternalStore(
    subscribe,
    () => window.isSecureContext,
    () => true,
  );
  return isSecure ? children : <InsecureContextNotice />;
}
