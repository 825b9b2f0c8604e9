/** @jest-environment jsdom */
/**
 * The task pane's inline guard (src/hosts/excel/guard.js) run in a page with
 * a stand-in Office.js: for each cause (opened outside Office, an Office
 * without the API, an engine too old) the pane is hidden and the box says,
 * in Chinese then English, a heading, the reason, the next step and what to
 * use instead; an Office with the API is left alone. The built page is
 * checked in Chromium by test/e2e/addinBuild.e2e.test.ts.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

const GUARD = readFileSync(path.join(__dirname, "..", "..", "src", "hosts", "excel", "guard.js"), "utf8");

interface Stand {
  /** The host Office.onReady reports, null outside Office. */
  readonly host: string | null;
  /** The requirement sets isSetSupported says yes to. */
  readonly sets: readonly string[];
  /** Whether the engine has fetch (the guard's test of an old engine fails without it). */
  readonly fetch: boolean;
}

const globals = window as unknown as Record<string, unknown>;

/** Runs the guard as taskpane.html does, after Office.js, and returns the box's lines as [tag, text]. */
function guard(stand: Stand): { cause: string | null; paneShown: boolean; lines: [string, string][] } {
  document.documentElement.removeAttribute("data-appraise-unsupported");
  document.body.innerHTML = '<div id="container">pane</div>';
  globals.fetch = stand.fetch ? (): Promise<never> => new Promise(() => undefined) : undefined;
  globals.Office = {
    onReady: (callback: (info: { host: string | null }) => void) => callback({ host: stand.host }),
    context: { requirements: { isSetSupported: (name: string, version: string) => stand.sets.includes(`${name} ${version}`) } },
  };
  new Function(GUARD)();
  const box = document.getElementById("appraise-unsupported");
  return {
    cause: document.documentElement.getAttribute("data-appraise-unsupported"),
    paneShown: document.getElementById("container")?.style.display !== "none",
    lines: box === null ? [] : Array.from(box.children, (e) => [e.tagName.toLowerCase(), e.textContent ?? ""]),
  };
}

const BOTH = ["ExcelApi 1.9", "SharedRuntime 1.1"];
const TAGS = ["h1", "p", "p", "p", "h2", "p", "p", "p"];

afterEach(() => {
  delete globals.Office;
  delete globals.fetch;
});

describe("the pane's guard", () => {
  it("outside Office: hides the pane and says to open it in Excel, in Chinese then English", () => {
    const shown = guard({ host: null, sets: BOTH, fetch: true });
    expect(shown.cause).toBe("outside");
    expect(shown.paneShown).toBe(false);
    expect(shown.lines.map(([tag]) => tag)).toEqual(TAGS);
    const text = shown.lines.map(([, t]) => t);
    expect(text[0]).toMatch(/需要在 Excel 中打开$/);
    expect(text[1]).toMatch(/^原因：此页面不在 Office 中打开/);
    expect(text[2]).toBe("在 Excel 中：开始 › 加载项，选择“绩效考评”。");
    expect(text[3]).toMatch(/^可改用：浏览器页面 appraise\.html/);
    expect(text[4]).toMatch(/open it in Excel$/);
    expect(text[5]).toMatch(/^Why: this page is not open in Office/);
    expect(text[6]).toBe("In Excel: Home › Add-ins, then choose Appraise.");
    expect(text[7]).toMatch(/^Use instead: the browser page appraise\.html/);
    expect(document.getElementById("appraise-unsupported")?.getAttribute("role")).toBe("alert");
  });

  it.each([
    [["ExcelApi 1.9"], "SharedRuntime 1.1", "SharedRuntime 1.1"],
    [[], "ExcelApi 1.9、SharedRuntime 1.1", "ExcelApi 1.9, SharedRuntime 1.1"],
  ])("in an Office with only %j: names the missing sets (%s) and the Excel it needs", (sets, zh, en) => {
    const shown = guard({ host: "Excel", sets, fetch: true });
    expect(shown.cause).toBe("api");
    expect(shown.paneShown).toBe(false);
    expect(shown.lines.map(([tag]) => tag)).toEqual(TAGS);
    const text = shown.lines.map(([, t]) => t);
    expect(text[0]).toBe("此版本的 Office 无法运行“绩效考评”面板");
    expect(text[1]).toBe(`原因：此 Office 缺少所需的 Excel 接口（${zh}）。`);
    expect(text[2]).toMatch(/^需要 Microsoft 365/);
    expect(text[4]).toBe("This version of Office cannot run the Appraise pane");
    expect(text[5]).toBe(`Why: this Office lacks the Excel API the pane needs (${en}).`);
    expect(text[6]).toMatch(/^It needs Excel in Microsoft 365/);
  });

  it("in an engine too old: says Internet Explorer or Edge Legacy cannot run the pane, before Office is ready", () => {
    const shown = guard({ host: "Excel", sets: BOTH, fetch: false });
    expect(shown.cause).toBe("engine");
    expect(shown.paneShown).toBe(false);
    const text = shown.lines.map(([, t]) => t);
    expect(text[1]).toBe("原因：此 Office 用 Internet Explorer 或旧版 Edge 显示加载项，无法运行本面板。");
    expect(text[5]).toBe("Why: this Office shows add-ins in Internet Explorer or Edge Legacy, which cannot run the pane.");
    expect(text.join("\n")).not.toMatch(/[{}]/);
  });

  it("in an Office with the API the manifest requires: leaves the pane alone", () => {
    const shown = guard({ host: "Excel", sets: BOTH, fetch: true });
    expect(shown).toEqual({ cause: null, paneShown: true, lines: [] });
  });
});
