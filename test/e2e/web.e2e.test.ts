/**
 * Appraise in the browser end to end (issue 19): builds dist/web/appraise.html
 * with webpack.web.config.js into a temporary directory, opens it from
 * file:// in Debian's Chromium (playwright-core) with every request that is
 * not the file itself refused and counted, and grades the demo workbook in
 * the page: the results shown, and the downloaded copy's Results and
 * Warnings equal to what `appraise score` writes for the same file at the
 * same time. A file that is not a workbook gets the command line's reason.
 * The mistakes workbook shows its diagnostics grouped by kind, each with its
 * sheet and row as text (no open workbook to go to); the graded demo is
 * photographed in zh and en at 1280 px (test-output/screenshots/web-*.png)
 * and checked with axe-core; the language switch changes the page and the
 * language of the next copy.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CODE_TITLES } from "../../src/engine/codeTitles";
import { groupDiagnostics } from "../../src/engine/groupDiagnostics";
import { summaryRank } from "../../src/engine/messages";
import { sheetRowOf } from "../../src/engine/sheetRow";
import type { Lang } from "../../src/engine/types";
import { formatAddress } from "../../src/engine/address";
import { tableLabel } from "../../src/taskpane/state/inputTables";
import { headlineOf } from "../../src/taskpane/state/headline";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { gradeBytes } from "../../src/hosts/web/gradeBytes";
import { LANG_STRINGS } from "../../src/hosts/web/langStrings";
import { WEB_STRINGS } from "../../src/hosts/web/webStrings";
import { OUTPUT_SHEETS } from "../../src/workbook/ownedSheets";
import { RESULTS_COLUMNS } from "../../src/workbook/outputs";
import { openProblemText } from "../../src/workbook/xlsx/openProblemText";
import { readPackage, type WorkbookPackage } from "../../src/workbook/xlsx/readPackage";
import { FIXED_NOW, readBack, runCli, sheetValues, writeDemoInput } from "../helpers/cli";
import { packageStructureProblems } from "../helpers/packageStructure";
import { expectNoAxeViolations } from "./helpers/axe";
import { buildPage, launchWhileBuilding, ROOT, suite } from "./helpers/browser";
import { screenshot } from "./helpers/screenshots";
import { openOffline, type OfflinePage } from "./helpers/offlinePage";
import { mistakes } from "./page/workbooks";

const DEMO = path.join(ROOT, "examples", "yinhai-2016.xlsx");

type Opened = OfflinePage;

suite("Appraise in the browser (dist/web/appraise.html, from file://)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "appraise-web-"));
  const html = path.join(dir, "page", "appraise.html");
  let browser: Browser | undefined;

  beforeAll(async () => {
    await launchWhileBuilding([buildPage(path.join(dir, "page"), "webpack.web.config.js")], (b) => (browser = b));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (lang: Lang): Promise<Opened> => openOffline(browser!, html, lang === "zh" ? "zh-CN" : "en-US", { acceptDownloads: true });

  /** The cells' values of an owned sheet, and its worksheet part's bytes. */
  function ownedSheet(pkg: WorkbookPackage, sheet: string): Uint8Array {
    const part = pkg.sheets.find((s) => s.name === sheet)?.part;
    if (!part) throw new Error(`no sheet ${sheet}`);
    return pkg.parts.get(part)!;
  }

  it("is one file: the policy forbids every connection, and nothing else was written", () => {
    const text = readFileSync(html, "utf8");
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(text)?.[1] ?? "";
    expect(policy.split("; ")).toEqual(expect.arrayContaining(["default-src 'none'", "connect-src 'none'", "worker-src blob:"]));
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    // No file but this one: no script, style sheet or image named by address.
    expect(text.match(/<(script|link|img)\b[^>]*\s(src|href)="?(?!data:)[^\s>]*/g) ?? []).toEqual([]);
  });

  it("grades the demo at once, shows 45 graded units and downloads the copy `appraise score` writes", async () => {
    const { page, context, requests, errors } = await open("zh");
    await page.getByTestId("file").setInputFiles(DEMO);
    const expected = await gradeBytes(readFileSync(DEMO), "zh", FIXED_NOW);
    if (!expected.ok) throw new Error("the demo does not open");
    const h = headlineOf(expected.result);
    expect(h.graded).toBe(45);
    await page.getByText(STRINGS.zh.graded(45, 45)).first().waitFor({ timeout: 20_000 });
    await page.getByTestId("run-summary").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("yinhai-2016.graded.xlsx");
    const saved = path.join(dir, "page-copy.xlsx");
    await download.saveAs(saved);

    copyFileSync(DEMO, path.join(dir, "yinhai-2016.xlsx"));
    const cli = await runCli(["score", "yinhai-2016.xlsx", "--lang", "zh"], dir);
    expect(cli.code).toBe(0);
    const fromCli = path.join(dir, "yinhai-2016.graded.xlsx");

    const pageBytes = readFileSync(saved);
    expect(packageStructureProblems(pageBytes)).toEqual([]);
    const [pagePkg, cliPkg] = [readPackage(pageBytes), readPackage(readFileSync(fromCli))];
    const [pageBook, cliBook] = await Promise.all([readBack(saved), readBack(fromCli)]);
    for (const kind of ["results", "warnings"] as const) {
      const sheet = OUTPUT_SHEETS[kind].sheet;
      expect(sheetValues(pageBook, sheet)).toEqual(sheetValues(cliBook, sheet));
      expect(Buffer.from(ownedSheet(pagePkg, sheet)).equals(Buffer.from(ownedSheet(cliPkg, sheet)))).toBe(true);
    }
    expect(sheetValues(pageBook, OUTPUT_SHEETS.results.sheet).length).toBeGreaterThan(45);
    // Every other part too (RunLog, History, the paperwork, the input's own): only the zip's compression may differ.
    const differing = [...cliPkg.parts].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(pagePkg.parts.get(name) ?? [])));
    expect(differing.map(([name]) => name)).toEqual([]);
    expect([...pagePkg.parts.keys()]).toEqual([...cliPkg.parts.keys()]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it("gives a file that is not a workbook the command line's reason, in the page's language", async () => {
    const { page, context, requests, errors } = await open("en");
    await page.getByTestId("file").setInputFiles({ name: "units.csv", mimeType: "text/csv", buffer: Buffer.from("单位,类别\n区发改局,经济\n") });
    const refused = page.getByTestId("refused");
    await refused.waitFor({ timeout: 20_000 });
    expect(await refused.textContent()).toBe(`Cannot read units.csv: ${openProblemText({ kind: "csv" }, "en")}`);
    await expect(page.getByTestId("download").count()).resolves.toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  /** Chooses `file` and waits for the headline `title`. */
  async function gradeIn(page: Page, file: string, title: string): Promise<void> {
    await page.getByTestId("file").setInputFiles(file);
    await page.getByRole("heading", { name: title, exact: true }).waitFor({ timeout: 20_000 });
    await page.getByTestId("run-summary").waitFor();
  }

  /** The first row (the headings) of the downloaded copy's Results. */
  async function downloadedHeadings(page: Page, name: string): Promise<unknown[]> {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const saved = path.join(dir, name);
    await download.saveAs(saved);
    return sheetValues(await readBack(saved), OUTPUT_SHEETS.results.sheet)[0];
  }

  it("the graded demo at 1280 px in zh and en: photographed, axe-clean, and the switch changes the page and the next copy's language", async () => {
    const { page, context, requests, errors } = await open("zh");
    expect(await page.evaluate("document.documentElement.lang")).toBe("zh-CN");
    expect(await page.getByRole("button", { name: "中文", pressed: true }).count()).toBe(1);
    expect(await page.getByTestId("copy-language").textContent()).toBe(LANG_STRINGS.zh.copyNote);
    await gradeIn(page, DEMO, STRINGS.zh.graded(45, 45));
    // No open workbook: a place is text, never a button that does nothing.
    expect(await page.getByRole("button", { name: /^(转到|Go to) / }).count()).toBe(0);
    expect(await page.getByRole("button", { name: STRINGS.zh.openUnit("区统计局") }).count()).toBe(0);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(1280);
    await screenshot(page, "graded", "zh", "web");
    await expectNoAxeViolations(page, "evaluate");
    expect(await downloadedHeadings(page, "zh-copy.xlsx")).toEqual(RESULTS_COLUMNS.map((c) => c.zh));

    // Switched: the page's words change at once; the copy graded before keeps its language, the next one is in English.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: STRINGS.en.graded(45, 45), exact: true }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    expect(await page.getByRole("button", { name: "English", pressed: true }).count()).toBe(1);
    expect(await page.getByTestId("copy-language").textContent()).toBe(LANG_STRINGS.en.copyNote);
    expect(await downloadedHeadings(page, "zh-copy-again.xlsx")).toEqual(RESULTS_COLUMNS.map((c) => c.zh));
    await gradeIn(page, DEMO, STRINGS.en.graded(45, 45));
    expect(await downloadedHeadings(page, "en-copy.xlsx")).toEqual(RESULTS_COLUMNS.map((c) => c.en));
    await screenshot(page, "graded", "en", "web");
    await expectNoAxeViolations(page, "evaluate");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("starts in English for an English browser", async () => {
    const { page, context, requests, errors } = await open("en");
    await page.getByRole("button", { name: "English", pressed: true }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    expect(await page.getByRole("button", { name: "中文", pressed: false }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: WEB_STRINGS.en.title, level: 1 }).count()).toBe(1);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it.each<Lang>(["zh", "en"])(
    "the mistakes workbook (%s): nothing graded, its diagnostics grouped by kind, each item with its table, row and cell as text",
    async (lang) => {
      const strings = STRINGS[lang];
      const file = await writeDemoInput(dir, `mistakes-${lang}.xlsx`, mistakes);
      const expected = await gradeBytes(readFileSync(file), lang, FIXED_NOW);
      if (!expected.ok) throw new Error("the mistakes workbook does not open");
      const h = headlineOf(expected.result);
      expect(h.kind).toBe("none");
      const nan = expected.result.diagnostics.filter((d) => d.code === "NOT_A_NUMBER");
      expect(nan.length).toBeGreaterThan(0);

      const { page, context, requests, errors } = await open(lang);
      await gradeIn(page, file, strings.noneGraded(h.assessed));
      const headline = page.locator('[data-headline="none"]');
      expect(await headline.textContent()).toContain(strings.firstFix);
      const groups = page.locator("[data-group]");
      // In the run summary's order, as the page lists them (summaryRank).
      const codes = groupDiagnostics(expected.result.diagnostics, summaryRank).map((g) => g.code);
      expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")))).toEqual(codes);
      expect(await groups.first().textContent()).toContain(
        strings.groupLine(expected.result.diagnostics.filter((d) => d.code === codes[0]).length, CODE_TITLES[codes[0]].title[lang]),
      );

      const group = page.locator('[data-group][data-code="NOT_A_NUMBER"]');
      await group.getByRole("button", { expanded: false }).click();
      const item = group.locator("li[data-code]").first();
      const first = nan[0];
      expect(await item.textContent()).toContain(first.message[lang]);
      expect(await item.textContent()).toContain(strings.location(tableLabel("Indicators", lang), sheetRowOf(first)));
      expect(await item.textContent()).toContain(formatAddress(first.at!));
      expect(await page.getByRole("button", { name: /^(转到|Go to) / }).count()).toBe(0);
      await expectNoAxeViolations(page, "evaluate");
      await screenshot(page, "mistakes", lang, "web");
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
