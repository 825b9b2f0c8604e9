/**
 * The browser side of the end-to-end suite: builds the page with
 * webpack.e2e.config.js into a temporary directory, serves it from
 * 127.0.0.1, launches Debian's Chromium through playwright-core, and opens
 * the pane at the task pane's width. Every request elsewhere, console error
 * or page error is a problem that fails the test (see paneHarness).
 *
 * Needs /usr/bin/chromium (APPRAISE_CHROMIUM to use another) and a CJK font
 * (fonts-wqy-zenhei); `npm run setup:tools` installs both. Without Chromium the
 * suite is skipped, loudly, unless CI is set: then it fails.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type LaunchOptions, type Page } from "playwright-core";
import type { Lang } from "../../../src/engine/types";
import type { WorkbookKind } from "../page/workbooks";
import { describeWith } from "../../helpers/external";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const CHROMIUM = process.env.APPRAISE_CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Excel's default task pane width, in CSS pixels. */
export const PANE = { width: 320, height: 800 };
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * A describe block that needs Chromium, as every suite that needs a tool:
 * skipped with the install command printed where Chromium is missing, failed
 * on CI (describeWith).
 */
export function suite(name: string, body: () => void): void {
  describeWith("Chromium", HAVE_CHROMIUM, `apt-get install -y chromium fonts-wqy-zenhei, or set APPRAISE_CHROMIUM (now ${CHROMIUM})`, name, body);
}

/** Builds a page with `config` (webpack.e2e.config.js unless given) into `outDir` (a child process, as `npx webpack` would), with `env` added to the environment. */
export function buildPage(outDir: string, config = "webpack.e2e.config.js", env: NodeJS.ProcessEnv = {}): Promise<void> {
  const cliPackage = require.resolve("webpack-cli/package.json", { paths: [ROOT] });
  const bin = (JSON.parse(readFileSync(cliPackage, "utf8")) as { bin: Record<string, string> }).bin["webpack-cli"];
  const args = [path.join(path.dirname(cliPackage), bin), "--config", config, "--env", `outDir=${outDir}`, "--no-color"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${config} failed (exit ${code}):\n${output}`))));
  });
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};

/**
 * Launches Chromium while `builds` run, side by side. A browser that started
 * is handed to `keep` at once, so the suite's afterAll closes it even when a
 * build fails; then the first failure (the builds', in order, then the
 * launch's) is thrown.
 * @example
 * await launchWhileBuilding([buildPage(outDir)], (b) => (browser = b));
 */
export async function launchWhileBuilding(builds: readonly Promise<unknown>[], keep: (browser: Browser) => void, launch: LaunchOptions = {}): Promise<void> {
  const [launched, ...built] = await Promise.allSettled([
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000, ...launch }),
    ...builds,
  ]);
  if (launched.status === "fulfilled") keep(launched.value);
  for (const step of [...built, launched]) if (step.status === "rejected") throw step.reason;
}

/** Closes a server from `serve` and its open connections; nothing when there is none. */
export async function closeServer(server: Server | undefined): Promise<void> {
  if (server === undefined) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** A static file server for `root` on 127.0.0.1, on a port the system picks. */
export async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : path.normalize(pathname));
    if (req.method !== "GET" || !file.startsWith(root + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    res.end(readFileSync(file));
  });
  // Bounded: no request may hold the server (or the test) open.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The test server has no port");
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** What the page reports that must not happen: console errors, page errors, requests elsewhere or failing. */
export interface Pane {
  readonly page: Page;
  readonly problems: string[];
}

export interface PaneHarness {
  /** Opens the pane at the task pane's width, with Office's display language `lang`; `watch` sees the page before it loads. */
  openPane(lang: Lang, workbook?: WorkbookKind, watch?: (page: Page) => void): Promise<Pane>;
  /** Where the page was built (its index.html names the page's scripts). */
  readonly outDir: string;
}

/**
 * A new page in its own browser context, in `lang`'s locale, whose problems
 * are collected: console errors and page errors (of every frame), HTTP
 * errors, and any request outside `origin`, which is refused. `init` runs
 * in every frame before the page's own scripts (page.addInitScript).
 */
export async function openWatched(
  browser: Browser,
  origin: string,
  options: { viewport: { width: number; height: number }; lang: Lang; init?: string },
): Promise<Pane> {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1, locale: options.lang === "zh" ? "zh-CN" : "en-US" });
  const problems: string[] = [];
  // Nothing leaves 127.0.0.1.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.push(`request outside the test server: ${url}`);
    return route.abort("blockedbyclient");
  });
  if (options.init !== undefined) await context.addInitScript({ content: options.init });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("console", (m) => void (m.type() === "error" && problems.push(`console error: ${m.text()}`)));
  page.on("pageerror", (e) => void problems.push(`page error: ${e.stack ?? e.message}`));
  page.on("response", (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
  return { page, problems };
}

/**
 * Builds and serves the page and launches Chromium once for the test file
 * (beforeAll), closes each test's panes and fails the test on any problem
 * they saw (afterEach), and closes everything (afterAll). Call it at the top
 * level of the test file, so every describe block shares one build and one
 * browser.
 */
export function paneHarness(): PaneHarness {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  let outDir = "";
  const panes: Pane[] = [];

  // Without Chromium the suites do not run (suite: skipped, or failed on CI), and there is nothing to build.
  if (HAVE_CHROMIUM) {
    beforeAll(async () => {
      outDir = mkdtempSync(path.join(tmpdir(), "appraise-e2e-"));
      // Build and launch side by side; a browser that started is kept (and closed in afterAll) even when the build fails.
      await launchWhileBuilding([buildPage(outDir)], (b) => (browser = b));
      ({ server, origin } = await serve(outDir));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await closeServer(server);
      if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
    });

    afterEach(async () => {
      const open = panes.splice(0);
      for (const pane of open) await pane.page.context().close();
      expect(open.flatMap((p) => p.problems)).toEqual([]);
    });
  }

  async function openPane(lang: Lang, workbook: WorkbookKind = "demo", watch: (page: Page) => void = () => undefined): Promise<Pane> {
    if (browser === undefined) throw new Error("No browser");
    const pane = await openWatched(browser, origin, { viewport: PANE, lang });
    panes.push(pane);
    watch(pane.page);
    await pane.page.goto(`${origin}/?lang=${lang}&workbook=${workbook}`);
    return pane;
  }

  return {
    openPane,
    get outDir() {
      return outDir;
    },
  };
}
