"use strict";
/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame -- watchInPage and the waits run in the page */
/**
 * The browser page's rows of `npm run bench` (issue 19, "Fast"): the built
 * dist/web/appraise.html opened from file:// in Debian's Chromium through
 * playwright-core (as test/e2e/helpers/offlinePage.ts opens it: every other
 * request refused), a workbook chosen through the page's file input, and
 * the time from choosing it to the download button being in the page.
 *
 * The time is taken inside the page: a listener on the input's `change`
 * event (capture phase, before the page's own) marks the start, a
 * MutationObserver marks the moment `[data-testid=download]` is added; the
 * driver's time around setInputFiles and waitForSelector is kept too. While
 * the file is graded a PerformanceObserver collects the main thread's long
 * tasks (over 50 ms) and a requestAnimationFrame loop the longest gap
 * between frames: the page must not freeze. Each run opens the page afresh
 * (a new browser context), so every run makes its worker as a user's first
 * choice does.
 */
const fs = require("fs");
const path = require("path");

const CHROMIUM = process.env.APPRAISE_CHROMIUM ?? "/usr/bin/chromium";
// As test/e2e/helpers/browser.ts launches it.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Installed in the page before the file is chosen: the clock's start and end, long tasks, frame gaps. */
function watchInPage() {
  const w = window;
  w.__bench = { start: null, end: null, tasks: [], frameGap: 0, frames: 0 };
  const b = w.__bench;
  document.addEventListener("change", () => (b.start = performance.now()), { capture: true, once: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });
  let last = null;
  const frame = (t) => {
    if (b.end !== null) return;
    if (b.start !== null) {
      if (last !== null) b.frameGap = Math.max(b.frameGap, t - last);
      b.frames++;
      last = t;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const seen = () => document.querySelector('[data-testid="download"]') !== null;
  new MutationObserver((_, observer) => {
    if (b.start === null || !seen()) return;
    b.end = performance.now();
    observer.disconnect();
  }).observe(document.body, { childList: true, subtree: true });
}

/** One run: a fresh page, the file chosen, the download button waited for. */
async function pageOnce(browser, html, file) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  const refused = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const errors = [];
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  try {
    await page.goto(`file://${html}`);
    await page.getByTestId("file").waitFor({ state: "attached" });
    await page.evaluate(watchInPage);
    const t0 = process.hrtime.bigint();
    await page.getByTestId("file").setInputFiles(file);
    await page.getByTestId("download").waitFor({ timeout: 120_000 });
    const driverMs = Number(process.hrtime.bigint() - t0) / 1e6;
    await page.waitForFunction(() => window.__bench.end !== null);
    // Long tasks are reported after they end: two frames more, then those that overlap the run.
    const b = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__bench)))));
    const during = b.tasks.filter((t) => t.start < b.end && t.start + t.duration > b.start);
    if (errors.length > 0 || refused.length > 0) throw new Error(`the page reported ${[...errors, ...refused].join("; ")}`);
    return {
      ms: b.end - b.start,
      driverMs,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      longestFrameGapMs: b.frameGap,
      frames: b.frames,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The page's figures for each file, or `{ skipped }` when Chromium (or the
 * built page) is not there. `files` is [{ key, file, runs }].
 */
async function pageBench({ html, files, log }) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set APPRAISE_CHROMIUM)` };
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  try {
    const out = {};
    for (const { key, file, runs } of files) {
      log(`bench: the page (Chromium) on ${path.basename(file)} …`);
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await pageOnce(browser, html, file));
      out[key] = {
        runs,
        medianMs: median(all.map((r) => r.ms)),
        driverMedianMs: median(all.map((r) => r.driverMs)),
        longestTaskMs: Math.max(...all.map((r) => r.longestTaskMs)),
        longestFrameGapMs: Math.max(...all.map((r) => r.longestFrameGapMs)),
        all,
      };
    }
    return { browser: `Chromium ${browser.version()}`, figures: out };
  } finally {
    await browser.close();
  }
}

module.exports = { pageBench, CHROMIUM };
