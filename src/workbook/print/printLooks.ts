/**
 * How the print sheets (考评通报, 反馈单) look on paper, declared once as
 * data: each kind of print cell's font, fill, borders, alignment, number
 * format and line height, and the page every print sheet is printed on.
 * The adapters translate it and decide nothing: the package writer into
 * styles.xml entries through its style book (xlsx/renderPrintSheet.ts), the
 * Office.js adapter into `Range.format` calls (excel/printSteps.ts), a new
 * host into its own. The plan (printPlan.ts) says which kind each cell is.
 */

/** The kinds of print cell (see PRINT_LOOKS for how each looks). */
export type PrintStyle =
  /** The document's title: large, bold, centred. */
  | "title"
  /** A section heading (a category, a unit's name, the appeal line): bold. */
  | "heading"
  /** A line of text across the page, wrapped. */
  | "line"
  /** The header row of a small table: bold, bordered, shaded. */
  | "tableHeader"
  /** A cell of a small table: bordered. */
  | "cell"
  /** A number cell of a small table: bordered, right-aligned, with the plan's score format. */
  | "number"
  /** Small print: a note, a diagnostic. */
  | "note";

/** One kind of print cell's look. */
export interface PrintLook {
  readonly bold: boolean;
  /** Font size in points (the host's body font: Calibri 11 in a new workbook). */
  readonly size: number;
  /** Font colour "RRGGBB", or null for automatic. */
  readonly color: string | null;
  /** Solid fill "RRGGBB", or null for none. */
  readonly fill: string | null;
  /** Thin continuous borders on every edge of the cell. */
  readonly border: boolean;
  readonly wrap: boolean;
  /** Null: general (text left, numbers right). */
  readonly horizontal: "center" | "right" | null;
  /** Null: bottom, the host's default. */
  readonly vertical: "top" | "center" | null;
  /** A number in it takes the plan's score format (else General; text is always Text, "@"). */
  readonly scoreFormat: boolean;
  /** The height of one printed line of it, in points (Calibri/DengXian 11 ≈ 15 pt). */
  readonly linePoints: number;
}

/** A cell as a new workbook has it: what a host need not set. */
export const PLAIN_LOOK: PrintLook = {
  bold: false,
  size: 11,
  color: null,
  fill: null,
  border: false,
  wrap: false,
  horizontal: null,
  vertical: null,
  scoreFormat: false,
  linePoints: 15,
};

/** Text read down the page: wrapped, from the top of its cell. */
const TEXT: PrintLook = { ...PLAIN_LOOK, wrap: true, vertical: "top" };

export const PRINT_LOOKS: Readonly<Record<PrintStyle, PrintLook>> = {
  title: { ...PLAIN_LOOK, bold: true, size: 16, horizontal: "center", vertical: "center", linePoints: 27 },
  heading: { ...TEXT, bold: true, size: 12, vertical: "center", linePoints: 18 },
  line: TEXT,
  tableHeader: { ...PLAIN_LOOK, bold: true, fill: "D9D9D9", border: true, wrap: true, horizontal: "center" },
  cell: { ...TEXT, border: true },
  number: { ...PLAIN_LOOK, border: true, horizontal: "right", vertical: "top", scoreFormat: true },
  note: { ...TEXT, size: 9, color: "595959", linePoints: 13 },
};

/**
 * Every print sheet's page: A4 portrait, scaled to one page wide (as many
 * pages tall as it needs: 0), without gridlines.
 */
/**
 * Excel's default page margins in inches, as Excel writes them for a new
 * sheet: the package writer's `<pageMargins>` on every sheet it writes, and
 * the browser's print view's page.
 */
export const PAGE_MARGINS_IN = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

export const PRINT_PAGE = { paper: "A4", orientation: "portrait", fitToPagesWide: 1, fitToPagesTall: 0, gridlines: false } as const;

/**
 * A print cell's number format: Text ("@") for text, whatever it looks like
 * (a unit named "=1+1" stays text), the plan's score format for a number
 * look, else null (General).
 * @example
 * printFormat({ value: 968.75, style: "number" }, "0.00") //=> "0.00"
 * printFormat({ value: "=1+1", style: "cell" }, "0.00") //=> "@"
 * printFormat({ value: 3, style: "cell" }, "0.00") //=> null
 */
export function printFormat(cell: { readonly value: string | number | null; readonly style: PrintStyle }, numberFormat: string): string | null {
  if (typeof cell.value === "string") return "@";
  return PRINT_LOOKS[cell.style].scoreFormat ? numberFormat : null;
}
