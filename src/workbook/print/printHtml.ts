/**
 * The print sheets (考评通报, 反馈单) as HTML print pages, for any host that
 * prints through a browser (the web page today): the plan (printPlan.ts)
 * as tables, one table per printed page group, with the looks of
 * printLooks.ts as CSS and the page of PRINT_PAGE (A4 portrait, one page
 * wide) as an @page rule. A plan's page break is `break-after: page` after
 * its group; its title rows are each group's <thead>, which the browser
 * repeats at the top of every page the group runs over. Pure: a string of
 * HTML with every text escaped, and a style sheet, nothing from the DOM.
 */
import { PAGE_MARGINS_IN, PRINT_LOOKS, PRINT_PAGE, type PrintLook, type PrintStyle } from "./printLooks";
import type { PrintCell, PrintRow, PrintSheetPlan } from "./printPlan";

/** The class of the print view's root element; PRINT_CSS styles only inside it. */
export const PRINT_ROOT_CLASS = "appraise-print";

/** The host's body font (Calibri 11 in a new workbook; DengXian for Chinese), then what a Linux or Mac machine has. */
const FONT = '"Calibri", "DengXian", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text safe in HTML text and in a quoted attribute.
 * @example
 * escapeHtml('<b>"区"&</b>') //=> "&lt;b&gt;&quot;区&quot;&amp;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A cell's text as the sheet shows it: a number in a score look with the
 * plan's decimals ("0.00": two), any other number as General shows it.
 * @example
 * printText({ value: 968.7, style: "number" }, "0.00") //=> "968.70"
 * printText({ value: 3, style: "cell" }, "0.00") //=> "3"
 * printText({ value: null, style: "cell" }, "0.00") //=> ""
 */
export function printText(cell: PrintCell, numberFormat: string): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  if (!Number.isFinite(cell.value)) return "";
  if (!PRINT_LOOKS[cell.style].scoreFormat) return String(cell.value);
  const decimals = /\.(0+)$/.exec(numberFormat)?.[1]?.length ?? 0;
  return cell.value.toFixed(decimals);
}

/** The CSS declarations of a look. */
function lookCss(look: PrintLook): string {
  return [
    `font-weight:${look.bold ? "bold" : "normal"}`,
    `font-size:${look.size}pt`,
    `color:${look.color === null ? "#000" : `#${look.color}`}`,
    look.fill === null ? "" : `background-color:#${look.fill}`,
    look.border ? "border:0.5pt solid #000" : "",
    `vertical-align:${look.vertical === null ? "bottom" : look.vertical === "center" ? "middle" : "top"}`,
    look.horizontal === null ? "" : `text-align:${look.horizontal}`,
    `line-height:${look.linePoints}pt`,
  ]
    .filter((d) => d !== "")
    .join(";");
}

/** The class of a look's cells. */
const lookClass = (style: PrintStyle): string => `ap-${style}`;

/**
 * The print view's style sheet: the page (A4 portrait, the sheets' margins),
 * each look as a class, the tables one page wide, and on screen each page
 * drawn as a sheet of paper.
 */
