/**
 * The graded copy is the input package plus Appraise's sheets. A macro-
 * enabled workbook with a chart, a pivot table, a form control (a button),
 * cell comments, an image and a VBA project, made here by XlsxWriter (the
 * pivot table's parts added by hand, as no tool on Debian writes one), is
 * graded: every one of its parts is in the copy byte for byte (the four
 * shared parts Appraise adds its entries to keep every byte of theirs, in
 * order), the copy is still an .xlsm, and LibreOffice, openpyxl and ExcelJS
 * open it and show the Results the JSON gives.
 */
import * as fs from "node:fs";
import * as path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
import CFB = require("cfb");
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import type { InputTable } from "../../src/cli/inputTables";
import type { JsonReport } from "../../src/cli/report";
import { readZip } from "../../src/workbook/xlsx/zip";
import { readBack, runCli, sheetValues, sofficeSheets, tempDir } from "../helpers/cli";
import { describeWith, findPython, runPython, SOFFICE, tablesJson } from "../helpers/external";
import { rewriteZip } from "../helpers/workbooks";

const XLSXWRITER = findPython(["xlsxwriter"]);
const OPENPYXL = findPython(["openpyxl"]);

/** A VBA project container (an OLE compound file with the VBA storage's streams); its code is never run. */
function vbaProject(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/PROJECT", Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\nName="VBAProject"\r\n'));
  CFB.utils.cfb_add(cfb, "/VBA/dir", Buffer.alloc(16));
  CFB.utils.cfb_add(cfb, "/VBA/Module1", Buffer.from('Attribute VB_Name = "Module1"\r\nSub Recalc()\r\nEnd Sub\r\n'));
  return CFB.write(cfb, { type: "buffer" }) as Uint8Array;
}

