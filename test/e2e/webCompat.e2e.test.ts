/**
 * The browser page on old engines (issue 19, "Browsers"): the oldest engine we
 * support is Chromium 83 (the 奇安信可信浏览器 and the UOS browser on Kylin and
 * UOS desktops; see the README), whose JavaScript is ES2020.
 *
 * - scripts/check-web-syntax.js fails on newer syntax, in the page's script and
 *   in the worker's, and passes what Chromium 83 parses;
 * - the polyfills in scripts/web-polyfills/ work where the built-ins are missing;
 * - the page built by webpack.web.config.js parses as ES2020, and every
 *   built-in newer than Chromium 83 that its scripts call is one the script's
 *   polyfills provide.
 *
 * - and in Debian's Chromium made to look like Chromium 83 to the page (the
 *   built-ins it lacks deleted, in the page and in the worker, and `:is()`
 *   selectors refused), the page still grades the demo and offers the
 *   download, with no error.
 *
 * Builds the page into a temporary directory (about a minute); the last test
 * needs Chromium (skipped without it, as the other browser tests).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { chromium } from "playwright-core";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { readZip } from "../../src/workbook/xlsx/zip";
import { buildPage, CHROMIUM, CHROMIUM_ARGS, ROOT, suite } from "./helpers/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkPage, inlineScripts } = require("../../scripts/check-web-syntax.js") as {
  checkPage: (html: string, ecmaVersion?: number) => string[];
  inlineScripts: (html: string) => { label: string; type: string; code: string }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withoutIs } = require("../../scripts/web-polyfills/page.js") as { withoutIs: (selector: string) => string };

const page = (script: string, worker = "self.onmessage = () => {};") =>
  `<!doctype html><html><head><script type="application/json">{"a": 1}</script></head><body>` +
  `<script type="text/x-appraise-worker" id="appraise-worker">${worker}</script><script>${script}</script></body></html>`;

describe("the syntax check at ES2020", () => {
  it("passes what Chromium 83 parses: optional chaining, ??, BigInt, regex property escapes", () => {
    expect(checkPage(page("const a = window.x?.y ?? 1n; /\\p{L}/u.test('a'); class A { m() { return a; } }"), 2020)).toEqual([]);
  });

  it.each([
    ["logical assignment (ES2021)", "let a; a ??= 1;"],
    ["class fields (ES2022)", "class A { x = 1; }"],
    ["private methods (ES2022)", "class A { #m() {} }"],
    ["class static blocks (ES2022)", "class A { static { } }"],
    ["ergonomic brand checks (ES2022)", "class A { #x; is(o) { return #x in o; } }"],
  ])("fails on %s in the page's script, naming it", (_what, snippet) => {
    const problems = checkPage(page(snippet), 2020);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^<script> at line \d+ is newer than ES2020/);
  });

  it("checks the worker's script too, and ignores data scripts", () => {
    const problems = checkPage(page("1;", "class Sum { total = 0; }"), 2020);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^<script type="text\/x-appraise-worker" id="appraise-worker">.* newer than ES2020/);
    expect(inlineScripts(page("1;")).map((s) => s.type)).toEqual(["text/x-appraise-worker", ""]);
  });

  it("fails a page with no script and a page that loads one from a file", () => {
    expect(checkPage("<html><body></body></html>")).toEqual(["the page has no inline script: is the build broken?"]);
    expect(() => checkPage('<script src="a.js"></script>')).toThrow(/loads a script from a file/);
  });
});

/** A fresh realm without the named built-ins, with a polyfill file run in it. */
function realmWithout(deletions: string, polyfill: string, extra: Record<string, unknown> = {}) {
  const context = vm.createContext({ module: undefined, ...extra });
  vm.runInContext(deletions, context);
  vm.runInContext(readFileSync(path.join(ROOT, "scripts", "web-polyfills", polyfill), "utf8"), context);
  return context;
}

