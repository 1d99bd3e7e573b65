"use client";

/**
 * Why the form is not shown on a plain-http page at a network name, and what to do. Rendered
 * only in the browser (by SecureContextGate), so it may read the page's address.
 */
export function InsecureContextNotice() {
  const { host, port, pathname } = window.location;
  const local = `http://localhost${port ? `:${port}` : ""}${pathname}`;
  return (
    <section className="insecure-context" aria-labelledby="insecure-context-title">
      <h2 id="insecure-context-title">Easel needs HTTPS at this address</h2>
      <p>
        This page was opened over plain HTTP at <code>{host}</code>, a name on the network. The form
        is not shown here, because:
      </p>
      <ul>
        <li>
          the passwords, client secrets and keys you would enter, and the files Easel makes from
          them, would cross the network in the clear;
        </li>
        <li>
          browsers withhold the APIs the form needs (the cryptographic generator for secrets and
          ids, copying to the clipboard) from pages that are not secure.
        </li>
      </ul>
      <h3>What to do</h3>
      <ul>
        <li>
          Put a TLS proxy (or an Ingress) in front of Easel and open it at its <code>https://</code>{" "}
          address: see &ldquo;Serving Easel over HTTPS&rdquo; in Easel&apos;s{" "}
          <code>SECURITY.md</code>.
        </li>
        <li>
          Or, on the machine Easel runs on, open <code>{local}</code>: browsers treat loopback names
          as secure.
        </li>
      </ul>
      <p>Nothing was entered or sent from this page.</p>
    </section>
  );
}
