/**
 * The graded copy: the input package, every part as it was, plus what
 * Appraise owns: its sheets' and tables' XML, their entries in the workbook
 * part (tab order, ownership names), relationships and content types, and
 * the few styles they need appended to styles.xml. An owned sheet already in
 * the input is replaced in place: the same sheet id, tab position, part,
 * table part and table id, so a chart, pivot table or formula elsewhere that
 * refers to it keeps working (SPEC §6).
 */
import type { PrintSheetPlan } from "../print/printPlan";
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_SHEETS, type OutputKind, type OutputPlan, type OutputSheetPlan } from "../port";
import { renderPrintSheet } from "./renderPrintSheet";
import { checkCarriedOver } from "./checkCarriedOver";
import { checkWellFormed } from "./copyDefect";
import { addDefinedNames, addOverrides, addSheets, CONTENT_TYPES } from "./packageEdits";
import { ownershipReference, recordsOwner } from "../ownership";
import { packageFacts } from "./packageOwnership";
import { relativeTarget, relsPartOf, resolveTarget } from "./partNames";
import { deflateRawLater } from "./deflate";
import { zipParts, type PartToZip } from "./rawZip";
import { partText, REL, relationshipsOf, type PackageSheet, type WorkbookPackage } from "./readPackage";
import { relationshipsXml, type Relationship } from "./relationships";
import { renderSheet, type KeptElements, type SheetLayout } from "./renderSheet";
import { renderTable } from "./renderTable";
import { attributesOf, topElements, type XmlElement } from "./topElements";
import { escapeAttr } from "./xmlText";
import { runLogLayout } from "./runLogRows";
import { MINIMAL_STYLES, styleBook, type StyleBook } from "./styleBook";
import { withoutRows } from "./worksheetXml";

const KEPT_TAGS = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture"] as const;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * An element kept from an owned sheet's old XML, written again in the names
 * the new sheet declares (the main namespace as default, `r:` for
 * relationships), whatever prefixes the old part used; an attribute of any
 * other namespace keeps it with a declaration of its own.
 */
function keptElement(xml: string, el: XmlElement): string {
  const others = new Map<string, string>();
  const attrs = attributesOf(xml, el).map((a) => {
    if (a.uri === "") return ` ${a.local}="${escapeAttr(a.value)}"`;
    if (a.uri === REL_NS) return ` r:${a.local}="${escapeAttr(a.value)}"`;
    if (!others.has(a.uri)) others.set(a.uri, `a${others.size + 1}`);
    return ` ${others.get(a.uri)}:${a.local}="${escapeAttr(a.value)}"`;
  });
  const declarations = [...others].map(([uri, p]) => ` xmlns:${p}="${escapeAttr(uri)}"`);
  return `<${el.local}${declarations.join("")}${attrs.join("")}/>`;
}

/** The elements of an owned sheet's old XML that point at parts the user added to it (a chart placed on Results, comments). */
function keptElements(xml: string): KeptElements {
  const kept: Record<string, string> = {};
  for (const el of topElements(xml).children) {
    const tag = KEPT_TAGS.find((t) => t === el.local);
    if (tag !== undefined && el.uri === MAIN_NS && kept[tag] === undefined) kept[tag] = keptElement(xml, el);
  }
  return kept;
}

