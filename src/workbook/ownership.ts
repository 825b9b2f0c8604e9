/**
 * Who owns Appraise's sheets: the one rule, pure, that every adapter applies
 * to the plain facts it read of a workbook (Office.js in excel/readOverview.ts,
 * the package in xlsx/packageOwnership.ts, an existing `--out` file in
 * xlsx/inspectPackage.ts).
 *
 * Appraise's sheets come in two families, declared in port.ts: the table
 * outputs (OUTPUT_SHEETS: Results, Warnings, RunLog, History, with their
 * OWNERSHIP_NAMES) and the print sheets (PRINT_SHEETS: 考评通报, 反馈单, each
 * with its `ownerName`). For each sheet the rule answers:
 *
 * 1. "foreign" when it is a table output whose table name is taken elsewhere:
 *    by a table on another sheet, or by a defined name of any scope (Excel
 *    keeps table names and defined names in one namespace), so writing its
 *    table would make two of one name. Whether or not its sheet exists.
 * 2. else "absent" when no sheet has its name;
 * 3. else "owned" when its ownership name, of workbook scope (as Appraise
 *    writes it), refers to that sheet (`'考评结果'!$A$1`); else "foreign":
 *    someone else's sheet of that name. A stale name (`#REF!$A$1`, or one
 *    pointing at another sheet) owns nothing.
 *
 * Every name is compared as Excel compares it: case-insensitively, sheet
 * names, table names and defined names alike. Excel will not hold two
 * sheets, two tables or two defined names that differ only in case
 * (Microsoft KB 213533: "the workbook cannot contain two or more defined
 * names that differ from each by only the case of some or all of their
 * letters"; ECMA-376 Part 4, formulas, Names: "names are not
 * case-sensitive"), and Office.js finds each of them whatever its case.
 */
