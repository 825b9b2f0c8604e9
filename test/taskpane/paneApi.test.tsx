/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { TableGrid } from "../../src/engine/types";
import { grade } from "../../src/engine/grade";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import type { OutputPlan, WorkbookPort, WorkbookSnapshot } from "../../src/workbook/port";
import { tableStatuses } from "../../src/taskpane/state/inputTables";
import { createPaneApi, type PaneHost } from "../../src/taskpane/state/paneApi";
import type { HostError, RunPhase } from "../../src/taskpane/state/paneTypes";
import { renderPane } from "./fakeApi";

// jest-environment-jsdom lacks TextEncoder (browsers and Node have it); the input fingerprint hashes UTF-8.
if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globalThis.TextEncoder = (require("node:util") as typeof import("node:util")).TextEncoder as typeof globalThis.TextEncoder;
}

function grid(name: string, sheet: string, rows: (string | number | null)[][]): TableGrid {
  const [header, ...body] = rows;
  return { name, sheet, headerRow: 1, firstColumn: 1, header, rows: body };
}

const UNITS = ["区发改局", "区工信局", "区财政局", "区商旅局", "区统计局"];

/** Five units of one category, every one graded. */
const tables: TableGrid[] = [
  grid("Units", "考评对象", [["Unit", "Category"], ...UNITS.map((u) => [u, "经济管理类和其他类"]), [null, null]]),
  grid("指标考核", "指标考核", [
    ["Unit", "Type", "Group", "MaxPoints", "Score"],
    ...UNITS.flatMap((u, i) => [
      [u, "functional", "core", 600, 590 - i * 10],
      [u, "common", null, 100, 95],
    ]),
  ]),
  grid("Satisfaction", "满意度", [["Unit", "Public", "Leader"], ...UNITS.map((u) => [u, 185, 92])]),
  grid("Rules", "规则", [
    ["Key", "Value"],
    ["core.min", 1],
  ]),
];

/** A workbook port over memory that records what is written. */
function memoryPort(snapshot: WorkbookSnapshot): WorkbookPort & { written: OutputPlan[] } {
  const written: OutputPlan[] = [];
  return {
    written,
    read: async () => snapshot,
    write: async (plan) => {
      written.push(plan);
    },
  };
}

const owned = { results: "absent", warnings: "absent", runlog: "absent", history: "absent" } as const;
const noPrint = { announcement: "absent", feedback: "absent" } as const;
const describeHostError = (e: unknown): HostError => ({
  code: "Test",
  messageZh: `宿主错误：${String(e)}`,
  messageEn: `Host error: ${String(e)}`,
  retryable: true,
});

function host(port: WorkbookPort, over: Partial<PaneHost> = {}): PaneHost {
  return {
    port,
    engine: async () => ({ grade, runAppraisal }),
    lang: "zh",
    version: "0.1.0",
    now: () => new Date("2017-01-10T09:00:00Z"),
    describeHostError,
    selectCell: jest.fn(async () => undefined),
    createInputTables: jest.fn(async () => undefined),
    ...over,
  };
}

describe("tableStatuses", () => {
  it("finds tables by English or Chinese name, any case, and counts non-blank rows", () => {
    const s = tableStatuses([
      {
        name: "units",
        rows: [
          ["区发改局", "经济类"],
          [null, "  "],
        ],
      },
      { name: "指标考核", rows: [] },
    ]);
    expect(s.find((t) => t.name === "Units")).toMatchObject({ found: true, rows: 1, required: true, zh: "考评对象" });
    expect(s.find((t) => t.name === "Indicators")).toMatchObject({ found: true, rows: 0 });
    expect(s.find((t) => t.name === "Survey")).toMatchObject({ found: false, required: true, alternative: "Satisfaction" });
    expect(s.find((t) => t.name === "Holidays")).toMatchObject({ found: false, required: false });
    expect(s.map((t) => t.name)).toHaveLength(11);
  });
});