describe("the polyfills, where the engine lacks the built-in", () => {
  it("worker: Object.hasOwn and Array.prototype.at", () => {
    const realm = realmWithout("delete Object.hasOwn; delete Array.prototype.at;", "worker.js");
    expect(vm.runInContext("[Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn(Object.create({ a: 1 }), 'a')]", realm)).toEqual([
      true,
      false,
      false,
    ]);
    expect(() => vm.runInContext("Object.hasOwn(null, 'a')", realm)).toThrow(/null or undefined/);
    expect(vm.runInContext("[[1, 2, 3].at(-1), [1, 2, 3].at(0), [1, 2, 3].at(3), [].at(-1), [1, 2].at(-3), [1, 2].at(1.7)]", realm)).toEqual([
      3,
      1,
      undefined,
      undefined,
      undefined,
      2,
    ]);
    expect(vm.runInContext("Object.keys(Array.prototype).length", realm)).toBe(0);
  });

  it("page: WeakRef, and :is(…) rewritten for matches and querySelector", () => {
    const realm = realmWithout("delete globalThis.WeakRef;", "page.js");
    expect(vm.runInContext("const o = {}; new WeakRef(o).deref() === o", realm)).toBe(true);
    expect(() => vm.runInContext("new WeakRef(1)", realm)).toThrow(/must be an object/);
    expect(withoutIs(":is(a[href], button, details > summary):not(:disabled)")).toBe(
      "a[href]:not(:disabled), button:not(:disabled), details > summary:not(:disabled)",
    );
    expect(withoutIs("div :is(a, b) > i")).toBe("div a > i, div b > i");
    expect(withoutIs(":is(a, :is(b, c))")).toBe("a, b, c");
    expect(withoutIs("input:not([type='a,b'])")).toBe("input:not([type='a,b'])");
  });

  it("leave a current engine's own built-ins in place", () => {
    const realm = realmWithout("globalThis.before = [Object.hasOwn, Array.prototype.at, WeakRef];", "worker.js");
    vm.runInContext(readFileSync(path.join(ROOT, "scripts", "web-polyfills", "page.js"), "utf8"), realm);
    expect(vm.runInContext("before[0] === Object.hasOwn && before[1] === Array.prototype.at && before[2] === WeakRef", realm)).toBe(true);
  });
});

/**
 * Built-ins newer than Chromium 83 that a bundle could call, as they appear in
 * minified code, with the Chrome version that brought them.
 */
