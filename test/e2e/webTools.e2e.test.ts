/**
 * The browser page's other tools and its record (issue 19), end to end in
 * Chromium from file://, every other request refused and counted:
 *
 * - a new year's empty workbook: the year asked (the current year until
 *   changed), the download equal to what `appraise template --year Y`
 *   writes, part for part, and read back by openpyxl as the same tables;
 * - verify: a fresh graded copy is "as Appraise wrote it", the same copy with
 *   a Results cell edited by openpyxl is not, naming the cell, each time in
 *   the words of `appraise verify`;
 * - a workbook graded twice with a change in between: the page shows the
 *   units changed since the last run and the hand edit found in Results,
 *   with the pane's components.
 *
 * Needs Chromium (as the other browser tests) and python3-openpyxl (the
 * independent reader and the hand edits).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/engine/types";
import { gradeBytes } from "../../src/hosts/web/gradeBytes";
import { WEB_STRINGS } from "../../src/hosts/web/webStrings";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { describeEditedValue } from "../../src/workbook/audit/auditResults";
import { describeChange } from "../../src/workbook/history/changes";
import { OUTPUT_SHEETS } from "../../src/workbook/ownedSheets";
import { openProblemText } from "../../src/workbook/xlsx/openProblemText";
import { readZip } from "../../src/workbook/xlsx/zip";
import { FIXED_NOW, runCli } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { expectNoAxeViolations } from "./helpers/axe";
import { buildPage, launchWhileBuilding, ROOT, suite } from "./helpers/browser";
import { openOffline, type OfflinePage } from "./helpers/offlinePage";
import { screenshot } from "./helpers/screenshots";
import { localTime } from "../../src/taskpane/strings/localTime";

const DEMO = path.join(ROOT, "examples", "yinhai-2016.xlsx");
const OPENPYXL = findPython(["openpyxl"]);
const RESULTS = OUTPUT_SHEETS.results;

/** Chromium and openpyxl both: each skipped with the install command printed where missing, failed on CI (describeWith). */
function withOpenpyxl(name: string, body: () => void): void {
  suite(name, () => describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", name, body));
}

/** What openpyxl reads of a workbook: each sheet's tables (name, range, headers) and every cell's value. */
const DUMP = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def v(x):
    return x.isoformat() if isinstance(x, (datetime.date, datetime.datetime)) else x
out = []
for ws in wb.worksheets:
    tables = sorted((t.name, t.ref, [c.name for c in t.tableColumns]) for t in ws.tables.values())
    cells = [[v(c.value) for c in row] for row in ws.iter_rows()]
    formats = [[c.number_format for c in row] for row in ws.iter_rows(max_row=2)]
    out.append({"sheet": ws.title, "tables": tables, "cells": cells, "formats": formats, "freeze": ws.freeze_panes})
print(json.dumps(out, ensure_ascii=False))
`;

/**
 * A hand edit in the owned Results, as a person makes it in another program:
 * the Tier of the first unit changed to another tier. Prints the cell's
 * address and its old value.
 */
const EDIT_TIER = `
import sys, openpyxl
src, dst, table, header = sys.argv[1:5]
wb = openpyxl.load_workbook(src)
for ws in wb.worksheets:
    if table in ws.tables:
        first = ws[ws.tables[table].ref.split(":")[0]]
        col = next(c.column for c in ws[first.row] if c.value == header)
        cell = ws.cell(row=first.row + 1, column=col)
        old = cell.value
        cell.value = "二等" if old == "一等" else "一等"
        if len(sys.argv) > 5:
            wb[sys.argv[5]][sys.argv[6]].value = float(sys.argv[7])
        wb.save(dst)
        print(cell.coordinate + "\\t" + str(old) + "\\t" + cell.value)
`;

withOpenpyxl("The page's template, verify and record (dist/web/appraise.html, from file://)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "appraise-web-tools-"));
  const html = path.join(dir, "page", "appraise.html");
  let browser: Browser | undefined;

  beforeAll(async () => {
    await launchWhileBuilding([buildPage(path.join(dir, "page"), "webpack.web.config.js")], (b) => (browser = b));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (lang: Lang): Promise<OfflinePage> => openOffline(browser!, html, lang === "zh" ? "zh-CN" : "en-US", { acceptDownloads: true });
  const openpyxlDump = (file: string): unknown => JSON.parse(runPython(OPENPYXL!, DUMP, [file]));

  /** Clicks `button` and saves the download under `name` in the test's directory; the suggested name too. */
  async function download(page: Page, testId: string, name: string): Promise<{ file: string; suggested: string }> {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    const file = path.join(dir, name);
    await d.saveAs(file);
    return { file, suggested: d.suggestedFilename() };
  }

  /** Grades the demo in the page and downloads the graded copy as `name`. */
  async function gradedCopy(page: Page, name: string): Promise<string> {
    await page.getByTestId("file").setInputFiles(DEMO);
    await page.getByRole("heading", { name: STRINGS.zh.graded(45, 45), exact: true }).waitFor({ timeout: 20_000 });
    return (await download(page, "download", name)).file;
  }

  /** Verifies `file` in the page: whether it passed, and its lines. */
  async function verifyIn(page: Page, file: string): Promise<{ passes: string | null; title: string; lines: string[] }> {
    const before = await page.getByTestId("verified").count();
    await page.getByTestId("verify-file").setInputFiles(file);
    const answer = page.getByTestId("verified");
    if (before > 0) await page.waitForFunction((name) => document.querySelector('[data-testid="verified"]')?.textContent?.includes(name), path.basename(file));
    await answer.waitFor({ timeout: 20_000 });
    const lines = await answer.getByTestId("verify-line").allTextContents();
    const title = (await answer.textContent()) ?? "";
    return { passes: await answer.getAttribute("data-passes"), title, lines };
  }

  /** `appraise verify`'s lines, as the page lists them (each trimmed). */
  async function cliVerify(file: string, lang: Lang): Promise<{ code: number; lines: string[] }> {
    const run = await runCli(["verify", path.basename(file), "--lang", lang], path.dirname(file));
    return {
      code: run.code,
      lines: run.stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.trim()),
    };
  }

  it.each<Lang>(["zh", "en"])(
    "(%s) a new year's empty workbook: the year asked, the download what `appraise template --year` writes",
    async (lang) => {
      const { page, context, requests, errors } = await open(lang);
      const section = page.getByTestId("template");
      const year = section.getByRole("spinbutton", { name: STRINGS[lang].appraisalYear });
      // The current year until changed (the page's clock is fixed at FIXED_NOW).
      expect(await year.inputValue()).toBe(String(FIXED_NOW.getFullYear()));
      await year.fill("2027");
      await year.press("Enter");
      await section.getByRole("button", { name: WEB_STRINGS[lang].templateDownload(2027) }).waitFor();
      const { file, suggested } = await download(page, "template-download", `page-template-${lang}.xlsx`);
      expect(suggested).toBe(WEB_STRINGS[lang].templateName(2027));

      const cli = await runCli(["template", `cli-template-${lang}.xlsx`, "--year", "2027", ...(lang === "en" ? ["--lang", "en"] : [])], dir);
      expect(cli.code).toBe(0);
      const fromCli = path.join(dir, `cli-template-${lang}.xlsx`);
      // Part for part the same bytes (only the zip's own entry times may differ).
      const [pageParts, cliParts] = [readZip(readFileSync(file)), readZip(readFileSync(fromCli))];
      expect([...pageParts.keys()].sort()).toEqual([...cliParts.keys()].sort());
      const differing = [...cliParts].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(pageParts.get(name)!)));
      expect(differing.map(([name]) => name)).toEqual([]);
      // And an independent reader sees the same tables, headers and rules, for 2027.
      const dump = openpyxlDump(file);
      expect(dump).toEqual(openpyxlDump(fromCli));
      expect(JSON.stringify(dump)).toContain("2027-12-31");
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    90_000,
  );

  it("verify: a fresh graded copy is as Appraise wrote it; with a Results cell edited by hand it is not, naming the cell, in `appraise verify`'s words", async () => {
    const { page, context, requests, errors } = await open("zh");
    const copy = await gradedCopy(page, "yinhai-2016.graded.xlsx");

    const fresh = await verifyIn(page, copy);
    const cliFresh = await cliVerify(copy, "zh");
    expect(cliFresh.code).toBe(0);
    expect(fresh.passes).toBe("true");
    expect(fresh.title).toContain(WEB_STRINGS.zh.verifyPasses("yinhai-2016.graded.xlsx"));
    expect(fresh.lines).toEqual(cliFresh.lines);

    const edited = path.join(dir, "edited.graded.xlsx");
    const [cell, was, now] = runPython(OPENPYXL!, EDIT_TIER, [copy, edited, RESULTS.table, "等次"]).trim().split("\t");
    const answer = await verifyIn(page, edited);
    const cliEdited = await cliVerify(edited, "zh");
    expect(cliEdited.code).toBe(1);
    expect(answer.passes).toBe("false");
    expect(answer.title).toContain(WEB_STRINGS.zh.verifyFails("edited.graded.xlsx"));
    expect(answer.lines).toEqual(cliEdited.lines);
    expect(answer.lines).toContain(`${RESULTS.sheet}!${cell} 写的是${now}，按输入应为${was}`);
    await expectNoAxeViolations(page, "evaluate");

    // A file that is not a workbook: the command line's reason, as when grading.
    await page.getByTestId("verify-file").setInputFiles({ name: "units.csv", mimeType: "text/csv", buffer: Buffer.from("单位,类别\n区发改局,经济\n") });
    const refused = page.getByTestId("verify-refused");
    await refused.waitFor({ timeout: 20_000 });
    expect(await refused.textContent()).toBe(WEB_STRINGS.zh.notWorkbook("units.csv") + openProblemText({ kind: "csv" }, "zh"));
    await verifyIn(page, edited);

    // The page's language switched: the same answer in English, as `appraise verify --lang en` words it.
    await page.getByRole("button", { name: "English" }).click();
    const cliEn = await cliVerify(edited, "en");
    await page.getByText(WEB_STRINGS.en.verifyFails("edited.graded.xlsx")).waitFor();
    expect(await page.getByTestId("verify-line").allTextContents()).toEqual(cliEn.lines);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("graded again after a change: the units changed since the last run and the hand edit in Results, as the pane shows them", async () => {
    const { page, context, requests, errors } = await open("zh");
    const copy = await gradedCopy(page, "first.graded.xlsx");
    // Between the runs: a score changed in Indicators and a tier typed over in Results.
    const changed = path.join(dir, "second.xlsx");
    const [cell, , now] = runPython(OPENPYXL!, EDIT_TIER, [copy, changed, RESULTS.table, "等次", "指标考核", "F2", "0"]).trim().split("\t");
    const expected = await gradeBytes(readFileSync(changed), "zh", FIXED_NOW);
    if (!expected.ok || expected.audit === null) throw new Error("the changed copy does not open, or has no Results");
    expect(expected.changes.changes.length).toBeGreaterThan(0);
    expect(expected.audit.edited.map((e) => e.cell)).toEqual([`${RESULTS.sheet}!${cell}`]);

    await page.getByTestId("file").setInputFiles(changed);
    const strings = STRINGS.zh;
    const changes = page.getByText(strings.changesTitle(expected.changes.changes.length));
    await changes.waitFor({ timeout: 20_000 });
    const changeNotice = page.locator(".fui-MessageBar").filter({ has: changes });
    expect(await changeNotice.locator("li").allTextContents()).toEqual(expected.changes.changes.map((c) => describeChange(c, "zh", expected.result.decimals)));
    expect(await changeNotice.textContent()).toContain(strings.changesSince(localTime(expected.changes.since!)));

    const editTitle = page.getByText(strings.handEditTitle(RESULTS.sheet, 1));
    const editNotice = page.locator(".fui-MessageBar").filter({ has: editTitle });
    const [edit] = expected.audit.edited;
    expect(await editNotice.locator("li").allTextContents()).toEqual([`${RESULTS.sheet}!${cell} ${describeEditedValue(edit, "zh")}`]);
    expect(edit.written).toBe(now);
    expect(await editNotice.textContent()).toContain(WEB_STRINGS.zh.handEditHistoryBody(true));
    // The copy to download is graded all the same.
    await page.getByTestId("download").waitFor();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(1280);
    await expectNoAxeViolations(page, "evaluate");
    await screenshot(page, "regraded", "zh", "web");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("a workbook graded the first time shows no changes and no audit", async () => {
    const { page, context } = await open("zh");
    const input = path.join(dir, "fresh.xlsx");
    copyFileSync(DEMO, input);
    await page.getByTestId("file").setInputFiles(input);
    await page.getByTestId("download").waitFor({ timeout: 20_000 });
    expect(await page.getByText(/个单位的结果有变化|被手工改动/).count()).toBe(0);
    await context.close();
  }, 60_000);
});
