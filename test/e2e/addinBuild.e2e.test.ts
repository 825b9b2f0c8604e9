/**
 * The add-in's real build in Chromium (issue 21): webpack.config.js builds
 * the intranet build (APPRAISE_PROD_URL and APPRAISE_OFFICE_JS=local) into a
 * temporary directory, served from 127.0.0.1 (helpers/browser.ts), and
 * taskpane.html is opened as Office would open it.
 *
 * - The intranet build: with the real office.js copied from
 *   @microsoft/office-js into office-js/, no request leaves 127.0.0.1 (every
 *   request is routed and those elsewhere are counted and refused).
 * - The inline guard (src/hosts/excel/guard.js): the built page's inline
 *   script parses as ES5; with office-js/office.js answered by a stand-in
 *   for Office whose requirement sets are Excel 2016's (ExcelApi 1.1) the
 *   page shows the bilingual message and not the pane; with today's sets it
 *   shows the pane and no message; in an engine that cannot compile the
 *   pane's syntax (Function throwing SyntaxError, as Internet Explorer 11
 *   does on `?.`) it shows the message without Office.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import * as acorn from "acorn";
import type { Browser, Page } from "playwright-core";
import { CURRENT_SETS, EXCEL_2016_SETS, FAKE_IS_SET_SUPPORTED_JS, type DeclaredSets } from "../fakeExcel/requirements";
import { PANE, buildPage, closeServer, launchWhileBuilding, serve, suite } from "./helpers/browser";

const PROD_URL = "https://appraise.example.gov.cn/addin/";

/** A stand-in for office.js: Office with `declared` requirement sets, in Excel on Windows, and no Excel API. */
function fakeOfficeJs(declared: DeclaredSets): string {
  // Office's language is English, the page's zh-CN: the pane's entry, when it runs, makes the page en-US.
  return `${FAKE_IS_SET_SUPPORTED_JS}
var DECLARED = ${JSON.stringify(declared)};
window.Office = {
  onReady: function (callback) {
    var done = Promise.resolve({ host: "Excel", platform: "PC" });
    if (callback) done.then(callback);
    return done;
  },
  context: {
    displayLanguage: "en-US",
    requirements: { isSetSupported: function (name, minVersion) { return fakeIsSetSupported(DECLARED, name, minVersion); } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } } }
  },
  actions: { associate: function () {} }
};`;
}

let browser: Browser | undefined;
let server: Server | undefined;
let origin = "";
let outDir = "";

