import { TABLES } from "../../engine/tables";
import { buildTemplatePlan } from "../template";
import { importedPlan } from "./importedPlan";

describe("importedPlan", () => {
  it("puts each imported column under the template's column of its name, with the template's lists and formats", () => {
    const plan = importedPlan(
      [
        { name: "Units", columns: ["Unit", "Category"], rows: [["区发改局", "经济管理类"]] },
        { name: "Bonuses", columns: ["Unit", "Item", "ApprovedPoints", "Multiplier"], rows: [["区发改局", "获省级表彰", 3, 1]] },
      ],
      "zh",
      2025,
    );
    const template = buildTemplatePlan("zh", 2025);
    expect(plan.map((t) => [t.table, t.header, t.lists, t.formats])).toEqual(template.map((t) => [t.table, t.header, t.lists, t.formats]));
    expect(plan[0].rows).toEqual([["区发改局", "经济管理类", null]]);
    const bonuses = plan.find((t) => t.table === "Bonuses");
    const at = (name: string) => TABLES.find((t) => t.name === "Bonuses")?.columns.findIndex((c) => c.name === name) ?? -1;
    expect([bonuses?.rows[0][at("Unit")], bonuses?.rows[0][at("ApprovedPoints")], bonuses?.rows[0][at("Multiplier")]]).toEqual(["区发改局", 3, 1]);
    // A table the import did not fill keeps the template's rows: Rules of the year.
    expect(plan.find((t) => t.table === "Rules")?.rows).toEqual(template.find((t) => t.table === "Rules")?.rows);
  });
});
