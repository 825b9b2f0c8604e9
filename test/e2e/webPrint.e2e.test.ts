/**
 * Printing without LibreOffice (issue 19, must-show 3): builds
 * dist/web/appraise.html into a temporary directory, opens it from file://
 * in Debian's Chromium with every request that is not the file itself
 * refused and counted, grades the demo, presses 打印考评通报和反馈单 and
 * prints the print view to PDF with Chromium as the browser's Save as PDF
 * would. Read back with poppler (pdfinfo, pdftotext): the 考评通报's pages,
 * then 45 letter pages, one letter a page, and the same text, letter by
 * letter and for the notice as a whole, as `appraise print` (LibreOffice)
 * gives for the same file at the same time. The two are laid out by
 * different programs with different fonts (LibreOffice scales the sheet to
 * the page's width, Chromium lays the table out at the looks' sizes), so a
 * long cell can wrap in one and not the other, and pdftotext then reads the
 * wrapped piece after the rest of its row: the notice must be equal, and
 * each letter too, with white space removed, unless it differs only by
 * such wraps (sameLetter). The PDFs and texts are kept in
 * test-output/web-print/.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { hasSoffice, runCli } from "../helpers/cli";
import { openOffline } from "./helpers/offlinePage";
import { buildPage, launchWhileBuilding, ROOT, suite } from "./helpers/browser";
import { describeWith } from "../helpers/external";

const DEMO = path.join(ROOT, "examples", "yinhai-2016.xlsx");
const KEEP = path.join(ROOT, "test-output", "web-print");
const LETTER_TITLE = "2016年度绩效考评结果反馈单";
/** The machine's environment (PATH finds soffice), in Chinese as the page. */
const ENV = { ...(process.env as Record<string, string>), LANG: "zh_CN.UTF-8", LC_ALL: "" };

const POPPLER = spawnSync("pdfinfo", ["-v"], { encoding: "utf8" }).status === 0;
const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
/** The PDF's text, page by page (pdftotext's layout mode: lines as on paper). */
function pdfPages(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  writeFileSync(path.join(KEEP, `${path.basename(pdf, ".pdf")}.txt`), text);
  return text.split("\f").slice(0, pageCount(pdf));
}
const squeeze = (text: string): string => text.replace(/\s+/g, "");

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/**
 * True when `word` is, in the other printout's words, a piece of one (it
 * wrapped here) or a run of several (they wrapped there).
 * @example
 * wrapped("改革创新", ["改革", "创新"]) //=> true
 */
function wrapped(word: string, other: readonly string[]): boolean {
  if (other.some((o) => o.includes(word))) return true;
  const words = new Set(other);
  const ends = [true, ...Array.from(word, () => false)];
  for (let i = 1; i <= word.length; i++) for (let j = 0; j < i && !ends[i]; j++) ends[i] = ends[j]! && words.has(word.slice(j, i));
  return ends[word.length]!;
}

/**
 * What differs between a letter as the page printed it and as appraise
 * print did, beyond white space and wrapping: [] when their text is equal
 * with white space removed, or when it has the same characters, the lines
 * both have come in the same order, and every word of a line only one has
 * is a wrapped piece of the other's (a cell wrapped in one of them).
 */
function letterDifferences(web: string, cli: string): string[] {
  if (squeeze(web) === squeeze(cli)) return [];
  const problems: string[] = [];
  if ([...squeeze(web)].sort().join("") !== [...squeeze(cli)].sort().join("")) problems.push("not the same characters");
  const [w, c] = [lines(web), lines(cli)];
  const [wKeys, cKeys] = [new Set(w.map(squeeze)), new Set(c.map(squeeze))];
  const common = (list: string[], other: Set<string>) => list.map(squeeze).filter((k) => other.has(k));
  if (common(w, cKeys).join("\n") !== common(c, wKeys).join("\n")) problems.push("the lines both have are in another order");
  const onlyWords = (list: string[], other: Set<string>) => list.filter((l) => !other.has(squeeze(l))).flatMap((l) => l.split(/\s+/));
  const [wOnly, cOnly] = [onlyWords(w, cKeys), onlyWords(c, wKeys)];
  for (const [from, into] of [
    [wOnly, cOnly],
    [cOnly, wOnly],
  ] as const)
    for (const word of from) if (!wrapped(word, into)) problems.push(`"${word}" is not a wrapped piece of the other's words`);
  return problems;
}

