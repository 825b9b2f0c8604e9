/**
 * The task pane end to end in a real browser: Debian's Chromium, driven by
 * playwright-core, opens the add-in's own page (src/taskpane/index.tsx and the
 * ribbon command, over createOfficePane → createPaneApi → createExcelPort)
 * with the fake Excel host in place of Office, holding the demo workbook (the
 * reference plan's 45 units, seeded). See test/e2e/page.
 *
 * The page is built by webpack.e2e.config.js into a temporary directory and
 * served from 127.0.0.1; every other request is refused and fails the test,
 * as does any console error or page error. The expected results come from
 * grade() on the same demo tables, here in Node.
 *
 * Takes the screenshots taskpane-zh.png and taskpane-en.png: into test-output/
 * (ignored by git) on every run, so `npm test` leaves the working tree clean,
 * and into docs/screenshots (the README's) only under `npm run screenshots`.
 *
 * Needs /usr/bin/chromium (APPRAISE_CHROMIUM to use another) and a CJK font
 * (fonts-wqy-zenhei). Without Chromium the suite is skipped, loudly, unless CI
 * is set: then it fails.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids } from "../../src/cli/inputTables";
import { TIER_LABELS } from "../../src/engine/messages";
import { grade } from "../../src/engine/grade";
import { TABLES } from "../../src/engine/tables";
import type { GradeResult, Lang, Tier } from "../../src/engine/types";
import { STRINGS } from "../../src/taskpane/i18n";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { RESULTS_COLUMNS } from "../../src/workbook/outputs";
import type { AppraiseFake, FakeSelection } from "./page/fakeApi";

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM = process.env.APPRAISE_CHROMIUM ?? "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOTS = process.env.APPRAISE_SCREENSHOTS === "docs" ? path.join(ROOT, "docs", "screenshots") : path.join(ROOT, "test-output", "screenshots");
/** Excel's default task pane width, in CSS pixels. */
const PANE = { width: 320, height: 800 };
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

/** The demo workbook's tables and what the engine makes of them. */
const DEMO = inputGrids(buildDemoTables()).tables;
const EXPECTED: GradeResult = grade({ tables: DEMO });
/** A unit whose row the test looks at closely. */
const KNOWN_UNIT = "区统计局";
const COL = Object.fromEntries(RESULTS_COLUMNS.map((c, i) => [c.en, i])) as Record<string, number>;

if (!HAVE_CHROMIUM && !process.env.CI) {
  console.warn(
    `\n*** SKIPPED: the browser end-to-end test needs Chromium at ${CHROMIUM} ***\n` +
      "*** apt-get install -y chromium fonts-wqy-zenhei (or set APPRAISE_CHROMIUM) ***\n",
  );
}
const suite = HAVE_CHROMIUM || process.env.CI ? describe : describe.skip;

/** Builds the page with webpack.e2e.config.js into `outDir` (a child process, as `npx webpack` would). */
function buildPage(outDir: string): Promise<void> {
  const cliPackage = require.resolve("webpack-cli/package.json", { paths: [ROOT] });
  const bin = (JSON.parse(readFileSync(cliPackage, "utf8")) as { bin: Record<string, string> }).bin["webpack-cli"];
  const args = [path.join(path.dirname(cliPackage), bin), "--config", "webpack.e2e.config.js", "--env", `outDir=${outDir}`, "--no-color"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`webpack.e2e.config.js failed (exit ${code}):\n${output}`))));
  });
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** A static file server for `root` on 127.0.0.1, on a port the system picks. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
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

type FakeArgs<K extends keyof AppraiseFake> = AppraiseFake[K] extends (...args: infer A) => unknown ? A : [];
type FakeValue<K extends keyof AppraiseFake> = AppraiseFake[K] extends (...args: never[]) => infer R ? R : AppraiseFake[K];

/** What the page reports that must not happen: console errors, page errors, requests elsewhere or failing. */
interface Pane {
  readonly page: Page;
  readonly problems: string[];
}

