/**
 * Shared pieces of the adapter tests: the adapter over a fake host, plans from
 * hand-made results, and small workbooks.
 */
import { simpleWorkbook } from "../engine/workbook";
import { buildWorkbook, type FakeExcelHost, type FakeExcelOptions } from "../fakeExcel";
import { sampleResult } from "../helpers/sampleResult";
import type { GradeResult, Lang } from "../../src/engine/types";
import { buildOutputPlan } from "../../src/workbook/outputs";
import type { OutputPlan } from "../../src/workbook/port";
import { createExcelPort, type ExcelPortOptions } from "../../src/workbook/excel/createExcelPort";
import type { ExcelRunner } from "../../src/workbook/excel/excelRun";

/** The fake host's `run` typed as `Excel.run`. */
export const runOf = (host: FakeExcelHost): ExcelRunner => host.run as unknown as ExcelRunner;

export const portOf = (host: FakeExcelHost, options?: ExcelPortOptions) => createExcelPort(runOf(host), options);

export const NOW = new Date("2024-05-01T08:00:00.000Z");

/** The plan of a result (the sample's three units and three diagnostics unless given). */
export function planOf(result: GradeResult = sampleResult(), lang: Lang = "zh", now = NOW): OutputPlan {
  return buildOutputPlan(result, { lang, version: "0.1.0", now });
}

/** Four units in two categories, valid, as a fake workbook. */
export function smallWorkbook(options?: FakeExcelOptions, units = ["区发改局", "区财政局", "区教育局", "区卫健局"]): FakeExcelHost {
  const input = simpleWorkbook(units.map((unit, i) => ({ unit, category: i < 2 ? "经济类" : "社会类", functional: 500 + 10 * i })));
  return buildWorkbook(input.tables, options);
}

/** The syncs a step of a test took. */
export async function syncsOf(host: FakeExcelHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.syncCount;
  await action();
  return host.syncCount - before;
}
