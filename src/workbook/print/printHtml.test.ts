import { escapeHtml, pageGroups, printHtml, printText, PRINT_CSS } from "./printHtml";
import { cell, cells, span, type PrintSheetPlan } from "./printPlan";

const plan = (over: Partial<PrintSheetPlan>): PrintSheetPlan => ({
  kind: "feedback",
  sheet: "反馈单",
  columnWidths: [26, 10, 12, 44],
  numberFormat: "0.00",
  rows: [],
  pageBreaksAfter: [],
  titleRows: null,
  ...over,
});

describe("the print sheets as HTML print pages", () => {
  it("shows numbers as the sheet does: the score format's decimals in a number look, General elsewhere", () => {
    expect(printText(cell(968.7, "number"), "0.00")).toBe("968.70");
    expect(printText(cell(968.75, "number"), "0")).toBe("969");
    expect(printText(cell(3, "cell"), "0.00")).toBe("3");
    expect(printText(cell(null, "number"), "0.00")).toBe("");
    expect(printText(cell("=1+1", "number"), "0.00")).toBe("=1+1");
  });

  it("escapes every text, so a unit named like markup prints as its name", () => {
    expect(escapeHtml(`<b>"区"&'</b>`)).toBe("&lt;b&gt;&quot;区&quot;&amp;&#39;&lt;/b&gt;");
    const html = printHtml([plan({ rows: [span("<script>alert(1)</script>", "heading")] })]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("puts a page break after each letter and none after the last, and heads every page group with the title rows", () => {
    const letters = plan({ rows: [span("甲", "heading"), span("一"), span("乙", "heading"), span("二")], pageBreaksAfter: [1] });
    expect(pageGroups(letters)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const html = printHtml([letters]);
    expect(html.match(/<section class="ap-page"/g)).toHaveLength(2);
    expect(PRINT_CSS).toMatch(/\.ap-page\{break-after:page/);
    expect(PRINT_CSS).toMatch(/\.ap-page:last-child\{break-after:auto/);
    const notice = plan({ kind: "announcement", sheet: "考评通报", rows: [span("通报", "title"), span(""), span("正文")], titleRows: [0, 0] });
    expect(pageGroups(notice)).toEqual([[1, 2]]);
    expect(printHtml([notice])).toContain('<thead><tr style="height:27pt"><td class="ap-title" colspan="4">通报</td></tr></thead>');
  });

  it("gives the page and the looks as CSS: A4 portrait, bold titles in 16 pt, bordered and shaded table headers", () => {
    expect(PRINT_CSS).toContain("@page{size:A4 portrait;");
    expect(PRINT_CSS).toMatch(/\.ap-title\{font-weight:bold;font-size:16pt;[^}]*text-align:center/);
    expect(PRINT_CSS).toMatch(/\.ap-tableHeader\{[^}]*background-color:#D9D9D9;border:0\.5pt solid #000/);
    const row = printHtml([plan({ rows: [cells(cell("项目", "tableHeader"), cell(7, "cell"), cell(96.5, "number"))] })]);
    expect(row).toContain(
      '<td class="ap-tableHeader">项目</td><td class="ap-cell ap-general-number">7</td><td class="ap-number">96.50</td><td class="ap-cell"></td>',
    );
    expect(row).toContain('<col style="width:28.261%">');
  });
});
