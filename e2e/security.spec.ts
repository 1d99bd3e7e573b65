import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import type { APIRequestContext, Page, Request } from "@playwright/test";

import { HUB_READ_PATHS } from "../lib/hub/hub-reads";
import { expect, test } from "./fixtures/test";
import { E2E_ACCESS_TOKEN, E2E_NETWORK_PORT, E2E_PORT } from "./fixtures/test-hub";
import { ConfigPage } from "./pages/config.page";
import { HubPanel } from "./pages/hub-panel.page";

const USUAL_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

function nonceOf(policy: string | undefined): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

/** The plan action the page calls, as the browser sent it (the hub's reads are routes). */
async function capturePlan(page: Page): Promise<Request> {
  const plan = page.waitForRequest(
    (request) =>
      request.headers()["next-action"] !== undefined &&
      (request.postData() ?? "").includes('"config"') &&
      // The new form's preview, rendered by the server, sends its configuration too.
      !(request.postData() ?? "").includes('"targetId"'),
  );
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired("paletteai.security-e2e.io", "https://34.118.22.9");
  await gke.waitUntilReady();
  await new HubPanel(page).planWhateverTheHubHolds();
  return plan;
}

/** The preflight read the page makes on its own, as the browser sent it. */
async function capturePreflight(page: Page): Promise<Request> {
  const preflight = page.waitForRequest(
    (request) => new URL(request.url()).pathname === HUB_READ_PATHS.preflight,
  );
  await page.goto("/targets/gke");
  return preflight;
}

/** One POST to a hub read route of the Easel at `port`, as the page makes it, with `headers`. */
async function postRead(
  request: APIRequestContext,
  path: string,
  { port = E2E_PORT, headers = {}, body = '{"target":"gke","refs":[]}' } = {},
) {
  const response = await request.post(`http://127.0.0.1:${port}${path}`, {
    headers: {
      "content-type": "application/json",
      origin: `http://127.0.0.1:${port}`,
      ...headers,
    },
    data: body,
  });
  return { status: response.status(), text: await response.text(), headers: response.headers() };
}

/** Sends the captured call again, with other headers or another body. */
async function replay(
  request: APIRequestContext,
  captured: Request,
  change: { headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  text: string;
  cacheControl?: string;
  headers: Record<string, string>;
}> {
  const { "next-action": action, "next-router-state-tree": tree } = captured.headers();
  const response = await request.post(captured.url(), {
    headers: {
      "next-action": action!,
      "next-router-state-tree": tree ?? "",
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: `http://127.0.0.1:${E2E_PORT}`,
      ...change.headers,
    },
    data: change.body ?? captured.postData() ?? "",
  });
  return {
    status: response.status(),
    text: await response.text(),
    cacheControl: response.headers()["cache-control"],
    headers: response.headers(),
  };
}

/** One request as written, path and method untouched (a browser or client library would fix them). */
function rawRequest(
  method: string,
  path: string,
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      { host: "127.0.0.1", port: E2E_PORT, method, path, agent: false },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers }),
        );
      },
    );
    sent.on("error", reject);
    sent.end();
  });
}

/** Bytes that are no HTTP request; what the server wrote back. */
function unparseableRequest(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(E2E_PORT, "127.0.0.1", () =>
      socket.write("GET / HTTP/1.1\r\nnot a header\r\n\r\n"),
    );
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

test("[SECURITY]: every response carries a strict policy with a fresh nonce, and the usual headers", async ({
  request,
}) => {
  const page = await request.get("/targets/gke");
  const policy = page.headers()["content-security-policy"];
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");

  // Every script of the page carries this response's nonce, and the next response has another.
  const html = await page.text();
  const scriptNonces = [...html.matchAll(/<script\b[^>]*>/g)].map(
    ([tag]) => /nonce="([^"]+)"/.exec(tag)?.[1],
  );
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonceOf(policy)]));
  const again = await request.get("/targets/gke");
  expect(nonceOf(again.headers()["content-security-policy"])).not.toBe(nonceOf(policy));

  const script = /<script src="([^"]+)"/.exec(html)?.[1];
  for (const path of ["/", "/installer-preview", "/no-such-page", "/icon.svg", script!]) {
    const response = await request.get(path);
    expect(response.headers(), path).toMatchObject(USUAL_HEADERS);
  }
});

