/**
 * Makes ExcelJS 4.4 write in-workbook hyperlinks the way Excel does.
 *
 * ExcelJS writes every hyperlink with a relationship (`r:id`, TargetMode
 * External), and for a link it takes as internal it adds `location` as well.
 * Excel then joins the two and looks for a file named like the sheet
 * ("#Sheet2!A1##Sheet2!A1", exceljs issue #3027). Excel's own form of a link
 * to a cell of the workbook is `<hyperlink ref="F2" location="'指标'!F7"/>`
 * with no relationship. This patch makes ExcelJS render that form for targets
 * that start with `#` (and for the `Sheet!A1` form ExcelJS itself treats as
 * internal), and drops their relationships.
 *
 * Reading, ExcelJS keeps only hyperlinks with a relationship, so the user's
 * own links to cells of the workbook would vanish from the copy. The patch
 * reads them too, as `#Sheet!A1` targets, which the writer above then writes
 * back in Excel's form. Applied once per process, before ExcelJS reads or
 * writes a file (files.ts): the workbooks `template` and `demo` build, and
 * the tests' independent reads.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}
interface HyperlinkModel {
  address: string;
  target?: string;
  tooltip?: string;
  rId?: string;
}
interface XformPrototype {
  render(this: unknown, xmlStream: XmlStream, model: HyperlinkModel): void;
}
interface WorksheetModel {
  hyperlinks?: HyperlinkModel[];
  rels?: { Id: string }[];
}
interface WorksheetXformPrototype {
  prepare(this: unknown, model: WorksheetModel, options: unknown): void;
  reconcile(this: unknown, model: LoadedWorksheetModel, options: unknown): void;
}
interface LoadedWorksheetModel {
  hyperlinks?: HyperlinkModel[];
  relationships?: { Id: string; Type: string; Target: string }[];
}

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

const PATCHED = Symbol.for("appraise.exceljs.internalLinks");

/**
 * Whether a hyperlink target is a place in the workbook: `#'Sheet'!A1`, or the
 * `Sheet!A1` form ExcelJS reads back from a `location` attribute.
 * @example
 * isInternalTarget("#'指标考核'!F7") //=> true
 * isInternalTarget("https://example.com/#x") //=> false
 */
export function isInternalTarget(target: string | undefined): boolean {
  if (target === undefined) return false;
  if (target.startsWith("#")) return target.length > 1;
  return /^[^!/\\:]+![A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(target);
}

/** Installs the patch (idempotent). */
export function patchInternalLinks(): void {
  const hyperlinkXform = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform") as { prototype: XformPrototype };
  const worksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as { prototype: WorksheetXformPrototype };
  const proto = hyperlinkXform.prototype as XformPrototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;

  const render = proto.render;
  proto.render = function (xmlStream, model) {
    if (!isInternalTarget(model.target)) return render.call(this, xmlStream, model);
    xmlStream.leafNode("hyperlink", {
      ref: model.address,
      location: (model.target ?? "").replace(/^#/, ""),
      tooltip: model.tooltip,
    });
  };

  const reconcile = worksheetXform.prototype.reconcile;
  worksheetXform.prototype.reconcile = function (model, options) {
    // Give each location-only link a stand-in relationship, which ExcelJS's
    // reader then maps onto its cell like any other link.
    (model.hyperlinks ?? []).forEach((h, i) => {
      if (h.rId !== undefined || h.target === undefined) return;
      h.rId = `appraiseLocation${i}`;
      (model.relationships ??= []).push({ Id: h.rId, Type: HYPERLINK_REL, Target: `#${h.target}` });
    });
    reconcile.call(this, model, options);
  };

  const prepare = worksheetXform.prototype.prepare;
  worksheetXform.prototype.prepare = function (model, options) {
    prepare.call(this, model, options);
    const internal = new Set((model.hyperlinks ?? []).filter((h) => isInternalTarget(h.target)).map((h) => h.rId));
    if (internal.size > 0 && model.rels) model.rels = model.rels.filter((rel) => !internal.has(rel.Id));
  };
}