/** The notice (the pages before the first letter) and the letters (a page each). */
function paperwork(pages: readonly string[]): { notice: string; letters: string[] } {
  const first = pages.findIndex((p) => p.includes(LETTER_TITLE));
  return { notice: pages.slice(0, first).join("\n"), letters: pages.slice(first) };
}

/** As the other suites: skipped with a message on a machine without the tools, failed on CI (describeWith); and Chromium's (suite). */
const describePrint = (name: string, body: () => void): void =>
  describeWith("LibreOffice and poppler-utils", hasSoffice() && POPPLER, "apt-get install -y libreoffice-calc-nogui poppler-utils", name, () =>
    suite(name, body),
  );

describePrint("Printing in the browser (dist/web/appraise.html's print view, from file://)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "appraise-web-print-"));
  const html = path.join(dir, "page", "appraise.html");
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(KEEP, { recursive: true });
    await launchWhileBuilding([buildPage(path.join(dir, "page"), "webpack.web.config.js")], (b) => (browser = b));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The page's print view of the demo as Chromium prints it to PDF; window.print() is counted, not run. */
  async function printInPage(pdf: string): Promise<{ requests: string[]; errors: string[]; printed: unknown }> {
    const { page, context, requests, errors } = await openOffline(browser!, html, "zh-CN");
    await page.evaluate("window.__printed = 0; window.print = () => { window.__printed += 1; };");
    await page.getByTestId("file").setInputFiles(DEMO);
    await page.getByTestId("print").click({ timeout: 20_000 });
    await page.getByTestId("print-view").waitFor();
    const printed = await page.evaluate("window.__printed");
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    await context.close();
    return { requests, errors, printed };
  }

  it("prints the demo's 考评通报 and its 45 反馈单, a letter a page, with appraise print's text, and makes no request", async () => {
    const webPdf = path.join(KEEP, "page.pdf");
    const { requests, errors, printed } = await printInPage(webPdf);
    expect(printed).toBe(1);

    copyFileSync(DEMO, path.join(dir, "yinhai-2016.xlsx"));
    expect((await runCli(["score", "yinhai-2016.xlsx", "--lang", "zh"], dir, ENV)).code).toBe(0);
    const run = await runCli(["print", "yinhai-2016.graded.xlsx", "--out", "cli.pdf", "--lang", "zh"], dir, ENV);
    expect(run.stderr).toBe("");
    copyFileSync(path.join(dir, "cli.pdf"), path.join(KEEP, "cli.pdf"));

    const web = paperwork(pdfPages(webPdf));
    const cli = paperwork(pdfPages(path.join(KEEP, "cli.pdf")));
    // 45 letter pages, each holding one letter's title, after the notice's pages.
    expect(web.letters).toHaveLength(45);
    expect(web.letters.map((p) => p.split(LETTER_TITLE).length - 1)).toEqual(Array(45).fill(1));
    expect(web.notice).toContain("2016年度绩效考评结果");
    expect(pageCount(webPdf)).toBe(45 + pdfPages(webPdf).indexOf(web.letters[0]!));
    // The same text as appraise print's, letter by letter.
    expect(cli.letters).toHaveLength(45);
    const differences = web.letters.flatMap((letter, i) => letterDifferences(letter, cli.letters[i]!).map((d) => `letter ${i + 1}: ${d}`));
    expect(differences).toEqual([]);
    expect(squeeze(web.notice)).toBe(squeeze(cli.notice));
    // Not vacuous: the letters are the units' own, in order, and the check sees a changed figure.
    expect(web.letters[0]).toContain("区政府采购中心");
    expect(letterDifferences(web.letters[0]!.replace("981.27", "981.72"), cli.letters[0]!)).not.toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
