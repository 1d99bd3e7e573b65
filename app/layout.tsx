import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import "./globals.css";

export const metadata: Metadata = {
  title: "Easel: configure PaletteAI installs",
  description: "Forms that produce a valid values.yaml for installing PaletteAI.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: each page's scripts carry the nonce of its own policy (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Easel
          </Link>
          <span className="tagline">PaletteAI install configuration</span>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
