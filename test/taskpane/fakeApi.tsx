/**
 * A hand-driven PaneApi for component tests: every method is a jest.fn, and
 * tests fire input changes through `changeInputs()`.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { AppraisePane, type AppraisePaneProps } from "../../src/taskpane/components/AppraisePane";
import type { Lang } from "../../src/taskpane/strings/i18n";
import type { InputChange, InspectResult, PaneApi, PaneRunResult, RunLockWait, RunPhase, TableStatus } from "../../src/taskpane/state/paneTypes";
import { gradedResult, someTables } from "./fixtures";

export interface FakeApi extends PaneApi {
  readonly inspect: jest.Mock<Promise<InspectResult>, []>;
  readonly recompute: jest.Mock<Promise<PaneRunResult>, [(p: RunPhase) => void, ((w: RunLockWait) => void)?]>;
  readonly selectCell: jest.Mock;
  readonly createInputTables: jest.Mock;
  readonly isStale: jest.Mock<Promise<boolean>, []>;
  readonly onInputsChanged: jest.Mock;
  readonly setAutoRecompute: jest.Mock;
  /** Calls every listener given to onInputsChanged (`remote`: a co-author's edit). */
  changeInputs(change?: InputChange): void;
  /** Listeners still subscribed. */
  listenerCount(): number;
}

export function fakeApi(options: { tables?: readonly TableStatus[]; stale?: boolean } = {}): FakeApi {
  const listeners = new Set<(change?: InputChange) => void>();
  return {
    inspect: jest.fn(async (): Promise<InspectResult> => ({ ok: true, tables: options.tables ?? someTables })),
    recompute: jest.fn(async (_onPhase: (p: RunPhase) => void): Promise<PaneRunResult> => ({
      ok: true,
      result: gradedResult,
      written: true,
    })),
    selectCell: jest.fn(async () => ({ ok: true })),
    createInputTables: jest.fn(async () => ({ ok: true })),
    isStale: jest.fn(async () => options.stale ?? false),
    onInputsChanged: jest.fn((listener: (change?: InputChange) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    setAutoRecompute: jest.fn(),
    changeInputs: (change?: InputChange) => listeners.forEach((l) => (change === undefined ? l() : l(change))),
    listenerCount: () => listeners.size,
  };
}

/** A promise the test settles by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function renderPane(api: PaneApi, lang: Lang = "zh", props: Partial<AppraisePaneProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppraisePane api={api} lang={lang} changeDelayMs={0} {...props} />
    </FluentProvider>,
  );
}
