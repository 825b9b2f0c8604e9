/**
 * Keeps ExcelJS 4.4 from writing an invalid `<autoFilter>` into a table that
 * has none.
 *
 * A table whose filter buttons were turned off in Excel has no `<autoFilter>`
 * element. ExcelJS reads it with no filter range and writes it back as
 * `<autoFilter>` without its required `ref`, which Excel reports as damaged
 * content. This patch writes no element when there is no range, as the input
 * had it. The Results, Warnings and RunLog tables Appraise defines always
 * have a range (ExcelJS computes it for tables it creates).
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface XformPrototype {
  render(this: unknown, xmlStream: unknown, model: { autoFilterRef?: string }): unknown;
}

const PATCHED = Symbol.for("appraise.exceljs.tableAutoFilter");

/** Installs the patch (idempotent). */
export function patchTableAutoFilter(): void {
  const xform = require("exceljs/lib/xlsx/xform/table/auto-filter-xform") as { prototype: XformPrototype & { [PATCHED]?: true } };
  const proto = xform.prototype;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const render = proto.render;
  proto.render = function (xmlStream, model) {
    if (model.autoFilterRef === undefined || model.autoFilterRef === "") return false;
    return render.call(this, xmlStream, model);
  };
}
