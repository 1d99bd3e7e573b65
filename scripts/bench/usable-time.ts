// How long a page takes to be usable on a slow link and a slow machine: Chromium loads each page
// with the network at 1.6 Mbit/s and 150 ms round trips and the CPU 4× slower (both through the
// DevTools protocol), a fresh browser context each time so nothing is cached. A target's page is
// usable once its first field accepts typing: the bench keeps typing into it from the moment it is
// on screen and enabled, and the figure is the first keystroke whose character is still in the
// field once the page has settled (a keystroke hydration throws away does not count). The start
// page, all links, is usable once its first link is on screen. Every target's time is compared
// with the start page's, measured side by side in the same run.
import type { Browser, Page } from "@playwright/test";

import { BENCH_PAGES, type BenchPage } from "./bench-pages";
import { withBrowserAndEasel } from "./bench-server";
import { ratioFigure, rounded, type Figure } from "./figure";
import { median } from "./measure";

const RATIO_BUDGET = 2;
const LOADS = 3;
/** 1.6 Mbit/s both ways, in bytes per second as the protocol takes it. */
const THROUGHPUT = 1_600_000 / 8;
const LATENCY_MS = 150;
const CPU_SLOWDOWN = 4;
/** The start page's first link to a target's form, standing for its first control. */
const START_PAGE_FIRST_CONTROL = 'a[href^="/targets/"]';
const KEYS = "abcdefghijklmnopqrstuvwxyz";
const KEY_INTERVAL_MS = 50;
/** Keys typed after the network went idle: enough that a late hydration would have shown. */
const KEYS_AFTER_IDLE = 10;
const LOAD_TIMEOUT_MS = 90_000;

/**
 * Runs in the page before any of its scripts: records when `selector` is first on screen and
 * enabled (checked every frame) and when each key went down, both on the page's own clock, whose
 * zero is the navigation's start. Given as source text: tsx's name-keeping helpers, which a
 * compiled function would call, do not exist in the page.
 */
function recordInPage(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const record = { onScreenMs: -1, keys: [] };
    window.__usable = record;
    document.addEventListener("keydown", (event) => {
      record.keys.push([event.key, performance.now()]);
    }, { capture: true });
    const check = () => {
      const element = document.querySelector(selector);
      const rect = element && element.getBoundingClientRect();
      const onScreen = element !== null && element.checkVisibility() && !element.disabled &&
        !element.readOnly && rect.bottom > 0 && rect.top < window.innerHeight;
      if (onScreen) record.onScreenMs = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

type InPageRecord = { onScreenMs: number; keys: [string, number][] };

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: THROUGHPUT,
    uploadThroughput: THROUGHPUT,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into `selector` whenever it can until the page has settled; what the field kept. */
async function typeUntilSettled(page: Page, selector: string): Promise<string> {
  let idle = false;
  void page
    .waitForLoadState("networkidle", { timeout: LOAD_TIMEOUT_MS })
    .then(() => (idle = true))
    .catch(() => undefined);
  const field = page.locator(selector);
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let afterIdle = 0;
  for (let typed = 0; afterIdle < KEYS_AFTER_IDLE; typed++) {
    if (Date.now() > deadline) throw new Error(`${selector} never accepted typing.`);
    // isVisible answers at once; isEditable would wait for a field not there yet.
    const ready =
      (await field.isVisible()) && (await field.isEditable({ timeout: 1000 }).catch(() => false));
    if (ready) {
      await field.press(KEYS[typed % KEYS.length] ?? "a", { timeout: 2000 }).catch(() => undefined);
      if (idle) afterIdle++;
    }
    await pause(KEY_INTERVAL_MS);
  }
  await pause(500);
  return field.inputValue();
}

/**
 * When the first keystroke the field kept went down: the value must be the tail of what was typed
 * (characters lost at hydration are at its head); anything else means typing did not stay.
 */
function firstKeptKeyMs(record: InPageRecord, value: string): number {
  const typed = record.keys.map(([key]) => key).join("");
  if (value.length === 0 || !typed.endsWith(value))
    throw new Error(`The field holds "${value}" after "${typed}" was typed into it.`);
  return record.keys[typed.length - value.length]?.[1] ?? Number.NaN;
}

type UsableLoad = { usableMs: number; onScreenMs: number };

async function loadOnce(browser: Browser, origin: string, page: BenchPage): Promise<UsableLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const tab = await context.newPage();
    await throttle(tab);
    await tab.addInitScript(recordInPage(page.firstField ?? START_PAGE_FIRST_CONTROL));
    await tab.goto(origin + page.path, { waitUntil: "commit", timeout: LOAD_TIMEOUT_MS });
    const read = () =>
      tab.evaluate(() => (window as unknown as { __usable: InPageRecord }).__usable);
    if (page.firstField === undefined) {
      // Polled with evaluate: waitForFunction compiles its predicate in the page, which the
      // page's script policy refuses.
      const deadline = Date.now() + LOAD_TIMEOUT_MS;
      for (;;) {
        const { onScreenMs } = await read();
        if (onScreenMs >= 0) return { usableMs: onScreenMs, onScreenMs };
        if (Date.now() > deadline) throw new Error(`${page.path} never showed its first link.`);
        await pause(KEY_INTERVAL_MS);
      }
    }
    const value = await typeUntilSettled(tab, page.firstField);
    const record = await read();
    return { usableMs: firstKeptKeyMs(record, value), onScreenMs: record.onScreenMs };
  } finally {
    await context.close();
  }
}

/** Each target's usable time ÷ the start page's, all loaded in turn within each of `LOADS` runs. */
export function measureUsableTime(): Promise<Figure[]> {
  return withBrowserAndEasel(async (browser, origin) => {
    const loads = new Map<BenchPage, UsableLoad[]>(BENCH_PAGES.map((page) => [page, []]));
    // An untimed load first, so no timed one pays for the server's first answers.
    await loadOnce(browser, origin, BENCH_PAGES[0] ?? { name: "", path: "/" });
    for (let run = 0; run < LOADS; run++)
      for (const page of BENCH_PAGES) loads.get(page)?.push(await loadOnce(browser, origin, page));
    const usable = (page: BenchPage) => median((loads.get(page) ?? []).map((l) => l.usableMs));
    const onScreen = (page: BenchPage) => median((loads.get(page) ?? []).map((l) => l.onScreenMs));
    const [startPage, ...targets] = BENCH_PAGES;
    if (startPage === undefined) return [];
    const startMs = usable(startPage);
    return targets.map((page) =>
      ratioFigure(
        `usable time of the ${page.name} ÷ the start page's (1.6 Mbit/s, 150 ms round trips, CPU 4× slower; the domain accepts typing)`,
        usable(page) / startMs,
        RATIO_BUDGET,
        LOADS,
        {
          usableMs: rounded(usable(page), 0),
          fieldOnScreenMs: rounded(onScreen(page), 0),
          startPageMs: rounded(startMs, 0),
        },
      ),
    );
  });
}