export const PRINT_CSS = [
  `@page{size:${PRINT_PAGE.paper} ${PRINT_PAGE.orientation};margin:${PAGE_MARGINS_IN.top}in ${PAGE_MARGINS_IN.right}in ${PAGE_MARGINS_IN.bottom}in ${PAGE_MARGINS_IN.left}in}`,
  `.${PRINT_ROOT_CLASS}{font-family:${FONT};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
  `.${PRINT_ROOT_CLASS} .ap-page{break-after:page;page-break-after:always}`,
  `.${PRINT_ROOT_CLASS} .ap-page:last-child{break-after:auto;page-break-after:auto}`,
  `.${PRINT_ROOT_CLASS} table{width:100%;table-layout:fixed;border-collapse:collapse}`,
  `.${PRINT_ROOT_CLASS} td{padding:0 2pt;white-space:pre-wrap;overflow-wrap:anywhere}`,
  `.${PRINT_ROOT_CLASS} .ap-general-number{text-align:right}`,
  ...(Object.keys(PRINT_LOOKS) as PrintStyle[]).map((style) => `.${PRINT_ROOT_CLASS} .${lookClass(style)}{${lookCss(PRINT_LOOKS[style])}}`),
  `@media screen{.${PRINT_ROOT_CLASS} .ap-page{width:${(210 - 25.4 * (PAGE_MARGINS_IN.left + PAGE_MARGINS_IN.right)).toFixed(1)}mm;margin:12px auto;padding:${PAGE_MARGINS_IN.top}in ${PAGE_MARGINS_IN.right}in;background:#fff;box-shadow:0 0 4px #888}}`,
].join("\n");

function cellHtml(cell: PrintCell, numberFormat: string, colspan: number): string {
  const general = typeof cell.value === "number" && PRINT_LOOKS[cell.style].horizontal === null ? " ap-general-number" : "";
  const span = colspan > 1 ? ` colspan="${colspan}"` : "";
  return `<td class="${lookClass(cell.style)}${general}"${span}>${escapeHtml(printText(cell, numberFormat))}</td>`;
}

/** A row: a spanned line across every column, or one cell per column (missing ones empty table cells). */
function rowHtml(row: PrintRow, plan: PrintSheetPlan): string {
  const cols = plan.columnWidths.length;
  const looks = "span" in row ? [row.span] : row.cells;
  const height = Math.max(...looks.map((c) => PRINT_LOOKS[c.style].linePoints));
  const cellsHtml =
    "span" in row
      ? cellHtml(row.span, plan.numberFormat, cols)
      : Array.from({ length: cols }, (_, c) => cellHtml(row.cells[c] ?? { value: null, style: "cell" }, plan.numberFormat, 1)).join("");
  return `<tr style="height:${height}pt">${cellsHtml}</tr>`;
}

/**
 * The plan's rows as page groups: split after each page break, the title
 * rows taken out (they head every group).
 * @example
 * pageGroups(announcement) //=> [[2, 3, …]] (rows 0–0 are its title)
 */
export function pageGroups(plan: PrintSheetPlan): number[][] {
  const [first, last] = plan.titleRows ?? [-1, -1];
  const breaks = new Set(plan.pageBreaksAfter);
  const groups: number[][] = [[]];
  plan.rows.forEach((_, i) => {
    if (i < first || i > last) groups[groups.length - 1]!.push(i);
    if (breaks.has(i) && i < plan.rows.length - 1) groups.push([]);
  });
  return groups.filter((g) => g.length > 0);
}

/** One plan's pages. */
function planHtml(plan: PrintSheetPlan): string {
  const total = plan.columnWidths.reduce((a, b) => a + b, 0) || 1;
  const colgroup = `<colgroup>${plan.columnWidths.map((w) => `<col style="width:${((100 * w) / total).toFixed(3)}%">`).join("")}</colgroup>`;
  const [first, last] = plan.titleRows ?? [0, -1];
  const head = plan.rows.slice(first, last + 1).map((row) => rowHtml(row, plan));
  const thead = head.length === 0 ? "" : `<thead>${head.join("")}</thead>`;
  return pageGroups(plan)
    .map((group) => {
      const body = group.map((i) => rowHtml(plan.rows[i]!, plan)).join("");
      return `<section class="ap-page" data-sheet="${escapeHtml(plan.sheet)}"><table>${colgroup}${thead}<tbody>${body}</tbody></table></section>`;
    })
    .join("");
}

/**
 * The print pages of the plans, in order (the announcement, then the
 * letters), as HTML for an element of class PRINT_ROOT_CLASS styled by
 * PRINT_CSS.
 * @example
 * printHtml(outcome.plan.print ?? []) //=> '<section class="ap-page" data-sheet="考评通报"><table>…'
 */
export function printHtml(plans: readonly PrintSheetPlan[]): string {
  return plans.map(planHtml).join("");
}