const PIVOT_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Adds a pivot table (units counted by category) over the Units table, on the sheet 透视. */
function withPivotTable(bytes: Buffer, categories: readonly string[], unitRows: number): Buffer {
  const names = [...readZip(bytes).keys()];
  const pivotSheet = names.find(
    (n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n.endsWith(`sheet${names.filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x)).length}.xml`),
  ) as string;
  const items = categories.map((_, i) => `<item x="${i}"/>`).join("");
  const cache =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition ${PIVOT_NS} refreshOnLoad="1" saveData="0" recordCount="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:B${unitRows + 1}" sheet="考评对象"/></cacheSource>` +
    `<cacheFields count="2"><cacheField name="单位" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="类别" numFmtId="0"><sharedItems count="${categories.length}">${categories.map((c) => `<s v="${c}"/>`).join("")}</sharedItems></cacheField></cacheFields></pivotCacheDefinition>`;
  const table =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition ${PIVOT_NS} name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
    `<location ref="A3:B${4 + categories.length}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="2"><pivotField dataField="1" showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="${categories.length + 1}">${items}<item t="default"/></items></pivotField></pivotFields>` +
    `<rowFields count="1"><field x="1"/></rowFields><rowItems count="${categories.length + 1}">${categories.map((_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`)).join("")}<i t="grand"><x/></i></rowItems>` +
    `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="计数项:单位" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;
  const rels = (items: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const sheetRels = pivotSheet.replace("worksheets/", "worksheets/_rels/") + ".rels";
  return rewriteZip(
    bytes,
    (name, text) => {
      if (name === "xl/workbook.xml") return text.replace(/(<calcPr[^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches>');
      if (name === "xl/_rels/workbook.xml.rels")
        return text.replace(
          "</Relationships>",
          `<Relationship Id="rIdPivot1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
        );
      if (name === "[Content_Types].xml")
        return text.replace(
          "</Types>",
          '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
            '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
        );
      return text;
    },
    {
      "xl/pivotCache/pivotCacheDefinition1.xml": cache,
      "xl/pivotTables/pivotTable1.xml": table,
      "xl/pivotTables/_rels/pivotTable1.xml.rels": rels(
        `<Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`,
      ),
      [sheetRels]: rels(`<Relationship Id="rId1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`),
    },
  );
}

/** The parts Appraise adds its entries to; each keeps the input's text, with insertions only. */
const SHARED = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"];

/** True when `copy` is `original` with text inserted (every byte of the original, in order). */
function onlyInsertions(original: string, copy: string): boolean {
  let at = 0;
  for (const ch of original) {
    at = copy.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** Elements of a part as written (for parts Appraise rewrites in Excel's own form: relationships). */
const elements = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}\\s[^>]*/>`, "g"))].map((m) => m[0]);

describeWith(
  "python3-xlsxwriter",
  XLSXWRITER !== null,
  "apt-get install -y python3-xlsxwriter",
  "a workbook with charts, a pivot table, macros, a form control, comments and an image",
  () => {
    let dir: string;
    let input: Map<string, Uint8Array>;
    let copy: Map<string, Uint8Array>;
    let report: JsonReport;
    const copyFile = (): string => path.join(dir, "record.graded.xlsm");

    beforeAll(async () => {
      dir = tempDir();
      const tables = buildDemoTables();
      fs.writeFileSync(path.join(dir, "tables.json"), tablesJson(tables));
      fs.writeFileSync(path.join(dir, "vbaProject.bin"), vbaProject());
      const script = fs.readFileSync(path.join(__dirname, "..", "writers", "xlsxwriter_rich.py"), "utf8");
      runPython(XLSXWRITER as string, script, [path.join(dir, "tables.json"), path.join(dir, "vbaProject.bin"), path.join(dir, "plain.xlsm")]);
      const units = tables.find((t) => t.decl.name === "Units") as InputTable;
      const categories = [...new Set(units.rows.map((r) => String(r[1])))];
      fs.writeFileSync(path.join(dir, "record.xlsm"), withPivotTable(fs.readFileSync(path.join(dir, "plain.xlsm")), categories, units.rows.length));
      const run = await runCli(["score", "record.xlsm", "--json", "report.json", "--lang", "zh"], dir);
      if (run.code !== 0) throw new Error(`score exited ${run.code}: ${run.stderr}`);
      report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as JsonReport;
      input = readZip(fs.readFileSync(path.join(dir, "record.xlsm")));
      copy = readZip(fs.readFileSync(copyFile()));
    }, 120_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("is the workbook it means to test: every kind of part is in the input", () => {
      const names = [...input.keys()];
      for (const part of [
        /^xl\/charts\/chart\d+\.xml$/,
        /^xl\/pivotTables\/pivotTable1\.xml$/,
        /^xl\/pivotCache\//,
        /^xl\/vbaProject\.bin$/,
        /^xl\/comments\d+\.xml$/,
        /^xl\/media\/image\d+\.png$/,
        /^xl\/drawings\/vmlDrawing\d+\.vml$/,
      ]) {
        expect(names.filter((n) => part.test(n))).not.toEqual([]);
      }
      const vml = [...input]
        .filter(([n]) => n.endsWith(".vml"))
        .map(([, d]) => new TextDecoder().decode(d))
        .join("");
      expect(vml).toContain('ObjectType="Button"');
    });

    it("writes the copy as an .xlsm, with every part of the input byte for byte", () => {
      expect(new TextDecoder().decode(copy.get("[Content_Types].xml"))).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
      for (const [name, data] of input) {
        expect(copy.has(name)).toBe(true);
        if (SHARED.includes(name)) continue;
        expect([name, Buffer.compare(Buffer.from(copy.get(name) as Uint8Array), Buffer.from(data))]).toEqual([name, 0]);
      }
    });

    it("adds to the four shared parts without changing what they held", () => {
      const text = (m: Map<string, Uint8Array>, n: string): string => new TextDecoder().decode(m.get(n));
      // Counts of the styles' sections grow with the styles appended; nothing else changes.
      const uncounted = (xml: string): string => xml.replace(/ count="\d+"/g, "");
      for (const name of ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml"]) {
        expect([name, onlyInsertions(uncounted(text(input, name)), uncounted(text(copy, name)))]).toEqual([name, true]);
      }
      // Relationships are rewritten in Excel's form: every relationship of the input is still there, the same.
      const rels = (m: Map<string, Uint8Array>): string[] => elements(text(m, "xl/_rels/workbook.xml.rels"), "Relationship").map((r) => r.replace(/\s+/g, " "));
      expect(rels(copy)).toEqual(expect.arrayContaining(rels(input)));
      // The user's cell styles keep their indexes: the input's cellXfs are the copy's first ones.
      const xfs = (m: Map<string, Uint8Array>): string => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(m, "xl/styles.xml"))?.[1] ?? "";
      expect(xfs(copy).startsWith(xfs(input))).toBe(true);
    });

    describeWith("LibreOffice (soffice)", SOFFICE, "apt-get install -y --no-install-recommends libreoffice-calc-nogui", "LibreOffice", () => {
      it("opens the copy and shows the Results the JSON gives", () => {
        const sheets = sofficeSheets(copyFile());
        expect([...sheets.keys()]).toEqual(expect.arrayContaining(["考评对象", "图表", "透视", "考评结果", "校验提示", "运行记录"]));
        const results = sheets.get("考评结果") as string[][];
        expect(results.length).toBe(report.units.length + 1);
        report.units.forEach((u, i) => {
          expect(results[i + 1][0]).toBe(u.unit);
          expect(Number(results[i + 1][10])).toBe(u.composite);
          expect(results[i + 1][11]).toBe(u.rank === null ? "" : String(u.rank));
        });
      }, 120_000);
    });

    describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "openpyxl", () => {
      it("opens the copy (keeping its macros) and reads the Results the JSON gives", () => {
        const script = [
          "import json, openpyxl, sys",
          "wb = openpyxl.load_workbook(sys.argv[1], keep_vba=True)",
          "ws = wb['考评结果']",
          "print(json.dumps({'sheets': wb.sheetnames, 'vba': wb.vba_archive is not None, 'tables': list(ws.tables.keys()), 'rows': [[c for c in r] for r in ws.iter_rows(values_only=True)]}, ensure_ascii=False, default=str))",
        ].join("\n");
        const out = JSON.parse(runPython(OPENPYXL as string, script, [copyFile()])) as { sheets: string[]; vba: boolean; tables: string[]; rows: unknown[][] };
        expect(out.vba).toBe(true);
        expect(out.tables).toEqual(["Results"]);
        expect(out.sheets).toEqual(expect.arrayContaining(["考评结果", "校验提示", "运行记录", "透视"]));
        expect(out.rows.slice(1).map((r) => [r[0], r[10], r[13]])).toEqual(
          report.units.map((u) => [u.unit, u.composite, u.tier === null ? null : expect.any(String)]),
        );
      });
    });

    it("opens in ExcelJS with the Results the JSON gives", async () => {
      const wb = await readBack(copyFile());
      const rows = sheetValues(wb, "考评结果");
      expect(rows.slice(1).map((r) => [r[0], r[10]])).toEqual(report.units.map((u) => [u.unit, u.composite]));
    });
  },
);
