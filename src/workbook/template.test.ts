import { readCell } from "../engine/readTable";
import { RULES } from "../engine/rules";
import { CORE_GROUPS, TABLES, TEMPORARY_GROUPS, VETO_AREAS, type ColumnDecl } from "../engine/tables";
import { buildTemplateGuide, buildTemplatePlan, columnFormat, DATE_FORMAT, listAlert, ruleValueForYear } from "./template";
import { GUIDE_NOTES, TABLE_PURPOSES } from "./templateGuide";

describe("buildTemplatePlan", () => {
  it.each(["zh", "en"] as const)("has every input table once, on its template sheet, named in English (%s)", (lang) => {
    const plan = buildTemplatePlan(lang, 2016);
    expect(plan.map((t) => t.table)).toEqual(TABLES.map((t) => t.name));
    expect(plan.map((t) => t.sheet)).toEqual(TABLES.map((t) => t.sheet));
    expect(plan.map((t) => t.zh)).toEqual(TABLES.map((t) => t.zh));
    expect(new Set(plan.map((t) => t.table.toLowerCase())).size).toBe(plan.length);
  });

  it("heads the columns in the plan's language", () => {
    const zh = buildTemplatePlan("zh", 2016);
    const en = buildTemplatePlan("en", 2016);
    TABLES.forEach((decl, i) => {
      expect(zh[i].header).toEqual(decl.columns.map((c) => c.zh));
      expect(en[i].header).toEqual(decl.columns.map((c) => c.name));
    });
    expect(zh.find((t) => t.table === "Units")?.header).toEqual(["单位", "类别", "参加考评"]);
  });

  it("leaves every table but Rules empty", () => {
    for (const t of buildTemplatePlan("zh", 2016)) if (t.table !== "Rules") expect(t.rows).toEqual([]);
  });

  it.each(["zh", "en"] as const)("fills Rules with every key, its default and its note (%s)", (lang) => {
    const rules = buildTemplatePlan(lang, 2016).find((t) => t.table === "Rules");
    expect(rules?.rows).toEqual(RULES.map((r) => [r.key, r.default === "" ? null : r.default, r.note[lang]]));
    expect(rules?.rows.find((r) => r[0] === "categories")).toEqual(["categories", null, RULES.find((r) => r.key === "categories")?.note[lang]]);
    for (const row of rules?.rows ?? []) expect(row).toHaveLength(rules?.header.length ?? 0);
  });

  it("moves the period and the adjustment deadline to the year asked for, and nothing else", () => {
    const rules = new Map(
      buildTemplatePlan("zh", 2026)
        .find((t) => t.table === "Rules")
        ?.rows.map((r) => [r[0], r[1]]),
    );
    expect(rules.get("period.start")).toBe("2026-01-01");
    expect(rules.get("period.end")).toBe("2026-12-31");
    expect(rules.get("deadline.adjustment")).toBe("2026-11-25");
    const moved = new Set(["period.start", "period.end", "deadline.adjustment"]);
    for (const r of RULES) if (!moved.has(r.key)) expect(rules.get(r.key)).toBe(r.default === "" ? null : r.default);
  });

  it.each([
    ["2016-01-01", 2026, "2026-01-01"],
    ["2016-12-31", 1999, "1999-12-31"],
    ["2015-12-01", 2026, "2025-12-01"],
    ["10", 2026, "10"],
    ["1,0.8,0.6,0", 2026, "1,0.8,0.6,0"],
  ])("ruleValueForYear(%s, %s) is %s", (value, year, expected) => {
    expect(ruleValueForYear(value, year)).toBe(expected);
  });

  it("formats text columns as text and date columns as dates", () => {
    const indicators = buildTemplatePlan("zh", 2016).find((t) => t.table === "Indicators");
    expect(indicators?.formats).toEqual(["@", "General", "@", "@", "General", "General", DATE_FORMAT, DATE_FORMAT, DATE_FORMAT]);
  });

  it.each([
    ["text", "@"],
    ["date", "yyyy-mm-dd"],
    ["number", "General"],
    ["yesno", "General"],
  ] as const)("columnFormat(%s) is %s", (type, format) => expect(columnFormat(type)).toBe(format));

  it.each(["zh", "en"] as const)("offers a drop-down list on every enumerated column, each word read by the engine as a different value (%s)", (lang) => {
    for (const [decl, table] of TABLES.map((d, i) => [d, buildTemplatePlan(lang, 2026)[i]] as const)) {
      decl.columns.forEach((c: ColumnDecl, i) => {
        const words = table.lists[i];
        const enumerated = c.type === "yesno" || c.type === "indicatorType" || c.type === "satisfactionKind" || c.type === "holidayKind";
        if (enumerated) expect([decl.name, c.name, words?.length]).toEqual([decl.name, c.name, 2]);
        if (!enumerated || words === null) return;
        const values = words.map((w) => readCell(w, c));
        for (const v of values) expect(v.ok).toBe(true);
        expect(new Set(values.map((v) => (v.ok ? String(v.value) : null))).size).toBe(words.length);
      });
    }
  });

  it("offers the plan's veto areas, the bonus kinds and the two groups the engine checks", () => {
    const lists = (lang: "zh" | "en", table: string) => buildTemplatePlan(lang, 2026).find((t) => t.table === table)?.lists;
    expect(lists("zh", "Vetoes")).toEqual([null, VETO_AREAS, null]);
    expect(lists("en", "Vetoes")).toEqual([null, VETO_AREAS, null]);
    expect(lists("zh", "Indicators")?.[2]).toEqual(["核心职能", "临时性重大工作"]);
    for (const w of lists("zh", "Indicators")?.[2] ?? []) expect([...CORE_GROUPS, ...TEMPORARY_GROUPS]).toContain(w);
    for (const w of lists("en", "Indicators")?.[2] ?? []) expect([...CORE_GROUPS, ...TEMPORARY_GROUPS]).toContain(w);
    expect(lists("zh", "Bonuses")?.[2]).toEqual(["表彰奖励", "工作创新", "指标超额"]);
    expect(lists("zh", "Satisfaction")).toEqual([null, null, null]);
    // Excel refuses a list whose text is over 255 characters.
    for (const lang of ["zh", "en"] as const)
      for (const t of buildTemplatePlan(lang, 2026)) for (const w of t.lists) expect((w ?? []).join(",").length).toBeLessThanOrEqual(255);
  });

  it.each([
    ["zh", ["是", "否"], "请从列表中选择", "可选：是、否"],
    ["en", ["off", "work"], "Pick from the list", "One of: off, work"],
  ] as const)("listAlert(%s)", (lang, words, title, message) => expect(listAlert(words, lang)).toEqual({ title, message }));

  it.each(["zh", "en"] as const)("has a guide sheet with a purpose for every table, the notes and the user guide's path (%s)", (lang) => {
    const guide = buildTemplateGuide(lang, 2026);
    expect(guide.sheet).toBe(lang === "zh" ? "说明" : "Guide");
    const text = guide.rows.map((r) => r.join(" ")).join("\n");
    for (const t of TABLES) expect(guide.rows).toContainEqual([t.sheet, TABLE_PURPOSES[t.name][lang]]);
    for (const note of GUIDE_NOTES) expect(text).toContain(note[lang]);
    expect(text).toContain("docs/guide.md");
    expect(text).toContain("2026");
  });
});
