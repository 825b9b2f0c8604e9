/**
 * The journal: while a sync runs, every change the store makes records how
 * to undo it, so a failed sync can apply nothing (host.ts rolls it back), and
 * notes the cells it changed for the onChanged events (events.ts) and for
 * recalculation (calculation.ts). It also hands out the objects' ids.
 */
import type { Rect } from "../a1";

export interface Change {
  readonly sheetId: string;
  readonly rect: Rect;
}

export abstract class StoreJournal {
  /** Cells changed since the last recalculation, so dependent formulas are out of date. */
  calcDirty = false;
  private journal: (() => void)[] | null = null;
  private changes: Change[] = [];
  private nextId = 1;

  begin(): void {
    this.journal = [];
    this.changes = [];
  }

  /** Ends the transaction and returns what changed. */
  commit(): Change[] {
    this.journal = null;
    const out = this.changes;
    this.changes = [];
    return out;
  }

  rollback(): void {
    const undo = this.journal ?? [];
    this.journal = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    this.changes = [];
  }

  /** Records how to undo a change made outside the store's own methods (printModel.ts). */
  journalUndo(undo: () => void): void {
    this.remember(undo);
  }

  protected remember(undo: () => void): void {
    this.journal?.push(undo);
  }

  protected touch(sheetId: string, rect: Rect): void {
    this.changes.push({ sheetId, rect });
    this.calcDirty = true;
  }

  /** True when the current transaction changed cells. */
  get changedCells(): boolean {
    return this.changes.length > 0;
  }

  protected newId(prefix: string): string {
    const n = String(this.nextId++).padStart(12, "0");
    return `{${prefix}-0000-4000-8000-${n}}`;
  }
}
