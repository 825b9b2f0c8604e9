/**
 * The fake Excel host: `run` is `Excel.run`, and the host records every sync
 * (commands, payload bytes, success) so tests can assert how an adapter talks
 * to Excel.
 *
 * A sync behaves as Excel on the web does:
 * - a request over the payload limit (5 MB: "Excel on the web has a payload
 *   size limit for requests and responses of 5MB", Microsoft's resource
 *   limits for add-ins) fails with
 *   "RequestPayloadSizeLimitExceeded" before anything runs; one whose reads
 *   push it over fails with "ResponsePayloadSizeLimitExceeded" and is rolled
 *   back, so a failed sync never applies part of an oversized batch;
 * - a command that fails (ItemNotFound, InvalidArgument…) fails the sync; the
 *   commands before it stay applied, as in Excel, and nothing is loaded;
 * - `failNextSync(code)` makes the next sync fail before anything runs (a
 *   failure "in the write batch" that applies nothing);
 * - a sync with no commands sends nothing and is not recorded.
 */
import { parseRect, splitAddress } from "./a1";
import { FakeExcelError, itemNotFound, type FakeErrorCode } from "./errors";
import type { CoauthoringSession } from "./coauthoring";
import { EventRegistry, type ChangeType, type TriggerSource } from "./events";
import { FakeRequestContext, type Op } from "./proxy";
import { WorkbookStore, type Change } from "./store";
import { FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  /** Largest request + response of one sync; 5 MB as in Excel on the web. */
  readonly payloadLimitBytes?: number;
  /**
   * Bytes counted per queued command for its JSON envelope (the action and
   * its object path in Office.js's request message: `{"Id":…,"ActionType":…,
   * "Name":…,"ObjectPathId":…,"ArgumentInfo":{…}}`, about 100 bytes); 100
   * unless given. Arguments and loaded values count as their JSON in UTF-8.
   */
  readonly opOverheadBytes?: number;
  /** How event handlers are called later; `setTimeout(fn, 0)` unless given. */
  readonly deliver?: (fn: () => void) => void;
  /**
   * Whether a batch run with `{ delayForCellEdit: true }` waits for the user
   * to leave cell-edit mode (true unless given). Excel.RunOptions documents
   * the wait; false models the hosts that still fail such batches
   * (OfficeDev/office-js#3019, #1393).
   */
  readonly honoursDelayForCellEdit?: boolean;
  /**
   * Whether a `Range.values` write directly under a table grows it (true
   * unless given): Microsoft documents it ("Setting the Range values directly
   * below the table automatically expands the table"); false checks that a
   * write does not depend on it where it need not.
   */
  readonly expandsTablesBelow?: boolean;
  /** The workbook to open; a new one unless given (co-authors share one: see coauthoring.ts). */
  readonly store?: WorkbookStore;
}

export interface SyncRecord {
  /** 1-based. */
  readonly index: number;
  readonly commands: number;
  readonly requestBytes: number;
  responseBytes: number;
  ok: boolean;
  /** The error code when the sync failed. */
  error: string | null;
  readonly suspended: { calculation: boolean; screenUpdating: boolean };
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** Excel.RunOptions, as far as the fake models them. */
export interface RunOptions {
  readonly delayForCellEdit?: boolean;
}

export class FakeExcelHost {
  readonly store: WorkbookStore;
  readonly expandsTablesBelow: boolean;
  /** Set when this host is one co-author's Excel on a shared workbook (coauthoring.ts). */
  coauthoring: { readonly session: CoauthoringSession; readonly author: string } | null = null;
  readonly events = new EventRegistry();
  readonly syncs: SyncRecord[] = [];
  readonly payloadLimitBytes: number;
  readonly opOverheadBytes: number;
  readonly workbookName = "Book1.xlsx";
  /** See FakeExcelOptions.honoursDelayForCellEdit; tests may flip it. */
  honoursDelayForCellEdit: boolean;
  /** Called as each sync that sends commands starts (1-based index, commands queued), e.g. to start cell-edit mode at a precise point. */
  beforeSync: ((index: number, commands: number) => void) | null = null;
  private editing = false;
  private editEnded: { promise: Promise<void>; resolve: () => void } | null = null;
  readonly deliver: (fn: () => void) => void;
  private readonly failures: { code: string; message: string; skip: number }[] = [];
  private current: SyncRecord | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.store = options.store ?? new WorkbookStore();
    this.expandsTablesBelow = options.expandsTablesBelow ?? true;
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.opOverheadBytes = options.opOverheadBytes ?? 100;
    this.deliver = options.deliver ?? ((fn) => void setTimeout(fn, 0));
    this.honoursDelayForCellEdit = options.honoursDelayForCellEdit ?? true;
  }