test("[SECURITY]: error answers, refused methods and requests Node cannot parse carry the usual headers too", async () => {
  const answers = [
    ["GET", "/targets/gke", 200],
    ["GET", "/no-such-page", 404],
    ["GET", "/targets/%E0%A4%A", 400],
    ["TRACE", "/", 405],
    ["TRACK", "/", 405],
  ] as const;
  for (const [method, path, status] of answers) {
    const answer = await rawRequest(method, path);
    expect(answer.status, `${method} ${path}`).toBe(status);
    expect(answer.headers, `${method} ${path}`).toMatchObject(USUAL_HEADERS);
  }
  const unparseable = await unparseableRequest();
  expect(unparseable).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  for (const [name, value] of Object.entries(USUAL_HEADERS)) {
    expect(unparseable.toLowerCase()).toContain(`${name}: ${value.toLowerCase()}\r\n`);
  }
});

test("[SECURITY]: a clean load of the start page and the GKE page reports no policy violation, not even a caught eval", async ({
  page,
  pageProblems,
}) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await page.goto("/targets/gke", { waitUntil: "networkidle" });
  await expect(page.getByLabel("Domain", { exact: true })).toBeVisible();
  expect(pageProblems).toEqual([]);
});

test("[SECURITY]: the browser refuses script that markup slipped into the page", async ({
  page,
  pageProblems,
}) => {
  await page.goto("/");
  // The shape of an XSS payload: an inline handler in injected HTML.
  await page.evaluate(() => {
    const slot = document.createElement("div");
    slot.innerHTML = `<img src="/no-such-image" onerror="document.body.dataset.injected = 'ran'">`;
    document.body.append(slot);
  });
  await expect(page.locator("body")).not.toHaveAttribute("data-injected", "ran");
  await expect.poll(() => pageProblems.join("\n")).toContain("Content Security Policy");
  pageProblems.length = 0;
});

test("[SECURITY]: a cluster action answers its own page only: not another origin, another host name, or an oversized body", async ({
  page,
  request,
}) => {
  const captured = await capturePlan(page);

  const own = await replay(request, captured);
  expect(own.status).toBe(200);
  expect(own.text).toContain('"ok":true');
  // Answers may hold what the hub holds (load from cluster returns values.yaml): never cached.
  expect(own.cacheControl).toContain("no-store");

  const crossOrigin = await replay(request, captured, {
    headers: { origin: "https://attacker.example" },
  });
  expect(crossOrigin.status).not.toBe(200);
  expect(crossOrigin.text).not.toContain('"ok"');

  // A page of the attacker's whose name now resolves to 127.0.0.1: same-origin to itself.
  const rebound = `attacker.example:${E2E_PORT}`;
  const rebinding = await replay(request, captured, {
    headers: { host: rebound, origin: `http://${rebound}` },
  });
  expect(rebinding.text).toContain("only pages opened at localhost or 127.0.0.1");
  expect(rebinding.text).not.toContain('"ok":true');

  const oversized = await replay(request, captured, {
    body: JSON.stringify([{ target: "gke", refs: [], padding: "x".repeat(5 * 1024 * 1024) }]),
  });
  expect(oversized.status).toBe(500);
  expect(oversized.text).not.toContain('"ok"');
  expect(oversized.headers).toMatchObject(USUAL_HEADERS);
});

