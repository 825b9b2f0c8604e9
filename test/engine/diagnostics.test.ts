/**
 * Every diagnostic code of SPEC section 5 (but OUTPUT_CONFLICT, which the
 * workbook run tests), each with its exact table, row, column and cell.
 */
import { grade } from "../../src/engine/grade";
import type { DiagnosticCode, Severity, WorkbookInput } from "../../src/engine/types";
import { table } from "./workbook";
import { build, base, variant, UNITS } from "./base";

const [A, B, C] = UNITS;

interface Expected {
  severity: Severity;
  table: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  unit?: string | null;
}

const cases: [DiagnosticCode, WorkbookInput, Expected][] = [
  [
    "TABLE_MISSING",
    { tables: build(base()).tables.filter((t) => t.name !== "Indicators") },
    { severity: "error", table: "Indicators", row: null, column: null, cell: null },
  ],
  [
    "TABLE_AMBIGUOUS",
    variant((b) => b.extra.push(table("考评对象", "另一个", b.units))),
    { severity: "error", table: "Units", row: null, column: null, cell: null },
  ],
  [
    "COLUMN_MISSING",
    variant((b) => {
      b.indicators[0]![5] = "分数";
    }),
    { severity: "error", table: "Indicators", row: null, column: "Score", cell: "指标!B3:J3" },
  ],
  [
    "COLUMN_AMBIGUOUS",
    variant((b) => {
      b.satisfaction[0]![2] = "公众评议";
    }),
    { severity: "error", table: "Satisfaction", row: null, column: "Public", cell: "满意度!C1" },
  ],
  [
    "COLUMN_UNKNOWN",
    variant((b) => {
      b.satisfaction = b.satisfaction.map((r, i) => [...r, i === 0 ? "备注" : "x"]);
    }),
    { severity: "info", table: "Satisfaction", row: null, column: null, cell: "满意度!D1" },
  ],
  [
    "VALUE_REQUIRED",
    variant((b) => {
      b.indicators[2]![5] = null;
    }),
    { severity: "error", table: "Indicators", row: 2, column: "Score", cell: "指标!G5", unit: A },
  ],
  [
    "NOT_A_NUMBER",
    variant((b) => {
      b.indicators[5]![5] = "九十";
    }),
    { severity: "error", table: "Indicators", row: 5, column: "Score", cell: "指标!G8", unit: B },
  ],
  [
    "NOT_A_DATE",
    variant((b) => {
      b.indicators[1]![8] = "下周";
    }),
    { severity: "error", table: "Indicators", row: 1, column: "AdjustmentFiled", cell: "指标!J4", unit: A },
  ],
  [
    "CELL_ERROR",
    variant((b) => {
      b.indicators[3]![5] = { error: "#N/A" };
    }),
    { severity: "error", table: "Indicators", row: 3, column: "Score", cell: "指标!G6", unit: A },
  ],
  [
    "NUMBER_NORMALIZED",
    variant((b) => {
      b.indicators[4]![5] = "９５．５";
    }),
    { severity: "info", table: "Indicators", row: 4, column: "Score", cell: "指标!G7", unit: A },
  ],
  [
    "OUT_OF_RANGE",
    variant((b) => {
      b.indicators[1]![5] = 250;
    }),
    { severity: "error", table: "Indicators", row: 1, column: "Score", cell: "指标!G4", unit: A },
  ],
  [
    "UNIT_DUPLICATE",
    variant((b) => {
      b.units.push([A, "经济类", null]);
    }),
    { severity: "error", table: "Units", row: 4, column: "Unit", cell: "考评对象!A5", unit: A },
  ],
  [
    "UNIT_UNKNOWN",
    variant((b) => {
      b.satisfaction.push(["区财正局", 180, 90]);
    }),
    { severity: "error", table: "Satisfaction", row: 4, column: "Unit", cell: "满意度!A5", unit: null },
  ],
  [
    "CATEGORY_UNKNOWN",
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["categories", "经济类，党群类"],
      ];
      b.units[3]![1] = "其他类";
    }),
    { severity: "error", table: "Units", row: 3, column: "Category", cell: "考评对象!B4", unit: C },
  ],
  [
    "CATEGORY_SMALL",
    variant((b) => {
      b.units[3]![1] = "党群类";
    }),
    { severity: "warning", table: null, row: null, column: null, cell: null },
  ],
  [
    "INDICATORS_MISSING",
    variant((b) => {
      b.indicators.splice(12, 1);
    }),
    { severity: "error", table: "Units", row: 3, column: "Unit", cell: "考评对象!A4", unit: C },
  ],
  [
    "POINTS_TOTAL_MISMATCH",
    variant((b) => {
      b.indicators[4]![4] = 90;
      b.indicators[4]![5] = 85;
    }),
    { severity: "error", table: "Units", row: 1, column: "Unit", cell: "考评对象!A2", unit: A },
  ],
  [
    "CORE_COUNT",
    variant((b) => {
      b.indicators[2]![2] = "一般职能";
    }),
    { severity: "warning", table: "Units", row: 1, column: "Unit", cell: "考评对象!A2", unit: A },
  ],
  // At the blank cell of the unit's Satisfaction row (without a row at all: at its Units row, below).
  [
    "SATISFACTION_MISSING",
    variant((b) => {
      b.satisfaction[3]![2] = null;
    }),
    { severity: "error", table: "Satisfaction", row: 3, column: "Leader", cell: "满意度!C4", unit: C },
  ],
  [
    "SATISFACTION_DUPLICATE",
    variant((b) => {
      b.satisfaction.push([A, 180, null]);
    }),
    { severity: "error", table: "Satisfaction", row: 4, column: "Public", cell: "满意度!B5", unit: A },
  ],
  [
    "SATISFACTION_CONFLICT",
    variant((b) =>
      b.extra.push(
        table("Survey", "测评", [
          ["Unit", "Kind", "Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied"],
          [B, "公众评议", 40, 5, 5, 0],
        ]),
      ),
    ),
    { severity: "error", table: "Survey", row: 1, column: "Kind", cell: "测评!B2", unit: B },
  ],
  [
    "SURVEY_FEW_VOTES",
    variant((b) => {
      b.satisfaction[3]![2] = null;
      b.extra.push(
        table("Survey", "测评", [
          ["Unit", "Kind", "Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied"],
          [C, "leader", 10, 5, 5, 0],
        ]),
      );
    }),
    { severity: "warning", table: "Survey", row: 1, column: "Kind", cell: "测评!B2", unit: C },
  ],
  [
    "BONUS_MULTIPLIER",
    variant((b) =>
      b.extra.push(
        table("Bonuses", "加分", [
          ["Unit", "Item", "ApprovedPoints", "Multiplier"],
          [A, "表彰", 2, 3],
        ]),
      ),
    ),
    { severity: "error", table: "Bonuses", row: 1, column: "Multiplier", cell: "加分!D2", unit: A },
  ],
  [
    "BONUS_CAPPED",
    variant((b) =>
      b.extra.push(
        table("Bonuses", "加分", [
          ["Unit", "Item", "ApprovedPoints"],
          [B, "表彰", 4],
          [B, "创新", 3],
        ]),
      ),
    ),
    { severity: "info", table: "Units", row: 2, column: "Unit", cell: "考评对象!A3", unit: B },
  ],
  [
    "PENALTY_OUTSIDE_PERIOD",
    variant((b) =>
      b.extra.push(
        table("Penalties", "扣分", [
          ["Unit", "Date", "Reason"],
          [A, "2016-05-01", "通报"],
          [A, "2015/12/31", "通报"],
        ]),
      ),
    ),
    { severity: "warning", table: "Penalties", row: 2, column: "Date", cell: "扣分!B3", unit: A },
  ],
  [
    "VETO_AREA_UNKNOWN",
    variant((b) =>
      b.extra.push(
        table("Vetoes", "否决", [
          ["Unit", "Area", "Reason"],
          [C, "交通安全", "事故"],
        ]),
      ),
    ),
    { severity: "warning", table: "Vetoes", row: 1, column: "Area", cell: "否决!B2", unit: C },
  ],
  [
    "ADJUSTMENT_LATE",
    variant((b) => {
      b.indicators[6]![8] = "2016年11月28日";
    }),
    { severity: "warning", table: "Indicators", row: 6, column: "AdjustmentFiled", cell: "指标!J9", unit: B },
  ],
  [
    "TEMPORARY_LATE",
    variant((b) => {
      b.indicators[7]![2] = "临时性重大工作";
      b.indicators[7]![6] = "2016-09-30";
      b.indicators[7]![7] = "2016-10-20";
    }),
    { severity: "warning", table: "Indicators", row: 7, column: "FiledDate", cell: "指标!I10", unit: B },
  ],
  [
    "APPEAL_LATE",
    variant((b) =>
      b.extra.push(
        table("Appeals", "复核", [
          ["Unit", "FeedbackDate", "AppealDate"],
          [A, "2016-12-01", "2016-12-12"],
          [B, "2016-12-01", "2016-12-13"],
        ]),
      ),
    ),
    { severity: "warning", table: "Appeals", row: 2, column: "AppealDate", cell: "复核!C3", unit: B },
  ],
  [
    "RULE_UNKNOWN",
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["bonus.cap", 10],
        ["bonus.capp", 12],
      ];
    }),
    { severity: "warning", table: "Rules", row: 2, column: "Key", cell: "规则!A3", unit: null },
  ],
  [
    "RULE_INVALID",
    variant((b) => {
      b.rules = [
        ["参数", "值", "说明"],
        ["tier.ratios", "0.4,0.5,0.2", "比例"],
      ];
    }),
    { severity: "error", table: "Rules", row: 1, column: "Value", cell: "规则!B2", unit: null },
  ],
  ["QUOTA_ROUNDED_UP", build(base()), { severity: "info", table: null, row: null, column: null, cell: null }],
  [
    "TIE_AT_BOUNDARY",
    variant((b) => {
      b.indicators[5]![5] = 190;
      b.indicators[6]![5] = 190;
      b.indicators[7]![5] = 190;
      b.indicators[8]![5] = 95;
    }),
    { severity: "warning", table: null, row: null, column: null, cell: null },
  ],
  [
    "BELOW_THRESHOLD",
    variant((b) => {
      b.indicators[9]![5] = 100;
    }),
    { severity: "info", table: "Units", row: 3, column: "Unit", cell: "考评对象!A4", unit: C },
  ],
  [
    "VETO_APPLIED",
    variant((b) =>
      b.extra.push(
        table("Vetoes", "否决", [
          ["Unit", "Area"],
          [A, "安全生产"],
        ]),
      ),
    ),
    { severity: "info", table: "Vetoes", row: 1, column: "Area", cell: "否决!B2", unit: A },
  ],
  [
    "PERIOD_MISMATCH",
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["period.start", "2016-01-01"],
      ];
      b.extra.push(
        table("Penalties", "扣分", [
          ["Unit", "Date"],
          [A, "2026-05-01"],
          [B, "2026-06-01"],
        ]),
      );
    }),
    { severity: "warning", table: "Rules", row: 1, column: "Value", cell: "规则!B2" },
  ],
  // At the Rules row of feedback.date: the letters' deadline from 2027-02-08 needs 2027, which chinese-days 1.5.7 does not have.
  [
    "CALENDAR_UNKNOWN_YEAR",
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["feedback.date", "2027-02-08"],
      ];
    }),
    { severity: "warning", table: "Rules", row: 1, column: "Value", cell: "规则!B2" },
  ],
  [
    "CATEGORY_PROVISIONAL",
    variant((b) => {
      b.indicators[5]![5] = "九十";
    }),
    { severity: "warning", table: "Units", row: 2, column: "Unit", cell: "考评对象!A3", unit: B },
  ],
];

