/**
 * Puts the fake Excel host where Office.js would be, before any of the pane's
 * modules run (page.tsx imports this first): `Excel.run` is the fake host's
 * `run`, holding the workbook `?workbook=` names (workbooks.ts; the demo,
 * the reference plan's 45 units, seeded, unless told otherwise);
 * `Office` answers onReady, the display language (`?lang=zh|en`), requirement
 * sets (today's Microsoft 365, or `?excelApi=1.1` for an older Excel), document settings and `actions.associate`. Then exposes the workbook on
 * `window.__appraiseFake` for the test.
 */
import { buildWorkbook, formatRect, readSheet, sheetNames, tableInfo } from "../../fakeExcel";
import { declaredFromQuery, isSetSupported } from "../../fakeExcel/requirements";
import type { AppraiseFake, FakeWindow } from "./fakeApi";
import { WORKBOOK_KINDS, workbookTables, type WorkbookKind } from "./workbooks";

const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh";
const displayLanguage = lang === "zh" ? "zh-CN" : "en-US";

const asked = new URLSearchParams(window.location.search).get("workbook");
const kind: WorkbookKind = WORKBOOK_KINDS.find((k) => k === asked) ?? "demo";
const host = buildWorkbook(workbookTables(kind));

/** The requirement sets this host declares: today's, or an older Excel's with `?excelApi=1.1` (../../fakeExcel/requirements.ts). */
const declared = declaredFromQuery(window.location.search);
const settings = new Map<string, unknown>();
const ready = { host: "Excel", platform: "OfficeOnline" };

/** As much of Office.js as the pane and the ribbon command use. */
const fakeOffice = {
  onReady(callback?: (info: typeof ready) => void): Promise<typeof ready> {
    const done = Promise.resolve(ready);
    if (callback !== undefined) void done.then(callback);
    return done;
  },
  context: {
    displayLanguage,
    requirements: { isSetSupported: (name: string, minVersion?: string) => isSetSupported(declared, name, minVersion) },
    document: {
      settings: {
        get: (key: string) => settings.get(key) ?? null,
        set: (key: string, value: unknown) => void settings.set(key, value),
        saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
      },
    },
  },
  actions: { associate: () => undefined },
};

const fake: AppraiseFake = {
  lang,
  displayLanguage,
  sheetNames: () => sheetNames(host),
  tableInfo: (name) => tableInfo(host, name),
  readSheet: (sheet) => readSheet(host, sheet),
  activeSheet: () => (host.store.activeSheetId === null ? null : host.store.sheetById(host.store.activeSheetId).name),
  selection: () => {
    const s = host.store.selection;
    return s === null ? null : { sheet: host.store.sheetById(s.sheetId).name, range: formatRect(s.rect) };
  },
  syncCount: () => host.syncCount,
};

const g = window as unknown as FakeWindow & { Office: unknown; Excel: unknown };
g.Excel = { run: host.run };
g.Office = fakeOffice;
g.__appraiseFake = fake;
