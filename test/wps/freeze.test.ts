/**
 * The header row frozen on the output sheets the WPS adapter creates, as in
 * Excel, through the active window (Window.SplitRow, FreezePanes), with the
 * user's active sheet activated again after; a sheet that existed keeps its
 * panes as the user left them.
 */
import * as path from "node:path";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { VERSION } from "../../src/version";
import { FIXED_NOW } from "../helpers/cli";
import { fakeFromFile } from "../helpers/golden";
import { createFakeWps } from "../fakeWps";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");
const OUTPUTS = Object.values(OUTPUT_SHEETS).map((o) => o.sheet);

describe("the WPS adapter's header freeze", () => {
  it("freezes row 1 of Results, Warnings, History and RunLog when it creates them, and leaves the user on their sheet", async () => {
    const host = await fakeFromFile(DEMO);
    const store = host.store;
    const userSheet = store.sheets[1];
    store.activeSheetId = userSheet.id;
    const port = createWpsPort(() => createFakeWps(store).ActiveWorkbook);
    expect((await runAppraisal(port, { lang: "zh", version: VERSION, now: FIXED_NOW })).written).toBe(true);
    expect(OUTPUTS.map((name) => [name, store.sheetByName(name)?.frozenRows])).toEqual(OUTPUTS.map((name) => [name, 1]));
    expect(store.activeSheetId).toBe(userSheet.id);
    expect(store.sheets.filter((s) => !OUTPUTS.includes(s.name)).every((s) => s.frozenRows === 0)).toBe(true);

    // The user unfreezes Results; the next run refills it and leaves the panes as they are.
    store.freezeRows(store.sheetByName(OUTPUT_SHEETS.results.sheet)!.id, 0);
    expect((await runAppraisal(port, { lang: "zh", version: VERSION, now: FIXED_NOW })).written).toBe(true);
    expect(store.sheetByName(OUTPUT_SHEETS.results.sheet)?.frozenRows).toBe(0);
    expect(store.activeSheetId).toBe(userSheet.id);
  });
});