test("[SECURITY]: the hub's reads answer their own page only: not another origin, another host name, a session without the token, or an oversized body", async ({
  page,
  request,
}) => {
  const captured = await capturePreflight(page);
  expect(captured.method()).toBe("POST");
  expect(captured.headers()["content-type"]).toBe("application/json");
  const own = await postRead(request, HUB_READ_PATHS.preflight, { body: captured.postData()! });
  expect(own.status).toBe(200);
  expect(own.text).toContain('"isReachable":true');
  expect(own.text).toMatch(/"hubId":"[\w-]{22}"/);
  expect(own.headers["cache-control"]).toContain("no-store");
  expect(own.headers).toMatchObject(USUAL_HEADERS);
  expect(own.headers["content-security-policy"]).toContain("default-src 'self'");

  for (const path of Object.values(HUB_READ_PATHS)) {
    for (const origin of ["https://attacker.example", ""]) {
      const crossOrigin = await postRead(request, path, { headers: { origin } });
      expect(crossOrigin.status, `${path} from ${origin || "no origin"}`).toBe(403);
      expect(crossOrigin.text).toBe('{"problem":"Easel answers this only to its own pages."}');
    }
  }

  // A page of the attacker's whose name now resolves to 127.0.0.1: same-origin to itself.
  const rebound = `attacker.example:${E2E_PORT}`;
  const rebinding = await postRead(request, HUB_READ_PATHS.preflight, {
    headers: { host: rebound, origin: `http://${rebound}` },
  });
  expect(rebinding.status).toBe(403);
  expect(rebinding.text).toContain("only pages opened at localhost or 127.0.0.1");
  expect(rebinding.text).not.toContain("isReachable");

  // The Easel that listens beyond loopback: no session, or a session cookie that proves nothing.
  for (const cookie of [undefined, "easel-hub-session=not-the-proof"]) {
    for (const path of [HUB_READ_PATHS.preflight, HUB_READ_PATHS.values]) {
      const headers = cookie ? { cookie } : {};
      const refused = await postRead(request, path, { port: E2E_NETWORK_PORT, headers });
      expect(refused.status, `${path} with ${cookie ?? "no cookie"}`).toBe(403);
      expect(refused.text).toContain("Enter the access token first");
    }
  }

  const oversized = await postRead(request, HUB_READ_PATHS.preflight, {
    body: JSON.stringify({ target: "gke", refs: [], padding: "x".repeat(5 * 1024 * 1024) }),
  });
  expect(oversized.status).toBe(413);
  expect(oversized.text).not.toContain("isReachable");
  expect(oversized.headers).toMatchObject(USUAL_HEADERS);
});

test("[SECURITY]: a client that keeps giving wrong access tokens waits, whatever address headers it sends, and the right token opens once the wait is over", async ({
  page,
}) => {
  await page.goto(`http://127.0.0.1:${E2E_NETWORK_PORT}/targets/gke`);
  const panel = page.getByRole("region", { name: "Apply to the hub cluster" });
  let attempt = 0;
  const tryToken = async (token: string) => {
    // Headers a client may send to pass for someone else: this server trusts no proxy, and
    // replaces the peer header with the real peer.
    attempt++;
    await page.setExtraHTTPHeaders({
      "x-forwarded-for": `203.0.113.${attempt}`,
      "x-easel-peer": `203.0.113.${attempt}`,
    });
    await panel.getByLabel("Access token").fill(token);
    // Each answer is waited for: the alert of the try before says the same words.
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().headers()["next-action"] !== undefined &&
          !(response.request().postData() ?? "").includes('"targetId"'),
      ),
      panel.getByRole("button", { name: "Connect" }).click(),
    ]);
    // Connected, the panel shows the preflight; refused, the Connect button again.
    const preflight = panel.getByRole("region", { name: "Preflight" });
    const connect = panel.getByRole("button", { name: "Connect", exact: true });
    await expect(preflight.or(connect)).toBeVisible();
    if (await preflight.isVisible()) return "connected";
    return (await panel.getByRole("alert").textContent()) ?? "";
  };
  const messages: string[] = [];
  for (let wrong = 0; wrong < 6; wrong++) messages.push(await tryToken(`wrong-token-${wrong}`));
  expect(messages.slice(0, 5)).toEqual(
    Array(5).fill("That is not this Easel server's access token."),
  );
  expect(messages[5]).toMatch(
    /^Too many wrong access tokens from this address: Easel checks a token from it again in \d+ s\.$/,
  );
  expect(await tryToken(E2E_ACCESS_TOKEN)).toMatch(/^Too many wrong access tokens/);
  await expect(panel.getByRole("region", { name: "Preflight" })).toHaveCount(0);

  // The first pause is short; the right token then opens the session and ends the count.
  await page.waitForTimeout(5_500);
  expect(await tryToken(E2E_ACCESS_TOKEN)).toBe("connected");
});
