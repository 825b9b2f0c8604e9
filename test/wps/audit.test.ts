/**
 * Issue 22: the pane's audit in WPS 表格 (src/workbook/wps/auditWps.ts, SPEC
 * §7), over the fake WPS host on the demo, the same audit as the Excel
 * pane's and `appraise verify`'s: a fresh grading audits as written; a tier
 * a user types over through the object model is named, that cell alone,
 * with what it says and what Appraise wrote, exactly as verify names the
 * same edit in the package port's copy (typed there by openpyxl); a changed
 * RunLog row breaks the record at that row; an input changed after the run
 * is out of date and accuses no cell; an error typed over a composite is
 * named by its text (#REF!), not by the number WPS's COM bridge gives. The audit writes nothing, and the
 * pane asks for it only once no other page's run holds the run flag.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createWpsPane } from "../../src/hosts/wps/wpsPane";
import { RUN_FLAG_KEY, takeRunFlag } from "../../src/hosts/wps/runFlag";
import { etApplication } from "../../src/hosts/wps/wpsRoot";
import { VERSION } from "../../src/version";
import { OUTPUT_SHEETS, type OutputPlan } from "../../src/workbook/port";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { auditWps } from "../../src/workbook/wps/auditWps";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import type { WpsWorkbook } from "../../src/workbook/wps/facade";
import { auditPackage } from "../../src/workbook/xlsx/auditPackage";
import { openPackage } from "../../src/workbook/xlsx/openPackage";
import { createPackagePort } from "../../src/workbook/xlsx/packagePort";
import { FIXED_NOW, tempDir } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import { createFakeWpsRoot, type FakeWpsRootOptions } from "../fakeWps/root";
import { inputNumberCell } from "./helpers/inputCell";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");
const LATER = new Date(FIXED_NOW.getTime() + 3_600_000);
const RESULTS = OUTPUT_SHEETS.results;
const RUNLOG = OUTPUT_SHEETS.runlog;
const OPENPYXL = findPython(["openpyxl"]);

/** The demo in a fake WPS; `grade` runs Appraise through the WPS port, as the ribbon's 重新计算 does. */
async function demo(options: FakeWpsRootOptions = {}) {
  const host = await fakeFromFile(DEMO);
  const fake = createFakeWpsRoot(host.store, options);
  const workbook = (): WpsWorkbook => etApplication(fake.root).ActiveWorkbook;
  const grade = (now = FIXED_NOW) => runAppraisal(createWpsPort(workbook), { lang: "zh", version: VERSION, now });
  return { host, fake, workbook, grade };
}

