import { RULES } from "../engine/rules";
import { TABLES } from "../engine/tables";
import { buildTemplatePlan, columnFormat, DATE_FORMAT } from "./template";

describe("buildTemplatePlan", () => {
  it.each(["zh", "en"] as const)("has every input table once, on its template sheet, named in English (%s)", (lang) => {
    const plan = buildTemplatePlan(lang);
    expect(plan.map((t) => t.table)).toEqual(TABLES.map((t) => t.name));
    expect(plan.map((t) => t.sheet)).toEqual(TABLES.map((t) => t.sheet));
    expect(plan.map((t) => t.zh)).toEqual(TABLES.map((t) => t.zh));
    expect(new Set(plan.map((t) => t.table.toLowerCase())).size).toBe(plan.length);
  });

  it("heads the columns in the plan's language", () => {
    const zh = buildTemplatePlan("zh");
    const en = buildTemplatePlan("en");
    TABLES.forEach((decl, i) => {
      expect(zh[i].header).toEqual(decl.columns.map((c) => c.zh));
      expect(en[i].header).toEqual(decl.columns.map((c) => c.name));
    });
    expect(zh.find((t) => t.table === "Units")?.header).toEqual(["单位", "类别", "参加考评"]);
  });

  it("leaves every table but Rules empty", () => {
    for (const t of buildTemplatePlan("zh")) if (t.table !== "Rules") expect(t.rows).toEqual([]);
  });

  it.each(["zh", "en"] as const)("fills Rules with every key, its default and its note (%s)", (lang) => {
    const rules = buildTemplatePlan(lang).find((t) => t.table === "Rules");
    expect(rules?.rows).toEqual(RULES.map((r) => [r.key, r.default === "" ? null : r.default, r.note[lang]]));
    expect(rules?.rows.find((r) => r[0] === "categories")).toEqual(["categories", null, RULES.find((r) => r.key === "categories")?.note[lang]]);
    for (const row of rules?.rows ?? []) expect(row).toHaveLength(rules?.header.length ?? 0);
  });

  it("formats text columns as text and date columns as dates", () => {
    const indicators = buildTemplatePlan("zh").find((t) => t.table === "Indicators");
    expect(indicators?.formats).toEqual(["@", "General", "@", "@", "General", "General", DATE_FORMAT, DATE_FORMAT, DATE_FORMAT]);
  });

  it.each([
    ["text", "@"],
    ["date", "yyyy-mm-dd"],
    ["number", "General"],
    ["yesno", "General"],
  ] as const)("columnFormat(%s) is %s", (type, format) => expect(columnFormat(type)).toBe(format));
});