describe("SATISFACTION_MISSING without a Satisfaction row", () => {
  it("points at the unit's Units row, once per kind", () => {
    const result = grade(variant((b) => void b.satisfaction.splice(3, 1)));
    const missing = result.diagnostics.filter((d) => d.code === "SATISFACTION_MISSING");
    expect(missing.map((d) => [d.table, d.row, d.column, d.cell, d.unit])).toEqual([
      ["Units", 3, "Unit", "考评对象!A4", C],
      ["Units", 3, "Unit", "考评对象!A4", C],
    ]);
    expect(missing.map((d) => d.message.en).sort()).toEqual([
      `Unit "${C}" has no leader score; it is not graded.`,
      `Unit "${C}" has no public score; it is not graded.`,
    ]);
  });
});

describe("every diagnostic code, at its cell", () => {
  it.each(cases)("%s", (code, input, expected) => {
    const result = grade(input);
    const found = result.diagnostics.filter((d) => d.code === code);
    expect(found.length).toBeGreaterThan(0);
    const match = found.find((d) => d.cell === expected.cell && d.row === expected.row);
    expect(match).toBeDefined();
    expect(match).toMatchObject({ severity: expected.severity, table: expected.table, row: expected.row, column: expected.column, cell: expected.cell });
    if (expected.unit !== undefined) expect(match?.unit).toBe(expected.unit);
    expect(match?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(match?.message.en).toMatch(/[A-Za-z]/);
    expect(match?.message.en).not.toMatch(/undefined|\[object/);
  });

  it("the valid base workbook has no errors or warnings but the 2016 period in force (it has no Rules table)", () => {
    const result = grade(build(base()));
    expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(["RULES_DEFAULT_PERIOD"]);
    const withPeriod = grade(
      variant(
        (b) =>
          void (b.rules = [
            ["Key", "Value"],
            ["period.start", "2016-01-01"],
            ["period.end", "2016-12-31"],
          ]),
      ),
    );
    expect(withPeriod.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.units.every((u) => u.graded)).toBe(true);
  });
});

describe("consequences of diagnostics", () => {
  it("an error in a unit's row leaves that unit ungraded, with the reason", () => {
    const result = grade(
      variant((b) => {
        b.indicators[5]![5] = "九十";
      }),
    );
    const unit = result.units.find((u) => u.unit === B);
    expect(unit).toMatchObject({ graded: false, tier: null, rank: null, functional: null, common: "90.00", categorySize: 3 });
    expect(unit?.explanation.zh).toContain("指标!G8");
    expect(result.units.filter((u) => u.graded).map((u) => u.unit)).toEqual([A, C]);
  });

  it("a row naming an unknown unit is ignored and suggests the closest name", () => {
    const result = grade(
      variant((b) => {
        b.satisfaction.push(["区财正局", 10, 10]);
      }),
    );
    expect(result.units.every((u) => u.graded)).toBe(true);
    const d = result.diagnostics.find((x) => x.code === "UNIT_UNKNOWN");
    expect(d?.message.zh).toContain("区财政局");
    expect(d?.message.en).toContain('did you mean "区财政局"');
  });

  it("RULE_INVALID grades nothing and withholds Results", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["decimals", "two"],
        ];
      }),
    );
    expect(result.resultsWithheld).toBe(true);
    expect(result.units.some((u) => u.graded)).toBe(false);
    expect(result.units).toEqual([]);
  });

  it("a missing required table withholds Results", () => {
    const result = grade({ tables: [] });
    expect(result.resultsWithheld).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.table])).toEqual([
      ["TABLE_MISSING", "Indicators"],
      ["TABLE_MISSING", "Units"],
    ]);
  });

  it("an optional table that cannot be read withholds Results: dropping it would change them", () => {
    // A Penalties table whose unit column is headed 部门: no penalty could be
    // counted, so grading without it would silently raise A's composite.
    const result = grade(
      variant((b) =>
        b.extra.push(
          table("Penalties", "扣分", [
            ["部门", "Date", "Reason"],
            [A, "2016-05-01", "通报"],
          ]),
        ),
      ),
    );
    expect(result.resultsWithheld).toBe(true);
    expect(result.units).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === "COLUMN_MISSING")).toMatchObject({
      severity: "error",
      table: "Penalties",
      column: "Unit",
      cell: "扣分!A1:C1",
    });
  });

  it("a Rules table without its Value column withholds Results instead of grading on defaults", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["参数", "数值"],
          ["tier.threshold", 975],
        ];
      }),
    );
    expect(result.resultsWithheld).toBe(true);
    expect(result.diagnostics.find((d) => d.code === "COLUMN_MISSING")).toMatchObject({ table: "Rules", column: "Value" });
  });

  it("a Rules key with a blank value takes its default", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["tier.threshold", null],
        ];
      }),
    );
    expect(result.resultsWithheld).toBe(false);
    expect(result.rules["tier.threshold"]).toBe("900");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a veto with no area, or in a Vetoes table with no Area column, still applies (VETO_AREA_UNKNOWN)", () => {
    for (const vetoes of [
      [
        ["Unit", "Reason"],
        [A, "事故"],
      ],
      [
        ["Unit", "Area", "Reason"],
        [A, null, "事故"],
      ],
    ]) {
      const result = grade(variant((b) => b.extra.push(table("Vetoes", "否决", vetoes))));
      const unit = result.units.find((u) => u.unit === A);
      expect(unit).toMatchObject({ graded: true, vetoed: true });
      const warning = result.diagnostics.find((d) => d.code === "VETO_AREA_UNKNOWN");
      expect(warning).toMatchObject({ severity: "warning", table: "Vetoes", row: 1, cell: vetoes[0].length === 2 ? "否决!A2" : "否决!B2", unit: A });
      expect(warning?.message.zh).toBe("一票否决未填写领域，否决仍然生效。");
      expect(unit?.explanation.zh).toMatch(/一票否决 → /);
    }
  });

  it("accepts exactly the spec's headers and words: 单位名称 is another column, 公众 is not a kind", () => {
    const extra = grade(
      variant((b) => {
        b.units = b.units.map((r, i) => [...r, i === 0 ? "单位名称" : "x"]);
      }),
    );
    expect(extra.resultsWithheld).toBe(false);
    expect(extra.diagnostics.find((d) => d.code === "COLUMN_UNKNOWN")).toMatchObject({ table: "Units", severity: "info" });
    const word = grade(
      variant((b) => {
        b.satisfaction[3]![2] = null;
        b.extra.push(
          table("Survey", "测评", [
            ["Unit", "Kind", "Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied"],
            [C, "领导", 40, 5, 5, 0],
          ]),
        );
      }),
    );
    expect(word.diagnostics.find((d) => d.code === "OUT_OF_RANGE")).toMatchObject({ table: "Survey", column: "Kind", cell: "测评!B2" });
  });

  it("a late temporary task is counted in working days with China's make-up days", () => {
    const d = grade(
      variant((b) => {
        b.indicators[7]![2] = "temporary";
        b.indicators[7]![6] = "2016-09-30";
        b.indicators[7]![7] = "2016-10-20";
      }),
    ).diagnostics.find((x) => x.code === "TEMPORARY_LATE");
    expect(d?.message.en).toContain("11 working days");
  });

  it("a Holidays row overrides the built-in calendar for its date only; the national make-up days stay", () => {
    const appealLate = (...holidays: [string, string][]) =>
      grade(
        variant((b) => {
          b.extra.push(
            table("Appeals", "复核", [
              ["Unit", "FeedbackDate", "AppealDate"],
              [A, "2016-10-07", "2016-10-18"],
            ]),
            table("Holidays", "节假日", [["Date", "Kind"], ...holidays]),
          );
        }),
      ).diagnostics.filter((x) => x.code === "APPEAL_LATE");
    // China's calendar: 10-08 and 10-09 were make-up working days: 2 + 7 = 9 > 7; an empty Holidays table changes nothing.
    expect(appealLate().map((d) => d.message.en)).toEqual(["The appeal of 2016-10-18 came 9 working days after the feedback of 2016-10-07 (limit 7)."]);
    // A local day off on 10-10: 8, still late, because the make-up weekend still counts.
    expect(appealLate(["2016-10-10", "休"]).map((d) => d.message.en)).toEqual([
      "The appeal of 2016-10-18 came 8 working days after the feedback of 2016-10-07 (limit 7).",
    ]);
    // Two local days off: 7, on time.
    expect(appealLate(["2016-10-10", "休"], ["2016-10-17", "off"])).toEqual([]);
  });
});

it("categories lists names containing 、 (the reference plan's 公共事务管理和监管、监督类), split on commas only", () => {
  const PUBLIC = "公共事务管理和监管、监督类";
  const listed = grade(
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["categories", `经济类，${PUBLIC}`],
      ];
      b.units[3]![1] = PUBLIC;
    }),
  );
  expect(listed.diagnostics.filter((d) => d.code === "CATEGORY_UNKNOWN")).toEqual([]);
  // Not listed: still unknown, so the check itself still works.
  const unlisted = grade(
    variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["categories", "经济类，公共事务管理和监管"],
      ];
      b.units[3]![1] = PUBLIC;
    }),
  );
  expect(unlisted.diagnostics.filter((d) => d.code === "CATEGORY_UNKNOWN").map((d) => d.cell)).toEqual(["考评对象!B4"]);
});
