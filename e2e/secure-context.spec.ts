import { accessibilityProblems } from "./fixtures/accessibility";
import { CHROMIUM, CHROMIUM_ARGS } from "./fixtures/chromium";
import { expect, test } from "./fixtures/test";
import { E2E_PORT } from "./fixtures/test-hub";

/** A name on the network, as far as the browser knows: it resolves it to this machine. */
const NETWORK_NAME = "easel.test";

/**
 * What Chromium itself says of Easel's Cross-Origin-Opener-Policy on a plain-http page at a
 * network name: that it ignores it there. Easel sends the header on every response, as behind a
 * TLS proxy it cannot tell which scheme the browser used; nothing of Easel's own is in the message.
 */
const COOP_IGNORED =
  /^The Cross-Origin-Opener-Policy header has been ignored, because the URL's origin was untrustworthy\./;

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${NETWORK_NAME} 127.0.0.1`],
  },
});

test("opened over plain HTTP at a network name, the form explains that Easel needs HTTPS there instead of crashing", async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !COOP_IGNORED.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  await page.goto(`http://${NETWORK_NAME}:${E2E_PORT}/targets/gke`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);

  const notice = page.getByRole("region", { name: "Easel needs HTTPS at this address" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`opened over plain HTTP at ${NETWORK_NAME}:${E2E_PORT}`);
  await expect(notice).toContainText("would cross the network in the clear");
  await expect(notice).toContainText("browsers withhold the APIs the form needs");
  await expect(notice).toContainText("Serving Easel over HTTPS");
  await expect(notice).toContainText(`http://localhost:${E2E_PORT}/targets/gke`);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  // The form never started: no field of it, and nothing it would have saved.
  await expect(page.getByLabel("Domain")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  expect(await accessibilityProblems(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("at a loopback name over plain HTTP the form is there, without the notice", async ({
  page,
}) => {
  await page.goto(`http://localhost:${E2E_PORT}/targets/gke`);
  await expect(page.getByLabel("Domain", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Easel needs HTTPS at this address" })).toHaveCount(
    0,
  );
});
