/**
 * onChanged events of the fake host. Handlers are registered at the sync that
 * carries `add(handler)`, as in Office.js, and are called after every sync
 * that changed cells — the add-in's own writes included, because Excel fires
 * them for those too — and after a simulated user edit.
 */
import { formatRect, intersect, type Rect } from "./a1";
import type { FakeRequestContext } from "./proxy";
import type { Change, WorkbookStore } from "./store";

export type EventScope =
  | { readonly kind: "worksheet"; readonly sheetId: string }
  | { readonly kind: "table"; readonly tableId: string }
  | { readonly kind: "tables" }
  | { readonly kind: "worksheets" };

/** What changed (Excel.DataChangeType, as far as the fake models it). */
export type ChangeType = "RangeEdited" | "RowDeleted";

export type ChangeSource = "Local" | "Remote";

/** Who caused a change: the add-in's API calls or someone at the keyboard. */
export type TriggerSource = "ThisLocalAddin" | "Unknown";

export interface WorksheetChangedArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: ChangeType;
  readonly source: ChangeSource;
  readonly worksheetId: string;
  readonly address: string;
  readonly triggerSource: TriggerSource;
}

export interface TableChangedArgs {
  readonly type: "TableChanged";
  readonly changeType: "RangeEdited";
  readonly source: ChangeSource;
  readonly worksheetId: string;
  readonly tableId: string;
  readonly address: string;
}

type Handler = (args: WorksheetChangedArgs | TableChangedArgs) => unknown;

interface Registration {
  scope: EventScope | null;
  readonly handler: Handler;
}

export class EventRegistry {
  private registrations: Registration[] = [];
  /** Errors thrown by handlers (Excel swallows them; tests may look). */
  readonly handlerErrors: unknown[] = [];

  add(reg: Registration): void {
    this.registrations.push(reg);
  }

  remove(reg: Registration): void {
    this.registrations = this.registrations.filter((r) => r !== reg);
  }

  get count(): number {
    return this.registrations.length;
  }

  /** Calls the handlers concerned by `changes` through `deliver` (later, never synchronously). */
  dispatch(
    store: WorkbookStore,
    changes: readonly Change[],
    source: ChangeSource,
    trigger: TriggerSource,
    deliver: (fn: () => void) => void,
    changeType: ChangeType = "RangeEdited",
  ): void {
    const seen = new Set<string>();
    for (const change of changes) {
      const key = `${change.sheetId}|${formatRect(change.rect)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const reg of this.registrations) {
        for (const args of this.argsFor(store, reg, change, source, trigger, changeType)) {
          deliver(() => {
            try {
              void Promise.resolve(reg.handler(args)).catch((e: unknown) => this.handlerErrors.push(e));
            } catch (e) {
              this.handlerErrors.push(e);
            }
          });
        }
      }
    }
  }

  private argsFor(store: WorkbookStore, reg: Registration, change: Change, source: ChangeSource, trigger: TriggerSource, changeType: ChangeType) {
    const scope = reg.scope;
    if (scope === null) return [];
    if (scope.kind === "worksheet" || scope.kind === "worksheets") {
      if (scope.kind === "worksheet" && scope.sheetId !== change.sheetId) return [];
      const args: WorksheetChangedArgs = {
        type: "WorksheetChanged",
        changeType,
        source,
        worksheetId: change.sheetId,
        address: formatRect(change.rect),
        triggerSource: trigger,
      };
      return [args];
    }
    // Table events miss row deletions (OfficeDev/office-js#294): only worksheet events report them.
    if (changeType === "RowDeleted") return [];
    const tables = store.tables.filter((t) => t.sheetId === change.sheetId && (scope.kind === "tables" || t.id === scope.tableId));
    const out: TableChangedArgs[] = [];
    for (const t of tables) {
      const hit: Rect | null = intersect(t.rect, change.rect);
      if (hit === null) continue;
      out.push({ type: "TableChanged", changeType: "RangeEdited", source, worksheetId: t.sheetId, tableId: t.id, address: formatRect(hit) });
    }
    return out;
  }
}

/** `onChanged` of a worksheet, a table or the table collection. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly scope: () => EventScope | null,
  ) {}

  add(handler: Handler): { context: FakeRequestContext; remove: () => void } {
    const reg: Registration = { scope: null, handler };
    const events = this.context.host.events;
    this.context.enqueue(0, () => {
      const scope = this.scope();
      if (scope === null) return;
      return {
        apply: () => {
          reg.scope = scope;
          events.add(reg);
        },
      };
    });
    return {
      context: this.context,
      remove: () => this.context.enqueue(0, () => ({ apply: () => events.remove(reg) })),
    };
  }
}
