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
 * Besides the demo, the page can hold the partly graded and the mistakes
 * workbooks (test/e2e/page/workbooks.ts, `?workbook=`). axe-core (npm
 * package, pinned) checks each pane in the page.
 *
 * Takes the screenshots taskpane-{graded,partial,none}-{zh,en}.png: into
 * test-output/ (ignored by git) on every run, so `npm test` leaves the working
 * tree clean, and into docs/screenshots (the README's) only under
 * `npm run screenshots`.
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
import { CODE_TITLES } from "../../src/engine/codeTitles";
import { groupDiagnostics } from "../../src/engine/groupDiagnostics";
import { TIER_LABELS } from "../../src/engine/tierLabels";
import { grade } from "../../src/engine/grade";
import { TABLES } from "../../src/engine/tables";
import type { GradeResult, Lang, Tier } from "../../src/engine/types";
import { sheetRowOf } from "../../src/engine/sheetRow";
import { STRINGS } from "../../src/taskpane/i18n";
import { tableLabel } from "../../src/taskpane/inputTables";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { RESULTS_COLUMNS } from "../../src/workbook/outputs";
import type { AppraiseFake, FakeSelection } from "./page/fakeApi";
import { PARTIAL_UNGRADED, TEXT_SCORES, workbookTables, type WorkbookKind } from "./page/workbooks";

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
const DEMO = workbookTables("demo");
const EXPECTED: GradeResult = grade({ tables: DEMO });
/** The first try of issue 7: nothing can be graded. */
const MISTAKES: GradeResult = grade({ tables: workbookTables("mistakes") });
const PARTIAL: GradeResult = grade({ tables: workbookTables("partial") });
/** Diagnostic groups the first screen may show at most. */
const FIRST_SCREEN_GROUPS = 8;
/**
 * The one axe finding we accept, a known false positive: Fluent's TabList
 * (through Tabster) puts focusable "dummy" sentinels (`<i tabindex="0"
 * aria-hidden="true" data-tabster-dummy>`) around focus groups so Tab can
 * leave them; axe's aria-hidden-focus rule flags a focusable element that is
 * aria-hidden. They receive focus only to pass it on at once.
 */
const KNOWN_FALSE_POSITIVE = { rule: "aria-hidden-focus", selector: "[data-tabster-dummy]" };
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
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
    const [built, launched] = await Promise.allSettled([
      buildPage(outDir),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 }),
    ]);
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
  async function openPane(lang: Lang, workbook: WorkbookKind = "demo", watch: (page: Page) => void = () => undefined): Promise<Pane> {
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
    await page.goto(`${origin}/?lang=${lang}&workbook=${workbook}`);
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
      const label = lang === "zh" ? `${decl?.zh} ${table.name}` : `${table.name} ${decl?.zh}`;
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
      expect(await block.locator('li[data-tier="unqualified"]').textContent()).toContain(
        strings.tierBar(strings.tier.unqualified, c.counts.unqualified, null, false),
      );
    }
  }

  /** The pane fits the task pane's width: nothing scrolls sideways. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PANE.width);
  }

  async function screenshot(page: Page, name: string, lang: Lang): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
    const file = path.join(SCREENSHOTS, `taskpane-${name}-${lang}.png`);
    // Rewritten only when it changed, so an unchanged pane leaves docs/screenshots as it was.
    if (!existsSync(file) || !readFileSync(file).equals(png)) writeFileSync(file, png);
  }

  /**
   * Runs axe-core (the npm package, pinned) in the page and expects no
   * violation but the known false positive (KNOWN_FALSE_POSITIVE).
   */
  async function expectNoAxeViolations(page: Page): Promise<void> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, known: document.querySelector(n.target.join(" "))?.matches(${JSON.stringify(KNOWN_FALSE_POSITIVE.selector)}) === true })),
    })))`)) as { id: string; help: string; nodes: { target: string; html: string; known: boolean }[] }[];
    const real = violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === KNOWN_FALSE_POSITIVE.rule && n.known)) }))
      .filter((v) => v.nodes.length > 0);
    expect(real).toEqual([]);
  }

  /** Clicks Recompute and waits for the heading `title`. */
  async function recomputeTo(page: Page, lang: Lang, title: string): Promise<void> {
    await page.getByRole("button", { name: STRINGS[lang].recompute, exact: true }).click();
    await page.getByRole("heading", { name: title, exact: true }).waitFor();
  }

  /** Waits until the fake host's selection is `target`, then checks it. */
  async function expectSelected(page: Page, target: FakeSelection): Promise<void> {
    await page.waitForFunction(
      `(() => { const s = window.__appraiseFake.selection(); return s !== null && s.sheet === ${JSON.stringify(target.sheet)} && s.range === ${JSON.stringify(target.range)}; })()`,
    );
    expect(await fake(page, "selection")).toEqual(target);
    expect(await fake(page, "activeSheet")).toBe(target.sheet);
  }

  /** `指标考核!F7` as the fake host reports a selection. */
  const selectionOf = (cell: string): FakeSelection => {
    const bang = cell.lastIndexOf("!");
    return {
      sheet: cell
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'"),
      range: cell.slice(bang + 1).replace(/\$/g, ""),
    };
  };

  /** Top and bottom of each diagnostic group, in CSS pixels from the top of the viewport. */
  const groupBoxes = (page: Page): Promise<[number, number][]> =>
    page.evaluate(`[...document.querySelectorAll("[data-group]")].map((e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })`) as Promise<
      [number, number][]
    >;

  it("in Chinese: lists the tables, recomputes, writes Results, shows tiers against quotas, and jumps to a warning's cell", async () => {
    const { page } = await openPane("zh");
    const strings = STRINGS.zh;
    expect(await fake(page, "displayLanguage")).toBe("zh-CN");
    await page.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await expectTablesListed(page, "zh");

    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
    expect(await fake(page, "sheetNames")).toEqual(expect.arrayContaining(["考评结果", "校验提示"]));
    // The headline: every unit graded, a tick, and links to the sheets written.
    const headline = page.locator('[data-headline="graded"]');
    expect(await headline.isVisible()).toBe(true);
    expect(await headline.locator('[data-icon="graded"]').count()).toBe(1);
    expect(await headline.getByRole("button", { name: strings.resultsSheet, exact: true }).isVisible()).toBe(true);
    await expectCategorySummary(page, "zh");
    await expectNoSidewaysScroll(page);
    await screenshot(page, "graded", "zh");

    // A warning from the list: the Warnings tab, then its "转到 …" link selects its cell in the workbook.
    const warnings = EXPECTED.diagnostics.filter((d) => d.severity === "warning");
    const warning = warnings.find((d) => d.cell !== null);
    if (warning?.cell == null) throw new Error("The demo workbook should have a warning with a cell");
    await page.getByRole("tab", { name: `${strings.severityPlural.warning} ${warnings.length}` }).click();
    const group = page.locator(`[data-group][data-code="${warning.code}"]`);
    await group.getByRole("button", { expanded: false }).click();
    await group
      .getByRole("button", { name: strings.goToCell(warning.cell), exact: true })
      .first()
      .click();
    const bang = warning.cell.lastIndexOf("!");
    const target: FakeSelection = {
      sheet: warning.cell
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'"),
      range: warning.cell.slice(bang + 1).replace(/\$/g, ""),
    };
    await page.waitForFunction("window.__appraiseFake.selection() !== null");
    expect(await fake(page, "selection")).toEqual(target);
    expect(await fake(page, "activeSheet")).toBe(target.sheet);
    await expectNoAxeViolations(page);
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
    await screenshot(page, "graded", "en");
  }, 60_000);

  it.each<Lang>(["zh", "en"])(
    "the mistakes workbook (%s): the first screen at 320 × 800 says nothing was graded and shows the groups, not the flood; an item selects its cell; a unit opens its Results row",
    async (lang) => {
      const { page } = await openPane(lang, "mistakes");
      const strings = STRINGS[lang];
      const assessed = MISTAKES.units.filter((u) => u.assessed).length;
      expect(assessed).toBe(45);
      expect(MISTAKES.units.some((u) => u.graded)).toBe(false);
      expect(MISTAKES.diagnostics.filter((d) => d.code === "NOT_A_NUMBER")).toHaveLength(TEXT_SCORES);
      expect(MISTAKES.diagnostics.filter((d) => d.code === "SATISFACTION_MISSING")).toHaveLength(90);
      await recomputeTo(page, lang, strings.noneGraded(assessed));

      // The first screen, measured: the viewport is the task pane's 320 × 800.
      expect(await page.evaluate("[window.innerWidth, window.innerHeight, window.scrollY]")).toEqual([PANE.width, PANE.height, 0]);
      const headline = page.locator('[data-headline="none"]');
      const box = await headline.boundingBox();
      expect(box !== null && box.y >= 0 && box.y + box.height <= PANE.height).toBe(true);
      expect(await headline.textContent()).toContain(strings.firstFix);
      expect(await headline.locator('[data-icon="none"]').count()).toBe(1);

      const expectedGroups = groupDiagnostics(MISTAKES.diagnostics);
      const boxes = await groupBoxes(page);
      expect(boxes).toHaveLength(expectedGroups.length);
      const onFirstScreen = boxes.filter(([top]) => top < PANE.height);
      expect(onFirstScreen.length).toBeGreaterThan(0);
      expect(onFirstScreen.length).toBeLessThanOrEqual(FIRST_SCREEN_GROUPS);
      // Errors first, the flood as one line: "90 × 缺少满意度评价".
      const groups = page.locator("[data-group]");
      expect(await groups.first().getAttribute("data-code")).toBe("SATISFACTION_MISSING");
      expect(await groups.first().textContent()).toContain(strings.groupLine(90, CODE_TITLES.SATISFACTION_MISSING.title[lang]));
      // Collapsed: not one item is listed yet.
      expect(await page.locator("li[data-code]").count()).toBe(0);
      // No chart of empty bars.
      expect(await page.getByRole("region", { name: strings.categoriesHeading }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, "none", lang);

      // A group opens to its items; an item's link selects its cell, and it reads the row Excel shows.
      const first = MISTAKES.diagnostics.find((d) => d.code === "NOT_A_NUMBER");
      if (first?.cell == null) throw new Error("NOT_A_NUMBER should point at a cell");
      const nan = page.locator('[data-group][data-code="NOT_A_NUMBER"]');
      await nan.getByRole("button", { expanded: false }).click();
      const item = nan.locator("li[data-code]").first();
      expect(await item.textContent()).toContain(strings.location(tableLabel("Indicators", lang), sheetRowOf(first)));
      expect(first.cell.endsWith(`${sheetRowOf(first)}`)).toBe(true);
      await item.getByRole("button", { name: strings.goToCell(first.cell), exact: true }).click();
      await expectSelected(page, selectionOf(first.cell));
      await expectNoAxeViolations(page);

      // Search a unit and open it: its row of 考评结果 is selected.
      const unit = KNOWN_UNIT;
      await page.getByRole("searchbox", { name: strings.searchUnits }).fill(unit);
      const found = page.locator(`li[data-unit="${unit}"]`);
      await found.waitFor();
      expect(await page.locator("li[data-unit]").count()).toBe(1);
      expect(await found.textContent()).toContain(strings.notGraded);
      await found.getByRole("button", { name: strings.openUnit(unit), exact: true }).click();
      const results = await fake(page, "tableInfo", "Results");
      const index = (results?.rows ?? []).findIndex((r) => r[COL.Unit] === unit);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(results?.address.startsWith("A1:")).toBe(true);
      const lastColumn = String.fromCharCode(64 + RESULTS_COLUMNS.length);
      await expectSelected(page, { sheet: OUTPUT_SHEETS.results.sheet, range: `A${index + 2}:${lastColumn}${index + 2}` });
    },
    60_000,
  );

  it.each<Lang>(["zh", "en"])(
    "the partly graded workbook (%s): 30 of 45, the causes, who got each tier, and why counts differ from quotas",
    async (lang) => {
      const { page } = await openPane(lang, "partial");
      const strings = STRINGS[lang];
      const assessed = PARTIAL.units.filter((u) => u.assessed);
      const graded = assessed.filter((u) => u.graded).length;
      expect([graded, assessed.length]).toEqual([45 - PARTIAL_UNGRADED, 45]);
      await recomputeTo(page, lang, strings.partial(graded, assessed.length));
      const headline = page.locator('[data-headline="partial"]');
      expect(await headline.locator('[data-icon="partial"]').count()).toBe(1);
      expect(await headline.textContent()).toContain(strings.causeUnits(CODE_TITLES.SATISFACTION_MISSING.title[lang], PARTIAL_UNGRADED, 2 * PARTIAL_UNGRADED));

      // Who got each tier, best first, named under the bars.
      const chart = page.getByRole("region", { name: strings.categoriesHeading });
      for (const c of PARTIAL.categories) {
        const firsts = PARTIAL.units.filter((u) => u.category === c.category && u.tier === "first").map((u) => u.unit);
        const names = chart.locator(`li[data-category="${c.category}"] [data-tier-names="first"]`);
        expect(await names.textContent()).toBe(`${strings.tier.first}${strings.colon}${firsts.join(strings.listSeparator)}`);
      }
      // The legend is on screen, and the reasons one click away.
      expect(await chart.textContent()).toContain(strings.quotaLegend);
      const why = chart.getByRole("button", { name: strings.whyQuota }).first();
      await why.click();
      expect(await why.getAttribute("aria-expanded")).toBe("true");
      const ungraded = PARTIAL.units.filter((u) => u.category === PARTIAL.categories[0].category && u.assessed && !u.graded).map((u) => u.unit);
      expect(await chart.textContent()).toContain(strings.causeUngraded(ungraded.join(strings.listSeparator)));
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, "partial", lang);
    },
    60_000,
  );

  // The engine is a lazy chunk (src/workbook/excel/loadRunModules.ts) that the pane fetches after its first paint.
  it("recomputes when Recompute is pressed the moment the pane shows it, and the press fetches nothing", async () => {
    const requests: { url: string; at: number }[] = [];
    const { page } = await openPane("zh", "demo", (p) => p.on("request", (r) => void requests.push({ url: r.url(), at: Date.now() })));
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