/** The first name `prefix{n}suffix` not taken, from n = 1. */
function freshName(taken: Set<string>, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

interface CopyState {
  readonly pkg: WorkbookPackage;
  readonly styles: StyleBook;
  readonly changed: Map<string, string>;
  readonly added: Map<string, string>;
  /** The sheet parts renderSheet and renderPrintSheet wrote: checked without their rows (worksheetXml.ts withoutRows). */
  readonly rendered: Set<string>;
  /** Those parts' bytes, each deflating on the thread pool (deflateRawLater) from when it was rendered: see madeSheet. */
  readonly made: Map<string, { readonly text: string; readonly content: Uint8Array; readonly deflating: Promise<Uint8Array | null> }>;
  readonly names: Set<string>;
  readonly workbookRels: Relationship[];
  readonly newSheets: { name: string; sheetId: number; rId: string }[];
  readonly overrides: { part: string; type: string }[];
  nextTableId: number;
  nextSheetId: number;
}

const put = (s: CopyState, part: string, text: string): void => void (s.pkg.parts.has(part) ? s.changed.set(part, text) : s.added.set(part, text));

const encoder = new TextEncoder();

/**
 * A sheet part rendered: put, and its bytes sent to be deflated at once, so
 * that on the command line zlib deflates it on another core while the next
 * sheets are rendered and the copy is checked (the same bytes as deflating it
 * in zipParts; README › Speed).
 */
function madeSheet(s: CopyState, part: string, text: string): void {
  s.rendered.add(part);
  put(s, part, text);
  const content = encoder.encode(text);
  s.made.set(part, { text, content, deflating: deflateRawLater(content) });
}

/** A part edited or added, to zip: the bytes madeSheet made when it is that part as rendered, else encoded now. */
function changedPart(s: CopyState, name: string, text: string): PartToZip {
  const made = s.made.get(name);
  return made?.text === text ? { name, content: made.content, deflating: made.deflating } : { name, content: encoder.encode(text) };
}

const sameRelationships = (a: readonly Relationship[], b: readonly Relationship[]): boolean => JSON.stringify(a) === JSON.stringify(b);

interface Place {
  readonly part: string;
  readonly rels: Relationship[];
  /** True when the sheet's relationships are those it had (its relationships part is then left as it was). */
  readonly unchangedRels: boolean;
  readonly tablePart: string;
  readonly tableId: number;
  readonly tableRelId: string;
  readonly kept: KeptElements;
}

/**
 * An owned sheet's part: the existing sheet's (same sheet id, position and
 * part, so what refers to it keeps working), or a new part with its entry in
 * the workbook, its relationship and its content type.
 */
function sheetPartOf(s: CopyState, sheet: string): { existing: PackageSheet | undefined; part: string } {
  const existing: PackageSheet | undefined = s.pkg.sheets.find((sh) => sh.name === sheet);
  if (existing && existing.part === null) throw new Error(`${sheet} is not a worksheet`);
  const part = existing?.part ?? freshName(s.names, "xl/worksheets/sheet", ".xml");
  if (!existing) {
    const rId = freshName(new Set(s.workbookRels.map((r) => r.id)), "rId", "");
    s.workbookRels.push({ id: rId, type: REL.worksheet, target: relativeTarget(s.pkg.workbookPart, part) });
    s.newSheets.push({ name: sheet, sheetId: s.nextSheetId++, rId });
    s.overrides.push({ part, type: CONTENT_TYPES.worksheet });
  }
  return { existing, part };
}

/** Where an output sheet goes: its existing sheet and parts, or new ones. */
function placeOf(s: CopyState, plan: OutputSheetPlan): Place {
  const { existing, part } = sheetPartOf(s, plan.sheet);
  const oldRels = existing ? relationshipsOf(s.pkg.parts, part) : [];
  const table = existing?.tables.find((t) => t.definition.name.toLowerCase() === plan.table.toLowerCase()) ?? existing?.tables[0];
  const tablePart = table?.part ?? freshName(s.names, "xl/tables/table", ".xml");
  if (!table) s.overrides.push({ part: tablePart, type: CONTENT_TYPES.table });
  const tableRelId =
    oldRels.find((r) => r.type === REL.table && resolveTarget(part, r.target) === tablePart)?.id ?? freshName(new Set(oldRels.map((r) => r.id)), "rId", "");
  // The old relationships in their order (the sheet's own links and other tables dropped), with the table's in its place.
  const rels = oldRels.filter((r) => r.type !== REL.hyperlink && (r.type !== REL.table || r.id === tableRelId));
  if (!rels.some((r) => r.id === tableRelId)) rels.push({ id: tableRelId, type: REL.table, target: relativeTarget(part, tablePart) });
  const kept = existing ? keptElements(partText(s.pkg.parts, part) ?? "") : {};
  return { part, rels, unchangedRels: sameRelationships(rels, oldRels), tablePart, tableId: table?.definition.id ?? s.nextTableId++, tableRelId, kept };
}

function writeSheet(s: CopyState, plan: OutputSheetPlan, layout: SheetLayout): void {
  const place = placeOf(s, plan);
  madeSheet(
    s,
    place.part,
    renderSheet(layout, (look) => s.styles.styleOf(look), place.tableRelId, place.kept),
  );
  if (!place.unchangedRels) put(s, relsPartOf(place.part), relationshipsXml(place.rels));
  put(s, place.tablePart, renderTable({ id: place.tableId, name: plan.table, headers: layout.headers, rowCount: layout.rows.length }));
}

/**
 * A print sheet: its existing part (its tables and links dropped: it holds
 * none of its own) or a new one; no table part.
 */
function writePrintSheet(s: CopyState, plan: PrintSheetPlan): void {
  const { existing, part } = sheetPartOf(s, plan.sheet);
  madeSheet(
    s,
    part,
    renderPrintSheet(plan, (look) => s.styles.styleOf(look)),
  );
  const oldRels = existing ? relationshipsOf(s.pkg.parts, part) : [];
  if (oldRels.length > 0) put(s, relsPartOf(part), relationshipsXml([]));
}

/**
 * `_xlnm.Print_Titles` of each print sheet with title rows (the rows printed
 * on every page), local to the sheet: its 0-based tab index. Not added again
 * when the workbook already has it for that sheet.
 */
function printTitleNames(s: CopyState, plans: readonly PrintSheetPlan[]): { name: string; text: string; localSheetId: number }[] {
  const order = [...s.pkg.sheets.map((sh) => sh.name), ...s.newSheets.map((sh) => sh.name)];
  const workbookXml = partText(s.pkg.parts, s.pkg.workbookPart) ?? "";
  return plans.flatMap((plan) => {
    const index = order.indexOf(plan.sheet);
    if (plan.titleRows === null || index < 0) return [];
    if (new RegExp(`name="_xlnm\\.Print_Titles"[^>]*localSheetId="${index}"|localSheetId="${index}"[^>]*name="_xlnm\\.Print_Titles"`).test(workbookXml))
      return [];
    const quoted = `'${plan.sheet.replace(/'/g, "''")}'`;
    return [{ name: "_xlnm.Print_Titles", text: `${quoted}!$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`, localSheetId: index }];
  });
}

function printOwnershipNames(pkg: WorkbookPackage, plans: readonly PrintSheetPlan[]): { name: string; text: string }[] {
  return plans
    .map((plan) => PRINT_SHEETS[plan.kind])
    .filter(({ sheet, ownerName }) => !recordsOwner(packageFacts(pkg).names, ownerName, sheet))
    .map(({ sheet, ownerName }) => ({ name: ownerName, text: ownershipReference(sheet) }));
}

function ownershipNames(pkg: WorkbookPackage, kinds: readonly OutputKind[]): { name: string; text: string }[] {
  return kinds
    .filter((kind) => !recordsOwner(packageFacts(pkg).names, OWNERSHIP_NAMES[kind], OUTPUT_SHEETS[kind].sheet))
    .map((kind) => ({ name: OWNERSHIP_NAMES[kind], text: ownershipReference(OUTPUT_SHEETS[kind].sheet) }));
}

function initialState(pkg: WorkbookPackage): CopyState {
  const tableIds = pkg.sheets.flatMap((sh) => sh.tables.map((t) => t.definition.id)).filter(Number.isFinite);
  return {
    pkg,
    styles: styleBook(partText(pkg.parts, pkg.stylesPart) ?? MINIMAL_STYLES),
    changed: new Map(),
    added: new Map(),
    rendered: new Set(),
    made: new Map(),
    names: new Set([...pkg.parts.keys()]),
    workbookRels: relationshipsOf(pkg.parts, pkg.workbookPart),
    newSheets: [],
    overrides: [],
    nextTableId: Math.max(0, ...tableIds) + 1,
    nextSheetId: Math.max(0, ...pkg.sheets.map((sh) => sh.sheetId).filter(Number.isFinite)) + 1,
  };
}

/** Writes the shared parts: workbook, its relationships, content types, styles. */
function writeSharedParts(s: CopyState, kinds: readonly OutputKind[], print: readonly PrintSheetPlan[]): void {
  const { pkg } = s;
  const stylesXml = s.styles.xml();
  if (stylesXml !== null) {
    const stylesPart = pkg.stylesPart ?? "xl/styles.xml";
    put(s, stylesPart, stylesXml);
    if (pkg.stylesPart === null) {
      s.workbookRels.push({
        id: freshName(new Set(s.workbookRels.map((r) => r.id)), "rId", ""),
        type: REL.styles,
        target: relativeTarget(pkg.workbookPart, stylesPart),
      });
      s.overrides.push({ part: stylesPart, type: CONTENT_TYPES.styles });
    }
  }
  const workbookXml = partText(pkg.parts, pkg.workbookPart) ?? "";
  const names = [...ownershipNames(pkg, kinds), ...printOwnershipNames(pkg, print), ...printTitleNames(s, print)];
  const edited = addDefinedNames(addSheets(workbookXml, s.newSheets), names);
  if (edited !== workbookXml) put(s, pkg.workbookPart, edited);
  if (s.newSheets.length > 0 || pkg.stylesPart === null) put(s, relsPartOf(pkg.workbookPart), relationshipsXml(s.workbookRels));
  const types = partText(pkg.parts, "[Content_Types].xml") ?? "";
  const typed = addOverrides(types, s.overrides);
  if (typed !== types) put(s, "[Content_Types].xml", typed);
}

/**
 * The bytes of the graded copy. The caller has checked that no output sheet
 * is foreign. Throws a CopyDefect (a broken invariant, a bug) if a part of
 * the input would not be carried over byte for byte, or a part it edited or
 * added would not parse with its namespaces (a sheet it rendered, without
 * its rows: see withoutRows).
 */
export async function writeCopy(pkg: WorkbookPackage, plan: OutputPlan): Promise<Uint8Array> {
  const s = initialState(pkg);
  const kinds: OutputKind[] = [];
  if (plan.results) {
    writeSheet(s, plan.results, plan.results);
    kinds.push("results");
  }
  writeSheet(s, plan.warnings, plan.warnings);
  kinds.push("warnings");
  for (const print of plan.print ?? []) writePrintSheet(s, print);
  // History appends its block below the old rows, as the RunLog its row; the same order as the add-in writes.
  if (plan.history) {
    writeSheet(s, plan.history, runLogLayout(pkg, plan.history));
    kinds.push("history");
  }
  writeSheet(s, plan.runLog, runLogLayout(pkg, plan.runLog));
  kinds.push("runlog");
  writeSharedParts(s, kinds, plan.print ?? []);
  const parts: PartToZip[] = [...pkg.parts].map(([name, content]) => {
    const text = s.changed.get(name);
    return text === undefined ? { name, content, raw: pkg.raw.get(name) } : changedPart(s, name, text);
  });
  for (const [name, text] of s.added) parts.push(changedPart(s, name, text));
  checkCarriedOver(pkg, parts, new Set(s.changed.keys()));
  checkWellFormed([...s.changed, ...s.added].map(([name, text]) => [name, s.rendered.has(name) ? withoutRows(text) : text] as const));
  return zipParts(parts);
}
