import { parseAddress } from "../../engine/address";
import { RESULTS_COLUMNS } from "../../workbook/outputs";
import { ANNOUNCEMENT_TOP, FEEDBACK_TOP, RESULTS_TOP, resultsRowAddress, WARNINGS_TOP } from "./resultsAddress";

describe("resultsAddress", () => {
  it("a unit's row spans every Results column, one row below the header per index", () => {
    expect(resultsRowAddress(0)).toBe("考评结果!A2:P2");
    expect(parseAddress(resultsRowAddress(44))).toEqual({ sheet: "考评结果", row: 46, column: 1, lastRow: 46, lastColumn: RESULTS_COLUMNS.length });
  });

  it("the tops of the sheets Appraise writes", () => {
    expect([RESULTS_TOP, WARNINGS_TOP, ANNOUNCEMENT_TOP, FEEDBACK_TOP]).toEqual(["考评结果!A1", "校验提示!A1", "考评通报!A1", "反馈单!A1"]);
  });
});
