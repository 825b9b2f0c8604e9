/**
 * Keeps ExcelJS 4.4's XML writer from holding a worksheet as millions of tiny
 * strings.
 *
 * ExcelJS renders a whole worksheet into one array of string pieces (several
 * per cell) and joins them at the end: for a 150,000-row sheet that is about
 * 16 million strings and some 900 MB of heap, for 48 MB of XML. This patch
 * joins the pieces every 64K into one string as rendering goes, which keeps
 * the peak near the size of the XML itself. It only joins while no rollback
 * is pending (ExcelJS's rollbacks are array positions, used by a few small
 * style elements), so the output is byte-for-byte what ExcelJS would write.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface XmlStreamLike {
  _xml: string[];
  _rollbacks: unknown[];
  _joined?: string[];
  closeAll(): void;
  openNode(name: string, attributes?: unknown): void;
}

const PATCHED = Symbol.for("appraise.exceljs.compactXml");
const PIECES = 65_536;

/** Installs the patch (idempotent). */
export function patchCompactXml(): void {
  const XmlStream = require("exceljs/lib/utils/xml-stream") as { prototype: XmlStreamLike & { [PATCHED]?: true } };
  const proto = XmlStream.prototype;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;

  const openNode = proto.openNode;
  proto.openNode = function (this: XmlStreamLike, name, attributes) {
    if (this._xml.length >= PIECES && this._rollbacks.length === 0) {
      (this._joined ??= []).push(this._xml.join(""));
      this._xml.length = 0;
    }
    openNode.call(this, name, attributes);
  };

  Object.defineProperty(proto, "xml", {
    configurable: true,
    get(this: XmlStreamLike): string {
      this.closeAll();
      const rest = this._xml.join("");
      return this._joined === undefined ? rest : this._joined.join("") + rest;
    },
  });
}
