/**
 * The first cell of an input table's body holding a number, as a user would
 * retype it, in a workbook seen through WPS's object model (test/fakeWps).
 */
import { inputTableNamed } from "../../../src/engine/tableNames";
import { itemsOf, type WpsWorkbook } from "../../../src/workbook/wps/facade";

export function inputNumberCell(workbook: WpsWorkbook) {
  for (const sheet of itemsOf(workbook.Worksheets))
    for (const table of itemsOf(sheet.ListObjects)) {
      const body = table.DataBodyRange;
      if (inputTableNamed(table.Name) === null || body === null) continue;
      const rows = body.Value2 as unknown[][];
      for (let r = 0; r < rows.length; r++)
        for (let c = 0; c < rows[r].length; c++)
          if (typeof rows[r][c] === "number") return { sheet, cell: sheet.Cells.Item(body.Row + r, body.Column + c), value: rows[r][c] as number };
    }
  throw new Error("the demo has no number in an input table");
}
