/**
 * What the end-to-end page exposes on `window.__appraiseFake`, for the test
 * to read the fake workbook (page.evaluate) without reaching into its store.
 */
import type { PlainCell, TableInfo } from "../../fakeExcel";

export interface FakeSelection {
  /** The sheet's name. */
  readonly sheet: string;
  /** "F7" or "A1:F1". */
  readonly range: string;
}

export interface AppraiseFake {
  /** The pane's language as chosen by `?lang=` ("zh" unless "en"). */
  readonly lang: "zh" | "en";
  /** What `Office.context.displayLanguage` answers: "zh-CN" or "en-US". */
  readonly displayLanguage: string;
  readonly sheetNames: () => string[];
  readonly tableInfo: (name: string) => TableInfo | undefined;
  readonly readSheet: (sheet: string) => PlainCell[][];
  /** The active sheet's name. */
  readonly activeSheet: () => string | null;
  /** The last range selected through `Range.select()`, or null. */
  readonly selection: () => FakeSelection | null;
  /** Syncs the pane has made so far. */
  readonly syncCount: () => number;
}

/** The window of the end-to-end page. */
export type FakeWindow = Window & { __appraiseFake: AppraiseFake };
