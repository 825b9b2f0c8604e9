/**
 * Workbook, Application and defined names (NamedItem, NamedItemCollection)
 * of the fake host. Only workbook-scoped names are modelled.
 */
import { dateSerial } from "./cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeCollection, type FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import type { NameRec } from "./store";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeNamedItem extends FakeClientObject<string> {
  private get store() {
    return this.context.host.store;
  }

  private rec(name: string): NameRec {
    const rec = this.store.nameByName(name);
    if (rec === undefined) throw itemNotFound(`the name "${name}"`);
    return rec;
  }

  private live(rec: NameRec): NameRec["ref"] {
    return rec.ref !== null && this.store.sheets.some((s) => s.id === rec.ref?.sheetId) ? rec.ref : null;
  }

  protected scalars() {
    return {
      name: (n: string) => this.rec(n).name,
      formula: (n: string) => this.store.nameFormula(this.rec(n)),
      type: (n: string) => {
        const rec = this.rec(n);
        return rec.ref === null ? "String" : this.live(rec) ? "Range" : "Error";
      },
      value: (n: string) => this.store.nameFormula(this.rec(n)).replace(/^=/, ""),
      comment: (n: string) => this.rec(n).comment,
      visible: () => true,
      scope: () => "Workbook",
    };
  }

  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get type(): string {
    return this.get("type");
  }
  get comment(): string {
    return this.get("comment");
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.from((n) => {
        const ref = this.live(this.rec(n));
        if (ref === null) throw new FakeExcelError("InvalidReference", `The name "${n}" does not refer to a range.`);
        return ref;
      }),
    );
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      this.from((n) => this.live(this.rec(n))),
    );
  }

  delete(): void {
    this.call(null, (n) => this.store.deleteName(n));
  }
}

export class FakeNamedItemCollection extends FakeCollection<true, FakeNamedItem> {
  private get store() {
    return this.context.host.store;
  }

  protected itemsOf(): FakeNamedItem[] {
    return this.store.names.map((n) => new FakeNamedItem(this.context, () => n.name, false));
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const rec = this.store.nameByName(name);
      if (rec === undefined) throw itemNotFound(`the name "${name}"`);
      return rec.name;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.store.nameByName(name)?.name ?? null);
  }

  /** Adds a workbook-scoped name referring to a range, or to a formula such as "='考评结果'!$A$1". */
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    const item = new FakeNamedItem(
      this.context,
      () => {
        if (typeof reference === "string") {
          const ref = this.store.referenceOf(reference);
          return this.store.addName(name, ref, ref === null ? reference : null, comment).name;
        }
        const target = reference.resolve();
        if (target === null) throw invalidArgument("The reference is a null object.");
        return this.store.addName(name, target, null, comment).name;
      },
      true,
    );
    return item;
  }
}

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

export class FakeApplication extends FakeClientObject<true> {
  protected scalars() {
    return { calculationMode: () => this.context.host.store.calculationMode };
  }

  get calculationMode(): CalculationMode {
    return this.get("calculationMode");
  }
  set calculationMode(mode: CalculationMode) {
    this.set("calculationMode", mode, () => (this.context.host.store.calculationMode = mode));
  }

  /** Recorded on the sync it belongs to (see FakeExcelHost.syncs). */
  suspendApiCalculationUntilNextSync(): void {
    this.call(null, () => this.context.host.noteSuspended("calculation"));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call(null, () => this.context.host.noteSuspended("screenUpdating"));
  }

  /** Recalculates now (Application.calculate, ExcelApi 1.1), whatever was suspended. */
  calculate(calculationType?: string): void {
    this.call(calculationType ?? "Recalculate", () => this.context.host.store.recalculate());
  }
}

/** A worksheet function's result (Excel.FunctionResult): `value` after load and sync. */
export class FakeFunctionResult extends FakeClientObject<{ value: unknown }> {
  protected scalars() {
    return { value: (t: { value: unknown }) => t.value, error: () => null };
  }

  get value(): unknown {
    return this.get("value");
  }
}

/** workbook.functions (ExcelApi 1.2): the one function Appraise calls. */
export class FakeFunctions extends FakeClientObject<true> {
  protected scalars() {
    return {};
  }

  /**
   * DATE(year, month, day) as Excel computes it: the serial in the
   * workbook's date system, 42370 for 2016-01-01 in a 1900 workbook, 40908
   * in a 1904 one (the d.ts: "a number from 1900 or 1904 (depending on the
   * workbook's date system)").
   */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => ({ value: dateSerial(year, month, day, this.context.host.store.date1904) }));
  }
}

export class FakeWorkbook extends FakeClientObject<true> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(context: FakeRequestContext) {
    super(context, () => true, false);
    this.worksheets = new FakeWorksheetCollection(context, () => true, false);
    this.tables = new FakeTableCollection(context, () => ({}), false);
    this.names = new FakeNamedItemCollection(context, () => true, false);
    this.application = new FakeApplication(context, () => true, false);
    this.functions = new FakeFunctions(context, () => true, false);
  }

  protected scalars() {
    return { name: () => this.context.host.workbookName };
  }

  protected override navigation() {
    return { worksheets: () => this.worksheets, tables: () => this.tables, names: () => this.names, application: () => this.application };
  }

  /** The selected range (A1 of the active sheet when nothing was selected yet). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const store = this.context.host.store;
      if (store.selection !== null) return store.selection;
      const sheetId = store.activeSheetId ?? store.sheets[0]?.id;
      if (sheetId === undefined) throw new FakeExcelError("InvalidSelection", "The workbook has no sheet.");
      return { sheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
}