suite("the task pane in Chromium over the fake Excel host (demo workbook)", () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  let outDir = "";
  const panes: Pane[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set and Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-zenhei`);
    outDir = mkdtempSync(path.join(tmpdir(), "appraise-e2e-"));
    // Build and launch side by side; a browser that started is kept (and closed in afterAll) even when the build fails.
    const [built, launched] = await Promise.allSettled([buildPage(outDir), chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 })]);
    if (launched.status === "fulfilled") browser = launched.value;
    for (const step of [built, launched]) if (step.status === "rejected") throw step.reason;
    ({ server, origin } = await serve(outDir));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  });

  afterEach(async () => {
    const open = panes.splice(0);
    for (const pane of open) await pane.page.context().close();
    expect(open.flatMap((p) => p.problems)).toEqual([]);
  });

  /** Opens the pane at the task pane's width, with Office's display language `lang`; `watch` sees the page before it loads. */
  async function openPane(lang: Lang, watch: (page: Page) => void = () => undefined): Promise<Pane> {
    if (browser === undefined) throw new Error("No browser");
    const context = await browser.newContext({ viewport: PANE, deviceScaleFactor: 1, locale: lang === "zh" ? "zh-CN" : "en-US" });
    const problems: string[] = [];
    // Nothing leaves 127.0.0.1.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      problems.push(`request outside the test server: ${url}`);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console error: ${m.text()}`)));
    page.on("pageerror", (e) => void problems.push(`page error: ${e.stack ?? e.message}`));
    page.on("response", (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
    const pane: Pane = { page, problems };
    panes.push(pane);
    watch(page);
    await page.goto(`${origin}/?lang=${lang}`);
    return pane;
  }

  /**
   * Reads the fake workbook: calls `window.__appraiseFake[key](...args)` in the
   * page (or reads the property). Sent as an expression, not a function, so
   * Jest's coverage instrumentation cannot break it.
   */
  const fake = <K extends keyof AppraiseFake>(page: Page, key: K, ...args: FakeArgs<K>): Promise<FakeValue<K>> =>
    page.evaluate(`(() => {
      const v = window.__appraiseFake[${JSON.stringify(key)}];
      return typeof v === "function" ? v(...${JSON.stringify(args)}) : v;
    })()`) as Promise<FakeValue<K>>;

  /** The input tables listed as found, with their row counts, in the pane's words. */
  async function expectTablesListed(page: Page, lang: Lang): Promise<void> {
    const strings = STRINGS[lang];
    const region = page.getByRole("region", { name: strings.tablesHeading });
    await region.waitFor();
    const items = await region.getByRole("listitem").allTextContents();
    for (const table of DEMO) {
      const decl = TABLES.find((t) => t.name === table.name);
      const label = lang === "zh" ? `${decl?.zh}${table.name}` : `${table.name}${decl?.zh}`;
      expect(items.find((text) => text.startsWith(label))).toContain(strings.rows(table.rows.length));
    }
  }

  /** Clicks Recompute and waits for the run's headline. */
  async function recompute(page: Page, lang: Lang): Promise<void> {
    const strings = STRINGS[lang];
    await page.getByRole("button", { name: strings.recompute, exact: true }).click();
    const assessed = EXPECTED.units.filter((u) => u.assessed);
    await page.getByRole("heading", { name: strings.graded(assessed.filter((u) => u.graded).length, assessed.length), exact: true }).waitFor();
  }

  /** Results in the fake workbook: 45 rows, headed in `lang`, each unit's composite, rank and tier as grade() gives them. */
  async function expectResultsWritten(page: Page, lang: Lang): Promise<void> {
    const results = await fake(page, "tableInfo", "Results");
    expect(results?.sheet).toBe(OUTPUT_SHEETS.results.sheet);
    expect(results?.sheet).toBe("考评结果");
    expect(results?.header).toEqual(RESULTS_COLUMNS.map((c) => c[lang]));
    expect(results?.rows).toHaveLength(45);
    expect(results?.rows).toHaveLength(EXPECTED.units.length);

    const rows = new Map((results?.rows ?? []).map((r) => [r[COL.Unit], r]));
    const label = (tier: Tier | null) => (tier === null ? null : TIER_LABELS[tier][lang]);
    const known = EXPECTED.units.find((u) => u.unit === KNOWN_UNIT);
    expect(known?.composite).toMatch(/^\d+\.\d+$/);
    expect(rows.get(KNOWN_UNIT)?.[COL.Composite]).toBe(Number(known?.composite));
    expect(rows.get(KNOWN_UNIT)?.[COL.Tier]).toBe(label(known?.tier ?? null));
    // Every unit, not only the known one.
    const written = EXPECTED.units.map((u) => rows.get(u.unit)).map((r) => r && [r[COL.Unit], r[COL.Category], r[COL.Composite], r[COL.Rank], r[COL.Tier]]);
    const graded = EXPECTED.units.map((u) => [u.unit, u.category, u.composite === null ? null : Number(u.composite), u.rank, label(u.tier)]);
    expect(written).toEqual(graded);
    const tiers = new Set(Object.values(TIER_LABELS).map((l) => l[lang]));
    expect((results?.rows ?? []).every((r) => r[COL.Tier] === null || tiers.has(String(r[COL.Tier])))).toBe(true);
  }

  /** Each category's tier counts against its quotas, as the pane shows them (text and the screen reader's words). */
  async function expectCategorySummary(page: Page, lang: Lang): Promise<void> {
    const strings = STRINGS[lang];
    const chart = page.getByRole("region", { name: strings.categoriesHeading });
    await chart.waitFor();
    expect(EXPECTED.categories.map((c) => c.category)).toEqual(["经济管理类和其他类", "公共事务管理和监管、监督类", "党委群团类"]);
    for (const c of EXPECTED.categories) {
      const block = chart.locator(`li[data-category="${c.category}"]`);
      expect(await block.isVisible()).toBe(true);
      expect(await block.textContent()).toContain(c.category);
      expect(await block.textContent()).toContain(strings.categoryMeta(c.size, c.graded));
      for (const tier of ["first", "second", "third"] as const) {
        const [count, quota] = [c.counts[tier], c.quotas[tier]];
        const bar = block.locator(`li[data-tier="${tier}"]`);
        const text = await bar.textContent();
        expect(text).toContain(`${count}/${quota}`);
        expect(text).toContain(strings.tierBar(strings.tier[tier], count, quota, count > quota));
      }
      expect(await block.locator('li[data-tier="unqualified"]').textContent()).toContain(strings.tierBar(strings.tier.unqualified, c.counts.unqualified, null, false));
    }
  }

  /** The pane fits the task pane's width: nothing scrolls sideways. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PANE.width);
  }

  async function screenshot(page: Page, lang: Lang): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
    const file = path.join(SCREENSHOTS, `taskpane-${lang}.png`);
    // Rewritten only when it changed, so an unchanged pane leaves docs/screenshots as it was.
    if (!existsSync(file) || !readFileSync(file).equals(png)) writeFileSync(file, png);
  }

  it("in Chinese: lists the tables, recomputes, writes Results, shows tiers against quotas, and jumps to a warning's cell", async () => {
    const { page } = await openPane("zh");
    const strings = STRINGS.zh;
    expect(await fake(page, "displayLanguage")).toBe("zh-CN");
    await page.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await expectTablesListed(page, "zh");

    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
    expect(await fake(page, "sheetNames")).toEqual(expect.arrayContaining(["考评结果", "校验提示"]));
    expect(await page.getByText(strings.written).isVisible()).toBe(true);
    await expectCategorySummary(page, "zh");
    await expectNoSidewaysScroll(page);
    await screenshot(page, "zh");

    // A warning from the list: the Warnings tab, then its "转到 …" link selects its cell in the workbook.
    const warnings = EXPECTED.diagnostics.filter((d) => d.severity === "warning");
    const warning = warnings.find((d) => d.cell !== null);
    if (warning?.cell == null) throw new Error("The demo workbook should have a warning with a cell");
    await page.getByRole("tab", { name: `${strings.severityPlural.warning} ${warnings.length}` }).click();
    await page.getByRole("button", { name: strings.goToCell(warning.cell), exact: true }).first().click();
    const bang = warning.cell.lastIndexOf("!");
    const target: FakeSelection = { sheet: warning.cell.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), range: warning.cell.slice(bang + 1).replace(/\$/g, "") };
    await page.waitForFunction("window.__appraiseFake.selection() !== null");
    expect(await fake(page, "selection")).toEqual(target);
    expect(await fake(page, "activeSheet")).toBe(target.sheet);
  }, 60_000);

  it("in English: the same run, headed and labelled in English", async () => {
    const { page } = await openPane("en");
    const strings = STRINGS.en;
    expect(await fake(page, "displayLanguage")).toBe("en-US");
    expect(await page.evaluate("document.documentElement.lang")).toBe("en-US");
    await page.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await expectTablesListed(page, "en");

    await recompute(page, "en");
    await expectResultsWritten(page, "en");
    await expectCategorySummary(page, "en");
    expect(await page.getByRole("tab", { name: `${strings.filterAll} ${EXPECTED.diagnostics.length}` }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot(page, "en");
  }, 60_000);

  // The engine is a lazy chunk (src/workbook/excel/loadRunModules.ts) that the pane fetches after its first paint.
  it("recomputes when Recompute is pressed the moment the pane shows it, and the press fetches nothing", async () => {
    const requests: { url: string; at: number }[] = [];
    const { page } = await openPane("zh", (p) => p.on("request", (r) => void requests.push({ url: r.url(), at: Date.now() })));
    const button = page.getByRole("button", { name: STRINGS.zh.recompute, exact: true });
    await button.waitFor();
    const pressedAt = Date.now();
    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
    expect(requests.filter((r) => r.at >= pressedAt).map((r) => r.url)).toEqual([]);
    // The page's scripts and, before the press, the lazy chunks: more scripts than index.html names.
    const pageScripts = (readFileSync(path.join(outDir, "index.html"), "utf8").match(/<script\b/g) ?? []).length;
    expect(requests.filter((r) => r.url.endsWith(".js")).length).toBeGreaterThan(pageScripts);
  }, 60_000);

  it("works offline once loaded: the first Recompute needs no network", async () => {
    const { page } = await openPane("zh");
    await page.waitForLoadState("networkidle");
    await page.context().setOffline(true);
    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
  }, 60_000);
});