const NEWER_BUILTINS: readonly { name: string; since: number; pattern: RegExp }[] = [
  { name: "WeakRef", since: 84, pattern: /\bWeakRef\b/ },
  { name: "FinalizationRegistry", since: 84, pattern: /\bFinalizationRegistry\b/ },
  { name: "String.prototype.replaceAll", since: 85, pattern: /\.replaceAll\(/ },
  { name: "Promise.any", since: 85, pattern: /\bPromise\.any\(/ },
  { name: "AggregateError", since: 85, pattern: /\bAggregateError\b/ },
  { name: ":is() selectors", since: 88, pattern: /:is\(/ },
  { name: "Array.prototype.at", since: 92, pattern: /\.at\(-?[\w.]*\)/ },
  { name: "crypto.randomUUID", since: 92, pattern: /\.randomUUID\(/ },
  { name: "Object.hasOwn", since: 93, pattern: /\bObject\.hasOwn\(/ },
  { name: "Array.prototype.findLast / findLastIndex", since: 97, pattern: /\.findLastIndex\(|\bArray\.prototype\.findLast\b/ },
  { name: "structuredClone", since: 98, pattern: /\bstructuredClone\(/ },
  { name: "AbortSignal.timeout", since: 103, pattern: /\bAbortSignal\.timeout\(/ },
  { name: "Array.prototype.toSorted / toReversed / toSpliced", since: 110, pattern: /\.to(Sorted|Reversed|Spliced)\(/ },
  { name: "String.prototype.isWellFormed", since: 111, pattern: /\.(is|to)WellFormed\(/ },
  { name: "Object.groupBy / Map.groupBy", since: 117, pattern: /\b(Object|Map)\.groupBy\(/ },
  { name: "Promise.withResolvers", since: 119, pattern: /\bPromise\.withResolvers\(/ },
  { name: "Set methods (union, …)", since: 122, pattern: /\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/ },
];

/** What each bundle's polyfill file provides (its header's table); the template's worker (ExcelJS's ES5 build) needs none. */
const POLYFILLED = { page: ["WeakRef", ":is() selectors"], worker: ["Array.prototype.at", "Object.hasOwn"], template: [] };

/** Deletes the built-ins newer than Chromium 83 from a realm (page or worker). */
const REMOVE_NEWER_BUILTINS = `
  for (const [o, k] of [[Object, "hasOwn"], [Array.prototype, "at"], [String.prototype, "at"], [String.prototype, "replaceAll"],
      [Array.prototype, "findLast"], [Array.prototype, "findLastIndex"], [Array.prototype, "toSorted"], [Array.prototype, "toReversed"],
      [Promise, "any"], [Promise, "withResolvers"], [Object, "groupBy"], [self, "WeakRef"], [self, "FinalizationRegistry"],
      [self, "AggregateError"], [self, "structuredClone"]]) delete o[k];
  if (self.crypto) delete Object.getPrototypeOf(self.crypto).randomUUID;
  if (self.AbortSignal) delete AbortSignal.timeout;
`;

/**
 * Run before the page's script: the page's realm loses the newer built-ins and
 * refuses `:is()` selectors as Chromium 83 does; the worker's (made from a
 * Blob of JavaScript) gets the same deletions first.
 */
const LOOK_LIKE_CHROMIUM_83 = `(() => {
  ${REMOVE_NEWER_BUILTINS}
  for (const P of [Element.prototype, Document.prototype, DocumentFragment.prototype])
    for (const n of ["matches", "closest", "querySelector", "querySelectorAll"]) {
      const f = P[n];
      if (typeof f !== "function") continue;
      P[n] = function (s, ...r) {
        if (typeof s === "string" && s.includes(":is(")) throw new DOMException("'" + s + "' is not a valid selector.", "SyntaxError");
        return f.call(this, s, ...r);
      };
    }
  const RealBlob = Blob;
  window.Blob = function (parts, options) {
    if (options && /javascript/.test(options.type || "")) {
      parts = [${JSON.stringify(REMOVE_NEWER_BUILTINS)}, ...parts];
      window.__oldWorker = true;
    }
    return new RealBlob(parts, options);
  };
  window.Blob.prototype = RealBlob.prototype;
})();`;

describe("the built page", () => {
  let outDir: string;
  let html: string;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "appraise-web-compat-"));
    await buildPage(outDir, "webpack.web.config.js");
    html = readFileSync(path.join(outDir, "appraise.html"), "utf8");
  }, 240_000);

  afterAll(() => {
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  });

  it("parses as ES2020: the page's script and the workers', our code and node_modules' alike", () => {
    expect(inlineScripts(html).map((s) => s.type)).toEqual(["text/x-appraise-worker", "text/x-appraise-worker", ""]);
    expect(checkPage(html, 2020)).toEqual([]);
  });

  it("calls no built-in newer than Chromium 83 that its own polyfills do not provide", () => {
    const used = (code: string) => NEWER_BUILTINS.filter((b) => b.pattern.test(code)).map((b) => b.name);
    const [worker, template, pageScript] = inlineScripts(html);
    expect(template.label).toMatch(/id="appraise-template-worker"/);
    expect(used(pageScript.code)).toEqual(POLYFILLED.page);
    expect(used(worker.code)).toEqual(POLYFILLED.worker);
    expect(used(template.code)).toEqual(POLYFILLED.template);
  });
  suite("in Chromium made to look like Chromium 83", () => {
    it("grades the demo and offers the download, and writes a new year's workbook, with no error", async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
      try {
        const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.addInitScript(LOOK_LIKE_CHROMIUM_83);
        await page.goto(`file://${path.join(outDir, "appraise.html")}`);
        expect(await page.evaluate(() => [typeof Object.hasOwn, typeof WeakRef === "function" && !/native code/.test(String(WeakRef))])).toEqual([
          "undefined",
          true,
        ]);
        await page.getByTestId("file").setInputFiles(path.join(ROOT, "examples", "yinhai-2016.xlsx"));
        await page.getByText(STRINGS.zh.graded(45, 45)).first().waitFor({ timeout: 60_000 });
        await page.keyboard.press("Tab");
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
        expect(download.suggestedFilename()).toBe("yinhai-2016.graded.xlsx");
        const [template] = await Promise.all([page.waitForEvent("download"), page.getByTestId("template-download").click()]);
        expect(template.suggestedFilename()).toMatch(/^绩效考评-\d{4}\.xlsx$/);
        expect(readZip(readFileSync(await template.path())).has("xl/workbook.xml")).toBe(true);
        expect(await page.evaluate(() => (window as unknown as { __oldWorker?: boolean }).__oldWorker)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
});