const column = (n: number): string => (n > 26 ? column(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** The first unit's cell of a 考评结果 column ("考评结果!N2" for 等次), its address on the sheet and what it says. */
function firstTier(workbook: WpsWorkbook, heading = "等次"): { local: string; value: string } {
  const table = workbook.Worksheets.Item(RESULTS.sheet).ListObjects.Item(RESULTS.table);
  const header = table.HeaderRowRange!;
  const c = (header.Value2 as unknown[][])[0].indexOf(heading);
  expect(c).toBeGreaterThanOrEqual(0);
  const local = `${column(header.Column + c)}${header.Row + 1}`;
  return { local, value: String(workbook.Worksheets.Item(RESULTS.sheet).Range(local).Value2) };
}

/** What a user types over a tier: another tier. */
const otherTier = (tier: string): string => (tier === "一等" ? "二等" : "一等");

/** Types a value into a cell as a user does in WPS: the sheet unprotected first (Appraise protects it without a password). */
function userTypes(workbook: WpsWorkbook, sheet: string, local: string, value: string | number): void {
  const ws = workbook.Worksheets.Item(sheet);
  ws.Unprotect();
  ws.Range(local).Value2 = value;
}

/** Changes the first number of an input table's body, as a user retypes a score. */
function changeInput(workbook: WpsWorkbook): void {
  const { cell, value } = inputNumberCell(workbook);
  cell.Value2 = value + 7;
}

/** Every sheet as text, to see that the audit wrote nothing. */
const everySheet = (host: Awaited<ReturnType<typeof fakeFromFile>>) => host.store.sheets.map((s) => [s.name, hostSheetText(host, s.name)]);

describe("the audit in WPS 表格 (fake WPS host, the demo)", () => {
  it("finds no Results before the first grading, and writes nothing", async () => {
    const { host, fake, workbook } = await demo();
    const before = everySheet(host);
    let changes = 0;
    fake.sheetChange.add(() => void changes++);
    const a = auditWps(workbook());
    expect(a).toMatchObject({ hasResults: false, edited: [], inputsChanged: true, lastRunFingerprint: null });
    expect(everySheet(host)).toEqual(before);
    expect(changes).toBe(0);
  });

  it("after a grading: Results as written and as the inputs give, the inputs of the last run, the chain holding; nothing written", async () => {
    const { host, fake, workbook, grade } = await demo();
    const run = await grade();
    expect(run.written).toBe(true);
    const before = everySheet(host);
    let changes = 0;
    fake.sheetChange.add(() => void changes++);
    const a = auditWps(workbook());
    expect(a).toMatchObject({ hasResults: true, edited: [], asWritten: "same", matchesInputs: true, inputsChanged: false });
    expect(a.inputFingerprint).toBe(run.result.inputFingerprint);
    expect(a.record).toEqual({ chainedRows: 1, unchainedRows: 0, brokenAt: null });
    expect(everySheet(host)).toEqual(before);
    expect(changes).toBe(0);
  });

  it.each([
    ["", {}],
    [" (the build whose Count and UsedRange are methods)", { methods: true }],
  ])("names exactly the tier a user typed over, with what it says and what Appraise wrote%s", async (_, options) => {
    const { workbook, grade } = await demo(options);
    await grade();
    const tier = firstTier(workbook());
    userTypes(workbook(), RESULTS.sheet, tier.local, otherTier(tier.value));
    const a = auditWps(workbook());
    expect(a.edited).toEqual([
      { cell: `${RESULTS.sheet}!${tier.local}`, column: "等次", written: otherTier(tier.value), expected: tier.value, basis: "inputs" },
    ]);
    expect(a).toMatchObject({ asWritten: "differ", inputsChanged: false, editsUnattributed: false });
  });

  it("names an error typed over a composite by the error's text, as the user sees it", async () => {
    const { host, workbook, grade } = await demo();
    await grade();
    const composite = firstTier(workbook(), "综合得分");
    const ws = workbook().Worksheets.Item(RESULTS.sheet);
    ws.Unprotect();
    ws.Range(composite.local).Formula = "=#REF!";
    host.recalculate();
    const a = auditWps(workbook());
    expect(a.edited).toEqual([
      { cell: `${RESULTS.sheet}!${composite.local}`, column: "综合得分", written: "#REF!", expected: Number(composite.value).toFixed(2), basis: "inputs" },
    ]);
  });

  it.each([2, 3])("finds the RunLog row %i changed: the record breaks at that row", async (row) => {
    const { workbook, grade } = await demo();
    await grade();
    changeInput(workbook());
    await grade(LATER);
    expect(auditWps(workbook()).record).toEqual({ chainedRows: 2, unchainedRows: 0, brokenAt: null });
    userTypes(workbook(), RUNLOG.sheet, `G${row}`, 99);
    const a = auditWps(workbook());
    expect(a.record?.brokenAt).toEqual({ kind: "runlog", cell: `${RUNLOG.sheet}!A${row}` });
    // Results themselves are as the last run wrote them; no cell is accused.
    expect(a.edited).toEqual([]);
  });

  it("after an input change only: out of date, no cell called edited", async () => {
    const { workbook, grade } = await demo();
    await grade();
    changeInput(workbook());
    const a = auditWps(workbook());
    expect(a.edited).toEqual([]);
    expect(a).toMatchObject({ inputsChanged: true, asWritten: "same", matchesInputs: false, editsUnattributed: false });
  });

  it("after a hand edit and an input change, names the hand-edited tier alone, against what History recorded", async () => {
    const { workbook, grade } = await demo();
    await grade();
    const tier = firstTier(workbook());
    userTypes(workbook(), RESULTS.sheet, tier.local, otherTier(tier.value));
    changeInput(workbook());
    const a = auditWps(workbook());
    expect(a.edited).toEqual([
      { cell: `${RESULTS.sheet}!${tier.local}`, column: "等次", written: otherTier(tier.value), expected: tier.value, basis: "history" },
    ]);
    expect(a).toMatchObject({ inputsChanged: true, asWritten: "differ", editsUnattributed: false });
  });
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "the WPS audit and verify's", () => {
  let dir = "";
  beforeAll(() => (dir = tempDir("appraise-wps-audit-")));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The demo graded by the package port (`appraise score`), then one cell typed over in another program (openpyxl). */
  async function packageEdited(local: string, value: string): Promise<Uint8Array> {
    const opened = openPackage(fs.readFileSync(DEMO));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const port = createPackagePort(opened.opened);
    expect((await runAppraisal(port, { lang: "zh", version: VERSION, now: FIXED_NOW })).written).toBe(true);
    const file = path.join(dir, "graded.xlsx");
    fs.writeFileSync(file, port.copy()!);
    const script = "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb[sys.argv[2]][sys.argv[3]].value = sys.argv[4]\nwb.save(sys.argv[1])";
    runPython(OPENPYXL!, script, [file, RESULTS.sheet, local, value]);
    return fs.readFileSync(file);
  }

  it("agree on the same tier typed over: the same cell, what it says, what Appraise wrote", async () => {
    const { workbook, grade } = await demo();
    await grade();
    const tier = firstTier(workbook());
    userTypes(workbook(), RESULTS.sheet, tier.local, otherTier(tier.value));
    const inWps = auditWps(workbook());
    const opened = openPackage(await packageEdited(tier.local, otherTier(tier.value)));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const inPackage = auditPackage(opened.opened);
    expect(inWps.edited).toHaveLength(1);
    expect(inPackage.edited).toEqual(inWps.edited);
    expect(inPackage).toMatchObject({ asWritten: inWps.asWritten, inputsChanged: inWps.inputsChanged, inputFingerprint: inWps.inputFingerprint });
  });
});

describe("the WPS pane's audit", () => {
  it("is the audit of the workbook as it stands", async () => {
    const { fake, workbook, grade } = await demo();
    await grade();
    const tier = firstTier(workbook());
    userTypes(workbook(), RESULTS.sheet, tier.local, otherTier(tier.value));
    const pane = createWpsPane({ root: fake.root, lang: "zh", now: () => FIXED_NOW, storage: null });
    const a = await pane.api.auditResults!();
    expect(a.edited.map((e) => e.cell)).toEqual([`${RESULTS.sheet}!${tier.local}`]);
  });

  it("waits while the ribbon's run holds the run flag: a run between its Results and its RunLog row is not taken for a hand edit", async () => {
    const { fake, workbook, grade } = await demo();
    await grade();
    changeInput(workbook());
    const pane = createWpsPane({ root: fake.root, lang: "zh", now: () => LATER, storage: null });
    // The ribbon's run takes the flag; the test makes its writes in two halves, as another page's would land.
    const flag = takeRunFlag(fake.root.PluginStorage, "ribbon", LATER.getTime());
    if (!("release" in flag)) throw new Error("the flag is taken");
    // The event the test waits for: the pane looking at the flag and finding it held.
    const storage = fake.root.PluginStorage;
    const getItem = storage.getItem.bind(storage);
    let sawHeld: () => void = () => undefined;
    const looked = new Promise<void>((resolve) => (sawHeld = resolve));
    storage.getItem = (key) => {
      const value = getItem(key);
      if (key === RUN_FLAG_KEY && value !== null) sawHeld();
      return value;
    };
    const audit = pane.api.auditResults!();
    let plan: OutputPlan | null = null;
    const outcome = await runAppraisal(
      { read: () => createWpsPort(workbook).read(), write: async (p) => void (plan = p) },
      { lang: "zh", version: VERSION, now: LATER },
    );
    if (plan === null) throw new Error("the run wrote nothing");
    const { results } = plan as OutputPlan;
    // The first half: the new Results, no RunLog row yet. Read now, they would be taken for hand edits.
    const body = workbook().Worksheets.Item(RESULTS.sheet).ListObjects.Item(RESULTS.table).DataBodyRange!;
    expect(results?.rows.length).toBe(body.Value2 instanceof Array ? body.Value2.length : 1);
    workbook().Worksheets.Item(RESULTS.sheet).Unprotect();
    body.Value2 = results!.rows.map((r) => [...r]);
    expect(auditWps(workbook()).edited.length).toBeGreaterThan(0);
    // Whichever comes first: the pane finding the flag held (right), or its audit read mid-run (wrong).
    let released = false;
    const early = audit.then((a) => {
      if (!released) throw new Error(`the pane audited while the ribbon's run held the flag: ${JSON.stringify(a.edited.slice(0, 2))}`);
    });
    await Promise.race([looked, early]);
    // The second half, and the flag released.
    await createWpsPort(workbook).write(plan);
    released = true;
    flag.release();
    const a = await audit;
    await early;
    expect(a).toMatchObject({ hasResults: true, edited: [], asWritten: "same", inputsChanged: false, matchesInputs: true });
    expect(a.inputFingerprint).toBe(outcome.result.inputFingerprint);
    expect(a.record).toEqual({ chainedRows: 2, unchainedRows: 0, brokenAt: null });
  });
});
