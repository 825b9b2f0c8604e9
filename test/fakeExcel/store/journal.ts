/**
 * The journal: while a sync runs, every change to the document records how
 * to undo it, so a failed sync can apply nothing (host.ts rolls it back); it
 * notes the cells each change touched, for the onChanged events (events.ts)
 * and for recalculation (calculation.ts), and hands out the objects' ids.
 */
import type { Rect } from "../a1";

export interface Change {
  readonly sheetId: string;
  readonly rect: Rect;
}

export class Journal {
  /** Cells changed since the last recalculation, so dependent formulas are out of date. */
  calcDirty = false;
  private undo: (() => void)[] | null = null;
  private changes: Change[] = [];
  private nextId = 1;

  begin(): void {
    this.undo = [];
    this.changes = [];
  }

  /** Ends the transaction and returns what changed. */
  commit(): Change[] {
    this.undo = null;
    const out = this.changes;
    this.changes = [];
    return out;
  }

  rollback(): void {
    const undo = this.undo ?? [];
    this.undo = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    this.changes = [];
  }

  /** Records how to undo a change (a no-op outside a sync). */
  remember(undo: () => void): void {
    this.undo?.push(undo);
  }

  /** Notes that `rect` of the sheet changed: an onChanged event, and formulas now out of date. */
  touch(sheetId: string, rect: Rect): void {
    this.changes.push({ sheetId, rect });
    this.calcDirty = true;
  }

  /** True when the current transaction changed cells. */
  get changedCells(): boolean {
    return this.changes.length > 0;
  }

  newId(prefix: string): string {
    const n = String(this.nextId++).padStart(12, "0");
    return `{${prefix}-0000-4000-8000-${n}}`;
  }
}