/** Opens taskpane.html; `officeJs` replaces office-js/office.js when given. Returns the page and the requests that left 127.0.0.1. */
async function open(officeJs?: string, init?: string): Promise<{ page: Page; outside: string[]; missing: string[] }> {
  if (browser === undefined) throw new Error("No browser");
  const context = await browser.newContext({ viewport: PANE, locale: "zh-CN" });
  const outside: string[] = [];
  const missing: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${origin}/`)) {
      outside.push(url);
      return route.abort("blockedbyclient");
    }
    if (officeJs !== undefined && url === `${origin}/office-js/office.js`) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("response", (r) => void (r.status() >= 400 && missing.push(`HTTP ${r.status()}: ${r.url()}`)));
  if (init !== undefined) await page.addInitScript(init);
  await page.goto(`${origin}/taskpane.html`, { waitUntil: "networkidle" });
  return { page, outside, missing };
}

const unsupported = (page: Page): Promise<string | null> => page.evaluate(() => document.documentElement.getAttribute("data-appraise-unsupported"));

suite("the add-in's intranet build in Chromium (APPRAISE_OFFICE_JS=local)", () => {
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "appraise-addin-"));
    await launchWhileBuilding(
      [buildPage(outDir, "webpack.config.js", { APPRAISE_PROD_URL: PROD_URL, APPRAISE_OFFICE_JS: "local", APPRAISE_SOURCE_MAPS: "" })],
      (b) => (browser = b),
    );
    ({ server, origin } = await serve(outDir));
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  });

  it("loads taskpane.html and Microsoft's office.js from its own host: no request leaves 127.0.0.1", async () => {
    const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    // The page is minified: attribute values lose their quotes.
    expect(html).toMatch(/src="?office-js\/office\.js"?>/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    const { page, outside, missing } = await open();
    // office.js really ran (Microsoft's, not a stand-in) and the page asked for nothing elsewhere.
    expect(await page.evaluate(() => typeof (window as unknown as { OSF?: unknown }).OSF)).toBe("object");
    expect(outside).toEqual([]);
    expect(missing).toEqual([]);
    // Outside Office there is no host: the guard says where the pane runs instead of a blank page.
    await page.locator("#appraise-unsupported").waitFor();
    expect(await unsupported(page)).toBe("outside");
    expect(await page.locator("#appraise-unsupported").innerText()).toContain("open it in Excel");
    await page.context().close();
  });

  it("the manifest points at APPRAISE_PROD_URL and says Office.js comes from that host", () => {
    const manifest = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/https:\/\/[^"\s<]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(PROD_URL)).toBe(true);
    expect(manifest).toMatch(/office-js\/office\.js on that host \(@microsoft\/office-js 1\.1\.110/);
  });

  it("the guard inlined in the built page parses as ES5", () => {
    const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("data-appraise-unsupported");
    expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
    // The bundles it stands before are not ES5: that is why it is there.
    const bundle = html.match(/src="(taskpane\.[0-9a-f]+\.js)"/)?.[1] ?? "";
    expect(() => acorn.parse(readFileSync(path.join(outDir, bundle), "utf8"), { ecmaVersion: 5 })).toThrow();
  });

  it("with Excel 2016's requirement sets (ExcelApi 1.1) shows the message, in Chinese and English, instead of the pane", async () => {
    const { page } = await open(fakeOfficeJs(EXCEL_2016_SETS));
    const alert = page.locator("#appraise-unsupported");
    await alert.waitFor();
    expect(await unsupported(page)).toBe("api");
    const text = await alert.innerText();
    expect(text).toContain("此版本的 Office 无法运行“绩效考评”面板");
    expect(text).toContain("ExcelApi 1.9、SharedRuntime 1.1");
    expect(text).toContain("This version of Office cannot run the Appraise pane");
    expect(text).toContain("appraise.html");
    expect(text).toContain("appraise score");
    expect(await page.locator("#container").evaluate((e) => getComputedStyle(e).display)).toBe("none");
    expect(await page.locator("#container").evaluate((e) => e.childElementCount)).toBe(0);
    // The pane's entry stopped at the guard's mark: it never took Office's language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.context().close();
  });

  it("with today's requirement sets starts the pane and shows no message", async () => {
    const { page } = await open(fakeOfficeJs(CURRENT_SETS));
    // The pane's entry ran past the guard (it takes Office's language); the stand-in has no Excel to show a workbook from.
    await page.waitForFunction(() => document.documentElement.lang === "en-US");
    expect(await page.locator("#container").evaluate((e) => getComputedStyle(e).display)).not.toBe("none");
    expect(await unsupported(page)).toBeNull();
    expect(await page.locator("#appraise-unsupported").count()).toBe(0);
    await page.context().close();
  });

  it("in an engine that cannot compile the pane's syntax shows the message before Office answers", async () => {
    // Internet Explorer 11 throws SyntaxError on `?.`; Chromium is made to, through the Function constructor the guard compiles with.
    const oldEngine = `(() => { const F = window.Function; window.Function = function (...a) { if (a.join(",").includes("?.")) throw new SyntaxError("Expected identifier"); return F(...a); }; })();`;
    const { page } = await open(fakeOfficeJs(CURRENT_SETS), oldEngine);
    await page.locator("#appraise-unsupported").waitFor();
    expect(await unsupported(page)).toBe("engine");
    expect(await page.locator("#appraise-unsupported").innerText()).toContain("Internet Explorer");
    await page.context().close();
  });
});
