/**
 * Keeps ExcelJS 4.4 from writing a table part it read but could not model
 * back out in a form Excel rejects, or from failing to write it at all.
 *
 * - A table whose filter buttons were turned off has no `<autoFilter>`.
 *   ExcelJS writes it back as `<autoFilter>` without its required `ref`,
 *   which Excel reports as damaged content.
 * - A table without `<tableStyleInfo>` (LibreOffice writes none) makes
 *   ExcelJS's writer throw ("Cannot read properties of null (reading 'theme')").
 *
 * The patch writes neither element when the input had none. Tables Appraise
 * defines itself always have both.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface XformPrototype<M> {
  render(this: unknown, xmlStream: unknown, model: M): unknown;
}

const PATCHED = Symbol.for("appraise.exceljs.tableParts");

function skipWhen<M>(modulePath: string, skip: (model: M) => boolean): void {
  const xform = require(modulePath) as { prototype: XformPrototype<M> & { [PATCHED]?: true } };
  const proto = xform.prototype;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const render = proto.render;
  proto.render = function (xmlStream, model) {
    return skip(model) ? false : render.call(this, xmlStream, model);
  };
}

/** Installs the patch (idempotent). */
export function patchTableParts(): void {
  skipWhen<{ autoFilterRef?: string }>("exceljs/lib/xlsx/xform/table/auto-filter-xform", (m) => !m.autoFilterRef);
  skipWhen<unknown>("exceljs/lib/xlsx/xform/table/table-style-info-xform", (m) => m === null || m === undefined);
}
