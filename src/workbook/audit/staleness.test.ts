import { RUNLOG_COLUMNS } from "../columns/runLogColumns";
import type { LoggedTable } from "./loggedTable";
import { inputsOfLastRun, isStale, lastRunFingerprint } from "./staleness";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const zh = RUNLOG_COLUMNS.map((c) => c.zh);
const en = RUNLOG_COLUMNS.map((c) => c.en);
const at = RUNLOG_COLUMNS.findIndex((c) => c.en === "InputFingerprint");
/** A RunLog row with `fingerprint` in its InputFingerprint column, the rest filled. */
const row = (fingerprint: string | null) => RUNLOG_COLUMNS.map((c, i) => (i === at ? fingerprint : c.en === "Time" ? "2026-01-05T08:00:00.000Z" : 3));
const table = (headers: unknown[], rows: unknown[][]): LoggedTable => ({ headers, rows, firstRow: 2 });

describe("the last run's fingerprint", () => {
  it("is the last non-blank row's, its column found by header in either language and any order", () => {
    expect(lastRunFingerprint(table(zh, [row(A), row(B)]))).toBe(B);
    expect(
      lastRunFingerprint(
        table(
          en.map((h) => h.toLowerCase()),
          [row(A), row(B), zh.map(() => null)],
        ),
      ),
    ).toBe(B);
    const reversed = (r: unknown[]) => [...r].reverse();
    expect(lastRunFingerprint(table(reversed(en), [reversed(row(A))]))).toBe(A);
  });

  it("is null with no run, no such column, or no fingerprint in it", () => {
    expect(lastRunFingerprint(table(zh, []))).toBeNull();
    expect(
      lastRunFingerprint(
        table(
          zh.map((h, i) => (i === at ? "备注2" : h)),
          [row(A)],
        ),
      ),
    ).toBeNull();
    expect(lastRunFingerprint(table(zh, [row(A), row("hand-typed")]))).toBeNull();
  });
});

describe("staleness", () => {
  it("is stale only when a run is recorded and the inputs differ from its", () => {
    expect([isStale(A, A), isStale(A, B), isStale(A, null)]).toEqual([false, true, false]);
    expect([inputsOfLastRun(A, A), inputsOfLastRun(A, B), inputsOfLastRun(A, null)]).toEqual([true, false, false]);
  });
});
