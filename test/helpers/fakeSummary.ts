/** Layout (a) of last year's summary (summaryLayoutA.ts) as the active sheet of a fake Excel workbook: plain cells, SUBTOTAL formulas with their results, merged as offices merge it (or with every merge undone by hand). */
import { buildWorkbook, ensureSheet, parseRect, setCells, type CellInput, type FakeExcelHost } from "../fakeExcel";
import { layoutA, type Spec } from "./summaryLayoutA";

const cellOf = (s: Spec): CellInput => (s !== null && typeof s === "object" ? { formula: `=${s.f}`, value: s.v } : s);

export function summaryWorkbook(merged = true): FakeExcelHost {
  const host = buildWorkbook([]);
  const spec = layoutA();
  const ws = ensureSheet(host, spec.name);
  setCells(
    host,
    `'${spec.name}'!A1`,
    spec.rows.map((r) => r.map(cellOf)),
  );
  if (merged) for (const m of spec.merges) host.store.merge(ws.id, parseRect(m) as NonNullable<ReturnType<typeof parseRect>>);
  host.store.setActive(ws.id);
  return host;
}
