/**
 * A workbook in the 1904 date system (Excel for Mac's old default) whose
 * Rules set the period to 2016 and whose Penalties hold one notice inside
 * it, on 2016-06-01: read as serials of the 1900 system, every date would
 * fall four years and a day early and the notice outside its period
 * (PENALTY_OUTSIDE_PERIOD). Built by the contract suite for every host
 * (port.contract.test.ts) and by the WPS adapter's own test
 * (test/wps/adapter.test.ts, Workbook.Date1904).
 */
import type { SpecTable, WorkbookSpec } from "./driver";

/** Midnight UTC of an ISO day, as the drivers write a date. */
export const isoDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * The workbook: `inputs` are the Units, Indicators, Satisfaction and Rules
 * tables (simpleWorkbook's, in that order); the Rules' rows become the 2016
 * period, and `penalized` gets one notice on 2016-06-01.
 */
export function workbook1904(inputs: readonly SpecTable[], penalized: string): WorkbookSpec {
  const [units, indicators, satisfaction, rules] = inputs;
  const period: SpecTable = {
    ...rules,
    rows: [
      ["period.start", isoDate("2016-01-01")],
      ["period.end", isoDate("2016-12-31")],
    ],
  };
  const penalties: SpecTable = {
    name: "Penalties",
    sheet: "通报扣分",
    header: ["Unit", "Date", "Reason", "Count"],
    rows: [[penalized, isoDate("2016-06-01"), "会议缺席", 1]],
  };
  return { date1904: true, tables: [units, indicators, satisfaction, period, penalties] };
}