describe("createPaneApi", () => {
  it("inspects the workbook's input tables", async () => {
    const api = createPaneApi(host(memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint })));
    const res = await api.inspect();
    if (!res.ok) throw new Error("inspect failed");
    expect(res.tables.find((t) => t.name === "Units")?.rows).toBe(5);
    expect(res.tables.find((t) => t.name === "Indicators")?.rows).toBe(10);
  });

  it("runs, reports the phases and writes", async () => {
    const port = memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint });
    const api = createPaneApi(host(port));
    const phases: RunPhase[] = [];
    const res = await api.recompute((p) => phases.push(p));
    expect(phases).toEqual(["read", "check", "grade", "write"]);
    if (!res.ok) throw new Error("run failed");
    expect(res.written).toBe(true);
    expect(res.result.categories[0]).toMatchObject({ size: 5, quotas: { first: 2, second: 3, third: 0 } });
    expect(port.written).toHaveLength(1);
  });

  it("does not write over a foreign output sheet", async () => {
    const port = memoryPort({ input: { tables }, ownership: { ...owned, results: "foreign" }, printOwnership: noPrint });
    const res = await createPaneApi(host(port)).recompute(() => undefined);
    if (!res.ok) throw new Error("run failed");
    expect(res.written).toBe(false);
    expect(res.result.diagnostics[0].code).toBe("OUTPUT_CONFLICT");
    expect(port.written).toHaveLength(0);
  });

  it("turns host failures into described errors", async () => {
    const port: WorkbookPort = { read: async () => Promise.reject("ItemNotFound"), write: async () => undefined };
    const selectCell = jest.fn(async () => Promise.reject("InvalidReference"));
    const api = createPaneApi(host(port, { selectCell }));
    expect(await api.inspect()).toEqual({ ok: false, error: describeHostError("ItemNotFound") });
    expect(await api.recompute(() => undefined)).toEqual({ ok: false, error: describeHostError("ItemNotFound") });
    expect(await api.selectCell("指标考核!F6")).toEqual({ ok: false, error: describeHostError("InvalidReference") });
    expect(selectCell).toHaveBeenCalledWith("指标考核!F6");
  });

  it("says how to add tables by hand when the host cannot create them", async () => {
    const withCreate = createPaneApi(host(memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint })));
    expect(withCreate.canCreateInputTables).toBe(true);
    expect(await withCreate.createInputTables(2026)).toEqual({ ok: true });
    const without = createPaneApi({ ...host(memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint })), createInputTables: undefined });
    expect(without.canCreateInputTables).toBe(false);
    const res = await without.createInputTables(2026);
    expect(res).toMatchObject({ ok: false, error: { code: "NotSupported", retryable: false } });
  });

  it("reads once when the tables and staleness are asked for together", async () => {
    const port = memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint });
    const read = jest.spyOn(port, "read");
    const api = createPaneApi(host(port));
    await Promise.all([api.inspect(), api.isStale()]);
    expect(read).toHaveBeenCalledTimes(1);
    await api.inspect();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("is stale when the last run's fingerprint, as the port read it, differs from the inputs'", async () => {
    const port = memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint });
    const res = await createPaneApi(host(port)).recompute(() => undefined);
    if (!res.ok) throw new Error("run failed");
    const fingerprint = res.result.inputFingerprint;
    const lastRun = (lastRunFingerprint: string | null) => memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint, lastRunFingerprint });
    expect(await createPaneApi(host(lastRun(fingerprint))).isStale()).toBe(false);
    expect(await createPaneApi(host(lastRun("sha256:old"))).isStale()).toBe(true);
    expect(await createPaneApi(host(lastRun(null))).isStale()).toBe(false);
    expect(await createPaneApi(host(port)).isStale()).toBe(false);
    expect(await createPaneApi(host(port, { isStale: async () => true })).isStale()).toBe(true);
  });

  it("passes input changes and the auto-recompute choice through", () => {
    const unsubscribe = jest.fn();
    const onInputsChanged = jest.fn(() => unsubscribe);
    const setAutoRecompute = jest.fn();
    const api = createPaneApi(host(memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint }), { onInputsChanged, setAutoRecompute }));
    const listener = () => undefined;
    api.onInputsChanged(listener)();
    expect(onInputsChanged).toHaveBeenCalledWith(listener);
    expect(unsubscribe).toHaveBeenCalled();
    api.setAutoRecompute(true);
    expect(setAutoRecompute).toHaveBeenCalledWith(true);
    // Without host events the pane still works: subscribing is a no-op.
    expect(() => createPaneApi(host(memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint }))).onInputsChanged(listener)()).not.toThrow();
  });

  it("drives the pane end to end over an in-memory workbook", async () => {
    const port = memoryPort({ input: { tables }, ownership: owned, printOwnership: noPrint });
    renderPane(createPaneApi(host(port)));
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    expect(await screen.findByRole("heading", { name: "已评定 5/5 个单位" })).toBeTruthy();
    expect(document.querySelector('[data-tier="first"]')?.textContent).toContain("一等：2 个，名额 2 个");
    await waitFor(() => expect(port.written).toHaveLength(1));
  });
});