import { sheetOfAddress } from "../engine/address";
import { OUTPUT_KINDS, OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "./port";

/** Any of Appraise's sheets: a table output or a print sheet. */
export type OwnedKind = OutputKind | PrintKind;

export const OWNED_KINDS: readonly OwnedKind[] = [...OUTPUT_KINDS, ...PRINT_KINDS];

/** A sheet of Appraise's as the rule sees it: its name, its ownership name and its table (null for a print sheet). */
export interface OwnedSheet {
  readonly sheet: string;
  readonly ownerName: string;
  readonly table: string | null;
}

const isPrintKind = (kind: OwnedKind): kind is PrintKind => kind in PRINT_SHEETS;

/**
 * The declarations of one of Appraise's sheets, either family.
 * @example
 * ownedSheet("results") //=> { sheet: "考评结果", ownerName: "Appraise_Owned_Results", table: "Results" }
 * ownedSheet("feedback") //=> { sheet: "反馈单", ownerName: "Appraise_Owned_Feedback", table: null }
 */
export function ownedSheet(kind: OwnedKind): OwnedSheet {
  if (isPrintKind(kind)) return { sheet: PRINT_SHEETS[kind].sheet, ownerName: PRINT_SHEETS[kind].ownerName, table: null };
  return { sheet: OUTPUT_SHEETS[kind].sheet, ownerName: OWNERSHIP_NAMES[kind], table: OUTPUT_SHEETS[kind].table };
}

/** A sheet of the workbook and the names of the tables on it. */
export interface SheetFacts {
  readonly name: string;
  readonly tables: readonly string[];
}

/** A defined name and the reference it refers to (`'考评结果'!$A$1`, `='考评结果'!$A$1`). */
export interface NameFacts {
  readonly name: string;
  readonly reference: string;
  /** Scoped to one sheet (a sheet-level name): it does not record ownership, but its name still clashes with a table's. */
  readonly local?: boolean;
}

/**
 * What an adapter read of a workbook for the rule: at least the sheets named
 * like Appraise's and every sheet holding a table, and at least the defined
 * names spelled like Appraise's ownership names and tables.
 */
export interface WorkbookFacts {
  readonly sheets: readonly SheetFacts[];
  readonly names: readonly NameFacts[];
}

/**
 * Names as Excel compares them: case-insensitively.
 * @example
 * sameName("RESULTS", "results") //=> true
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The comment on each ownership name Appraise writes, for whoever opens Formulas › Name Manager. */
export const OWNER_NAME_COMMENT = "Appraise 创建并管理此工作表，请勿删除此名称。This sheet is written by Appraise; keep this name.";

/**
 * What an ownership name refers to: A1 of the sheet, its name always
 * quoted, as every adapter writes it.
 * @example
 * ownershipReference("考评结果") //=> "'考评结果'!$A$1"
 * ownershipReference("It's") //=> "'It''s'!$A$1"
 */
export function ownershipReference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * Whether a reference names the sheet.
 * @example
 * refersTo("='考评结果'!$A$1", "考评结果") //=> true
 * refersTo("#REF!$A$1", "考评结果") //=> false
 */
export function refersTo(reference: string, sheet: string): boolean {
  const target = sheetOfAddress(reference);
  return target !== null && sameName(target, sheet);
}

/**
 * Whether the workbook already records that Appraise owns the sheet: a
 * defined name `ownerName` of workbook scope refers to it.
 * @example
 * recordsOwner([{ name: "appraise_owned_results", reference: "'考评结果'!$A$1" }], "Appraise_Owned_Results", "考评结果") //=> true
 */
export function recordsOwner(names: readonly NameFacts[], ownerName: string, sheet: string): boolean {
  return names.some((n) => n.local !== true && sameName(n.name, ownerName) && refersTo(n.reference, sheet));
}

function tableNameTaken(facts: WorkbookFacts, sheet: string, table: string): boolean {
  const onAnotherSheet = facts.sheets.some((s) => !sameName(s.name, sheet) && s.tables.some((t) => sameName(t, table)));
  return onAnotherSheet || facts.names.some((n) => sameName(n.name, table));
}

/**
 * The ownership of one of Appraise's sheets (the rule above).
 * @example
 * sheetOwnership("results", { sheets: [{ name: "考评结果", tables: [] }], names: [] }) //=> "foreign"
 */
export function sheetOwnership(kind: OwnedKind, facts: WorkbookFacts): Ownership {
  const { sheet, ownerName, table } = ownedSheet(kind);
  if (table !== null && tableNameTaken(facts, sheet, table)) return "foreign";
  if (!facts.sheets.some((s) => sameName(s.name, sheet))) return "absent";
  return recordsOwner(facts.names, ownerName, sheet) ? "owned" : "foreign";
}

/**
 * The ownership of every one of Appraise's sheets.
 * @example
 * ownershipOf({ sheets: [], names: [] }).announcement //=> "absent"
 */
export function ownershipOf(facts: WorkbookFacts): Record<OwnedKind, Ownership> {
  return Object.fromEntries(OWNED_KINDS.map((kind) => [kind, sheetOwnership(kind, facts)])) as Record<OwnedKind, Ownership>;
}

/**
 * The ownership a run may act on: a sheet foreign in the file the copy will
 * replace (an existing `--out` file) is foreign here too, so a run never
 * overwrites a file holding someone else's sheet of that name.
 * @example
 * const none = ownershipOf({ sheets: [], names: [] });
 * withDestination(none, { ...none, results: "foreign" }).results //=> "foreign"
 */
export function withDestination(
  ownership: Readonly<Record<OwnedKind, Ownership>>,
  destination: Readonly<Record<OwnedKind, Ownership>> | null | undefined,
): Record<OwnedKind, Ownership> {
  return Object.fromEntries(OWNED_KINDS.map((kind) => [kind, destination?.[kind] === "foreign" ? "foreign" : ownership[kind]])) as Record<OwnedKind, Ownership>;
}

/** The two families apart, as a snapshot carries them (port.ts `WorkbookSnapshot`). */
export function byFamily(ownership: Readonly<Record<OwnedKind, Ownership>>): {
  ownership: Record<OutputKind, Ownership>;
  printOwnership: Record<PrintKind, Ownership>;
} {
  const pick = <K extends OwnedKind>(kinds: readonly K[]) => Object.fromEntries(kinds.map((k) => [k, ownership[k]])) as Record<K, Ownership>;
  return { ownership: pick(OUTPUT_KINDS), printOwnership: pick(PRINT_KINDS) };
}

/**
 * The names of the sheets a run must not write, table outputs first, each
 * family in its declaration order.
 * @example
 * foreignSheets({ results: "foreign", warnings: "owned", runlog: "absent", history: "absent" }, { announcement: "foreign", feedback: "absent" })
 * //=> ["考评结果", "考评通报"]
 */
export function foreignSheets(ownership: Readonly<Record<OutputKind, Ownership>>, printOwnership: Readonly<Record<PrintKind, Ownership>>): string[] {
  const all: Readonly<Record<OwnedKind, Ownership>> = { ...ownership, ...printOwnership };
  return OWNED_KINDS.filter((kind) => all[kind] === "foreign").map((kind) => ownedSheet(kind).sheet);
}

/**
 * The sheets of a workbook from the tables it lists (with their sheets) and
 * the sheets known to exist, each once (as Excel matches sheet names).
 * @example
 * sheetsOf(["考评结果"], [{ name: "Units", sheet: "考评对象" }])
 * //=> [{ name: "考评结果", tables: [] }, { name: "考评对象", tables: ["Units"] }]
 */
export function sheetsOf(existing: readonly string[], tables: readonly { readonly name: string; readonly sheet: string }[]): SheetFacts[] {
  const sheets: { name: string; tables: string[] }[] = [];
  const sheetNamed = (name: string) => sheets.find((s) => sameName(s.name, name)) ?? sheets[sheets.push({ name, tables: [] }) - 1];
  for (const name of existing) sheetNamed(name);
  for (const t of tables) sheetNamed(t.sheet).tables.push(t.name);
  return sheets;
}
