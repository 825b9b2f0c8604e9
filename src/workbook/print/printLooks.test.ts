import { PLAIN_LOOK, PRINT_LOOKS, printFormat } from "./printLooks";
import { printRowHeight, span } from "./printPlan";

describe("the print looks", () => {
  it("gives text the Text format whatever it looks like, numbers the score format only in a number look", () => {
    expect(printFormat({ value: "=1+1", style: "number" }, "0.00")).toBe("@");
    expect(printFormat({ value: 968.75, style: "number" }, "0.00")).toBe("0.00");
    expect(printFormat({ value: null, style: "number" }, "0.00")).toBe("0.00");
    expect(printFormat({ value: 3, style: "cell" }, "0.00")).toBeNull();
  });

  it("borders exactly the table looks and sizes rows by each look's line", () => {
    const bordered = Object.entries(PRINT_LOOKS)
      .filter(([, look]) => look.border)
      .map(([style]) => style);
    expect(bordered.sort()).toEqual(["cell", "number", "tableHeader"]);
    expect(printRowHeight(span("通报", "title"), [26, 10, 12, 44])).toBe(PRINT_LOOKS.title.linePoints);
    expect(printRowHeight(span("说".repeat(60), "note"), [26, 10, 12, 44])).toBe(2 * PRINT_LOOKS.note.linePoints);
    expect(PRINT_LOOKS.line).not.toEqual(PLAIN_LOOK);
  });
});
