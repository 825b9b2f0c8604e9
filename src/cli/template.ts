/**
 * `appraise template <out.xlsx>`: an empty workbook with every input table
 * (Chinese sheet names and headers, English table names) and a filled Rules
 * table, built from the engine's declarations so it can never drift from them.
 */
import { TABLES } from "../engine/tables";
import { rulesTable } from "./demo/buildDemo";
import { inputTable, inputWorkbook, type InputTable } from "./inputTables";
import type { Workbook } from "exceljs";

/** Every declared table, empty, with all its columns; Rules holds every key at its default. */
export function templateTables(): InputTable[] {
  return TABLES.map((decl) =>
    decl.name === "Rules"
      ? rulesTable()
      : inputTable(
          decl.name,
          decl.columns.map((c) => c.name),
          [],
        ),
  );
}

export function templateWorkbook(): Workbook {
  return inputWorkbook(templateTables());
}
