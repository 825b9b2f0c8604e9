/** @jest-environment jsdom */
/** The import's report as the pane shows it: refused or written, its sections, each cell a link, in both languages. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ImportReport } from "../../src/taskpane/components/ImportReport";
import type { SheetImport } from "../../src/taskpane/state/paneTypes";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { importFinding } from "../../src/workbook/import/importMessages";
import { fakeApi, renderPane } from "./fakeApi";
import { noTables } from "./fixtures";

const refused: SheetImport = {
  sheet: "Sheet1",
  year: null,
  written: false,
  mergedAreas: false,
  findings: [importFinding("IMPORT_NO_UNITS", "Sheet1!A3", {}), importFinding("IMPORT_SHEET_CHOSEN", "Sheet1!A3", { sheet: "Sheet1", rows: "3" })],
};

const written: SheetImport = {
  sheet: "汇总",
  year: 2025,
  written: true,
  mergedAreas: true,
  findings: [
    importFinding("IMPORT_SHEET_CHOSEN", "汇总!A3", { sheet: "汇总", rows: "3–4" }),
    importFinding("IMPORT_NOTE_UNREAD", "汇总!K7", { unit: "区财政局", note: "已整改到位" }, "区财政局"),
    importFinding("IMPORT_AGREES", null, { units: 11 }),
  ],
};

function show(report: SheetImport, lang: "zh" | "en" = "zh") {
  const onSelectCell = jest.fn();
  const onClose = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportReport lang={lang} strings={STRINGS[lang]} report={report} onSelectCell={onSelectCell} onClose={onClose} />
    </FluentProvider>,
  );
  return { onSelectCell, onClose };
}

describe("ImportReport", () => {
  it("says a refused import wrote nothing, lists the error first, and that merged cells could not be read", () => {
    show(refused);
    const report = screen.getByRole("region", { name: "未导入工作表“Sheet1”，没有写入任何内容" });
    const attention = within(report).getByRole("region", { name: "需要注意" });
    expect(within(attention).getByText(refused.findings[0].message.zh)).toBeTruthy();
    expect(within(attention).getByText("错误：")).toBeTruthy();
    expect(within(report).getByRole("region", { name: "已导入、已跳过" })).toBeTruthy();
    expect(within(report).queryByRole("region", { name: "与原表综合得分的核对" })).toBeNull();
    expect(screen.getByText(/此版本的 Excel 不能读取合并单元格（需要 ExcelApi 1\.13）/)).toBeTruthy();
    expect(screen.queryByText(/重新计算/)).toBeNull();
  });

  it("puts the check first, then what needs attention, then what was mapped; a cell selects it", () => {
    const { onSelectCell, onClose } = show(written, "en");
    const report = screen.getByRole("region", { name: 'Imported the input tables of 2025 from sheet "汇总"' });
    const headings = within(report)
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(headings).toEqual(["Check against the sheet's own composites", "Needs attention", "Mapped and skipped"]);
    expect(screen.getByText("Check the report below, add what was not understood, then select Recompute.")).toBeTruthy();
    expect(screen.queryByText(/cannot read merged cells/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Go to 汇总!K7" }));
    expect(onSelectCell).toHaveBeenCalledWith("汇总!K7");
    fireEvent.click(screen.getByRole("button", { name: "Close the import report" }));
    expect(onClose).toHaveBeenCalled();
  });

  it("in the pane: a refused import shows its report and leaves the workbook without tables", async () => {
    const api = { ...fakeApi({ tables: noTables }), importFromSheet: jest.fn(async () => ({ ok: true as const, report: refused })) };
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "从当前工作表导入" }));
    expect(await screen.findByRole("region", { name: "未导入工作表“Sheet1”，没有写入任何内容" })).toBeTruthy();
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));
    expect(screen.getByRole("heading", { name: "还没有输入表格" })).toBeTruthy();
    expect(api.importFromSheet).toHaveBeenCalledWith(new Date().getFullYear());
  });
});
