/**
 * Co-authoring in the fake host: several co-authors' Excels open on one
 * workbook (one shared WorkbookStore), as on OneDrive or SharePoint with
 * AutoSave on. Modelled from Microsoft's documentation only:
 *
 * - every change made in one Excel fires onChanged in the others with
 *   `source: "Remote"` (Excel.EventSource, ExcelApi 1.7: "Remote means the
 *   event comes from a remote user session"), and "Local" in its own
 *   (host.ts' dispatch);
 * - cell contents synchronise ("When you change a workbook's content, Excel
 *   automatically synchronizes those changes across all coauthors",
 *   "Coauthoring in Excel add-ins", learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins):
 *   here at once, since the store is shared;
 * - rows added with `TableRowCollection.add` by two co-authors at the end of
 *   the same table at the same time are a merge conflict (same page,
 *   "Avoid table row coauthoring conflicts": "adding table rows through the
 *   Table APIs results in merge conflicts for coauthoring users"; "use
 *   Range.values instead"). "At the same time" is modelled as within
 *   `mergeWindowMs` of the session's clock (injected, so a test never
 *   waits): changes take a moment to reach the other co-authors. Writes with
 *   `Range.values` (to distinct cells) never conflict.
 */
import { FakeExcelHost, type FakeExcelOptions } from "./host";

/** One merge conflict the model saw: two co-authors' row adds at the end of one table. */
export interface MergeConflict {
  readonly tableId: string;
  readonly authors: readonly [string, string];
  readonly at: number;
}

export interface CoauthoringOptions extends Omit<FakeExcelOptions, "store"> {
  /** The session's clock in ms (`Date.now` unless given). */
  readonly now?: () => number;
  /** How close two row adds by different co-authors must be to conflict; 5 s unless given. */
  readonly mergeWindowMs?: number;
}

export class CoauthoringSession {
  readonly hosts: FakeExcelHost[] = [];
  readonly conflicts: MergeConflict[] = [];
  /** Every `TableRowCollection.add` by a co-author, in order. */
  readonly rowAdds: { readonly author: string; readonly tableId: string; readonly at: number }[] = [];

  constructor(
    private readonly now: () => number,
    private readonly mergeWindowMs: number,
  ) {}

  /** The other co-authors' Excels. */
  peersOf(host: FakeExcelHost): FakeExcelHost[] {
    return this.hosts.filter((h) => h !== host);
  }

  /** A co-author's `TableRowCollection.add`: a conflict when another co-author added to the same table within the window. */
  noteRowAdd(host: FakeExcelHost, tableId: string): void {
    const author = host.coauthoring?.author ?? "";
    const at = this.now();
    const other = this.rowAdds.find((a) => a.tableId === tableId && a.author !== author && Math.abs(at - a.at) <= this.mergeWindowMs);
    if (other !== undefined) this.conflicts.push({ tableId, authors: [other.author, author], at });
    this.rowAdds.push({ author, tableId, at });
  }
}

/**
 * Opens one workbook in several co-authors' Excels: build the workbook
 * through any one host (they share its store).
 * @example
 * const { hosts: [zhang, li] } = createCoauthoredExcel(["张三", "李四"]);
 * zhang.userEdit("指标考核!F3", 90); // li's handlers see source "Remote"
 */
export function createCoauthoredExcel(authors: readonly string[], options: CoauthoringOptions = {}): { hosts: FakeExcelHost[]; session: CoauthoringSession } {
  const session = new CoauthoringSession(options.now ?? Date.now, options.mergeWindowMs ?? 5000);
  const first = new FakeExcelHost(options);
  for (const author of authors) {
    const host = session.hosts.length === 0 ? first : new FakeExcelHost({ ...options, store: first.store });
    host.coauthoring = { session, author };
    session.hosts.push(host);
  }
  return { hosts: session.hosts, session };
}