  /**
   * True while the user is typing in a cell. A sync then fails with
   * InvalidOperationInCellEditMode, unless its batch was run with
   * `{ delayForCellEdit: true }` on a host that honours it: that sync waits
   * until editing ends (Excel.RunOptions.delayForCellEdit).
   */
  get cellEditMode(): boolean {
    return this.editing;
  }
  set cellEditMode(on: boolean) {
    if (on) this.startCellEdit();
    else this.endCellEdit();
  }

  /** The user starts typing in a cell (F2, or a key on a selected cell). */
  startCellEdit(): void {
    if (this.editing) return;
    this.editing = true;
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((r) => (resolve = r));
    this.editEnded = { promise, resolve };
  }

  /** The user presses Enter or Esc: delayed batches go on. */
  endCellEdit(): void {
    if (!this.editing) return;
    this.editing = false;
    const ended = this.editEnded;
    this.editEnded = null;
    ended?.resolve();
  }

  /**
   * `Excel.run`: runs the batch with a new request context (or the given
   * object's), then syncs what is still queued.
   */
  readonly run = async <T>(first: Batch<T> | FakeRequestContext | { context: FakeRequestContext } | RunOptions, second?: Batch<T>): Promise<T> => {
    const batch = typeof first === "function" ? first : second;
    if (batch === undefined) throw new TypeError("Excel.run needs a batch function.");
    const existing = typeof first === "function" ? null : first instanceof FakeRequestContext ? first : "context" in first ? first.context : null;
    const context = existing ?? new FakeRequestContext(this, (c) => new FakeWorkbook(c));
    if (existing === null && typeof first !== "function" && !("context" in first)) context.delayForCellEdit = (first as RunOptions).delayForCellEdit === true;
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /**
   * Makes a coming sync that sends commands fail with `code`, applying
   * nothing: the next one, or the one after `skip` others (to fail a write
   * that follows a read).
   */
  failNextSync(code: FakeErrorCode, options: { readonly skip?: number; readonly message?: string } = {}): void {
    this.failures.push({ code, message: options.message ?? `Injected failure: ${code}`, skip: options.skip ?? 0 });
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The largest request + response of the recorded syncs. */
  get maxSyncBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes + s.responseBytes));
  }

  /** Forgets the recorded syncs (before the part of a test that counts them). */
  resetSyncs(): void {
    this.syncs.length = 0;
  }

  noteSuspended(kind: "calculation" | "screenUpdating"): void {
    if (this.current !== null) this.current.suspended[kind] = true;
  }

  /** Runs the commands queued on `context`. */
  async executeSync(context: FakeRequestContext): Promise<void> {
    const ops = context.takeQueue();
    await Promise.resolve();
    if (ops.length === 0) return;
    this.beforeSync?.(this.syncs.length + 1, ops.length);
    // A delayed batch waits for editing to end (and again, should the user start another edit before it runs).
    while (this.editing && context.delayForCellEdit && this.honoursDelayForCellEdit) await this.editEnded?.promise;
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      commands: ops.length,
      requestBytes: ops.reduce((n, op) => n + op.requestBytes, 0),
      responseBytes: 0,
      ok: false,
      error: null,
      suspended: { calculation: false, screenUpdating: false },
    };
    this.syncs.push(record);
    const fail = (error: unknown): never => {
      record.error = error instanceof FakeExcelError ? error.code : "GeneralException";
      context.settleResolved(false);
      throw error;
    };
    for (const f of this.failures) f.skip--;
    const injected = this.failures.find((f) => f.skip < 0);
    if (injected) {
      this.failures.splice(this.failures.indexOf(injected), 1);
      fail(new FakeExcelError(injected.code, injected.message));
    }
    if (this.editing) fail(new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    if (record.requestBytes > this.payloadLimitBytes) {
      fail(new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload (${record.requestBytes} bytes) exceeds the limit.`));
    }
    const { applies, error } = this.runOps(ops, record);
    if (error === null && record.requestBytes + record.responseBytes > this.payloadLimitBytes) {
      this.store.rollback();
      fail(
        new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The request and response (${record.requestBytes + record.responseBytes} bytes) exceed the limit.`,
        ),
      );
    }
    const changed = this.store.changedCells;
    const changes = this.store.commit();
    this.calculateAfter(changed && !record.suspended.calculation);
    this.dispatch(changes, "ThisLocalAddin");
    if (error !== null) fail(error);
    for (const apply of applies) apply();
    context.settleResolved(true);
    record.ok = true;
  }

  /**
   * Fires the onChanged events of a change made here: "Local" in this
   * Excel, and "Remote" in every co-author's (Excel.EventSource, ExcelApi
   * 1.7: "Remote means the event comes from a remote user session"), where
   * the triggerSource is not this add-in's ("ThisLocalAddin" is only ever
   * local).
   */
  private dispatch(changes: readonly Change[], trigger: TriggerSource, changeType?: ChangeType): void {
    this.events.dispatch(this.store, changes, "Local", trigger, this.deliver, changeType);
    for (const peer of this.coauthoring?.session.peersOf(this) ?? []) peer.events.dispatch(this.store, changes, "Remote", "Unknown", peer.deliver, changeType);
  }

  private runOps(ops: readonly Op[], record: SyncRecord): { applies: (() => void)[]; error: unknown } {
    const applies: (() => void)[] = [];
    this.store.begin();
    this.current = record;
    try {
      for (const op of ops) {
        const result = op.run();
        if (!result) continue;
        record.responseBytes += result.bytes ?? 0;
        if (result.apply) applies.push(result.apply);
      }
      return { applies, error: null };
    } catch (e) {
      return { applies, error: e };
    } finally {
      this.current = null;
    }
  }

  /**
   * Automatic calculation after a change: the dependent formulas are
   * recalculated, unless the sync suspended calculation
   * (`suspendApiCalculationUntilNextSync`: "Once set, it is the developer's
   * responsibility to re-calc the workbook, to ensure that any dependencies
   * are propagated"). Cells changed under suspension stay out of date until
   * `application.calculate` or a later change that is not suspended.
   */
  private calculateAfter(changed: boolean): void {
    if (changed && this.store.calculationMode !== "Manual" && this.store.calcDirty) this.store.recalculate();
  }

  /** Opens the workbook as Excel would: every formula calculated (call after building it). */
  recalculate(): void {
    this.store.recalculate();
  }

  get recalcCount(): number {
    return this.store.recalcCount;
  }

  /**
   * Someone deletes data rows of a table (Table Design › Delete Table Rows):
   * worksheet onChanged events report "RowDeleted"; table onChanged events
   * do not fire at all (OfficeDev/office-js#294).
   */
  userDeleteTableRows(tableName: string, index: number, count = 1): void {
    const table = this.store.tableByName(tableName);
    if (table === undefined) throw itemNotFound(`the table "${tableName}"`);
    this.store.begin();
    for (let i = 0; i < count; i++) this.store.deleteTableRow(table.id, index);
    const changes = this.store.commit();
    this.calculateAfter(true);
    this.dispatch(changes, "Unknown", "RowDeleted");
  }

  /**
   * Someone types `value` into a cell ("Sheet!B3"), outside any add-in batch:
   * typed like Excel's UI, and onChanged events fire with triggerSource "Unknown".
   */
  userEdit(address: string, value: string | number | boolean): void {
    const { sheet, address: local } = splitAddress(address);
    const target = sheet === null ? undefined : this.store.sheetByName(sheet);
    const rect = parseRect(local);
    if (target === undefined || rect === null) throw itemNotFound(`the cell "${address}"`);
    this.store.begin();
    try {
      this.store.writeValues(target.id, { ...rect, rows: 1, cols: 1 }, [[value]]);
    } catch (e) {
      this.store.rollback();
      throw e;
    }
    const changes = this.store.commit();
    this.calculateAfter(true);
    this.dispatch(changes, "Unknown");
  }

  /**
   * Someone turns a sheet's protection off or on by hand (Review › Unprotect
   * Sheet / Protect Sheet): the deliberate step a hand edit of a protected
   * output sheet takes.
   */
  userSetProtection(sheetName: string, on: boolean, password: string | null = null): void {
    const sheet = this.store.sheetByName(sheetName);
    if (sheet === undefined) throw itemNotFound(`the worksheet "${sheetName}"`);
    this.store.begin();
    try {
      if (on) this.store.protectSheet(sheet.id, password);
      else this.store.unprotectSheet(sheet.id, password);
    } catch (e) {
      this.store.rollback();
      throw e;
    }
    this.store.commit();
  }
}

/** A new, empty fake host
 (add sheets and tables with the helpers in build.ts). */
export function createFakeExcel(options?: FakeExcelOptions): FakeExcelHost {
  return new FakeExcelHost(options);
}
