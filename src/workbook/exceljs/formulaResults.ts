/**
 * Makes ExcelJS 4.4 keep a formula's empty text result.
 *
 * Excel saves a formula whose result is empty text (`=IF(A2>0,"core","")`) as
 * `<c t="str"><f>…</f><v></v></c>`. ExcelJS only takes a cached result from
 * the text inside `<v>`, so this cell comes back with no result at all, as if
 * it had never been calculated, and would read as an error. The `t="str"`
 * says it was: the patch gives such a cell the result "". Applied once per
 * process.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface CellModel {
  formula?: string;
  shareType?: string;
  value?: unknown;
  result?: unknown;
}
interface CellXformPrototype {
  parseClose(this: { model: CellModel; t?: string }, name: string): boolean;
}

const PATCHED = Symbol.for("appraise.exceljs.formulaResults");

/** Installs the patch (idempotent). */
export function patchFormulaResults(): void {
  const cellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as { prototype: CellXformPrototype };
  const proto = cellXform.prototype as CellXformPrototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;

  const parseClose = proto.parseClose;
  proto.parseClose = function (name) {
    const done = parseClose.call(this, name);
    const model = this.model;
    if (name === "c" && this.t === "str" && (model.formula || model.shareType) && model.result === undefined) model.result = "";
    return done;
  };
}
