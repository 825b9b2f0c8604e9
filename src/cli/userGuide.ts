/**
 * The generated parts of the user guide (docs/guide.md): every input table
 * with its columns, every rule with its default, every diagnostic code with
 * its severity, name and cause, and the template's guide notes, in Chinese
 * and in English, made from the declarations the program itself uses
 * (engine/tables.ts, engine/rules.ts, engine/messages.ts,
 * engine/codeTitles.ts, workbook/templateGuide.ts). The guide's prose is
 * written by hand around them; `npm run docs` (scripts/make-docs.js) fills
 * each block between its markers, and a test fails when the file is not
 * what the declarations give, so the guide never drifts from the program.
 */
import { CODE_TITLES } from "../engine/codeTitles";
import { MESSAGES, type DiagnosticCode } from "../engine/messages";
import { RULES } from "../engine/rules";
import { ENUM_HINTS, TABLES, type ColumnDecl, type ColumnType, type EnumType } from "../engine/tables";
import type { Lang } from "../engine/types";
import { SEVERITY_LABELS } from "../workbook/columns/warningsColumns";
import { IMPORT_MESSAGES, type ImportCode } from "../workbook/import/importMessages";
import { IMPORT_TITLES } from "../workbook/import/importTitles";
import { columnList } from "../workbook/template";
import { GUIDE_NOTES, TABLE_PURPOSES } from "../workbook/templateGuide";

/** What a column of each type holds, for people. */
const TYPE_WORDS: Readonly<Record<ColumnType, Readonly<Record<Lang, string>>>> = {
  text: { zh: "文本", en: "text" },
  number: { zh: "数字", en: "number" },
  count: { zh: "整数（≥ 0）", en: "whole number ≥ 0" },
  wholePositive: { zh: "整数（≥ 1）", en: "whole number ≥ 1" },
  date: { zh: "日期", en: "date" },
  yesno: { zh: "是/否", en: "yes/no" },
  indicatorType: { zh: `可选：${ENUM_HINTS.indicatorType}`, en: `one of ${ENUM_HINTS.indicatorType}` },
  satisfactionKind: { zh: `可选：${ENUM_HINTS.satisfactionKind}`, en: `one of ${ENUM_HINTS.satisfactionKind}` },
  holidayKind: { zh: `可选：${ENUM_HINTS.holidayKind}`, en: `one of ${ENUM_HINTS.holidayKind}` },
};

const isEnum = (t: ColumnType): t is EnumType => t in ENUM_HINTS;

/** A Markdown table cell: no pipes or line breaks. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)];
}

/** A column's type, with its drop-down words where the template offers a list beyond the enumeration's. */
function typeText(table: (typeof TABLES)[number]["name"], c: ColumnDecl, lang: Lang): string {
  const base = TYPE_WORDS[c.type][lang];
  const list = columnList(table, c, lang);
  if (list === null || isEnum(c.type) || c.type === "yesno") return base;
  return lang === "zh" ? `${base}（下拉列表：${list.join("、")}）` : `${base} (drop-down: ${list.join(", ")})`;
}

/** Each input table: its names, whether it is required, its purpose and its columns. */
export function tablesBlock(lang: Lang): string {
  const zh = lang === "zh";
  const out: string[] = [];
  for (const t of TABLES) {
    const need = t.required ? (zh ? "（必需）" : " (required)") : "";
    out.push(`#### ${zh ? `${t.zh} · ${t.name}${need}` : `${t.name} · ${t.zh}${need}`}`, "", TABLE_PURPOSES[t.name][lang], "");
    const header = zh ? ["列标题", "英文列标题", "内容", "必需"] : ["Header", "Chinese header", "Holds", "Required"];
    const rows = t.columns.map((c: ColumnDecl) => [
      zh ? c.zh : c.name,
      zh ? c.name : c.zh,
      typeText(t.name, c, lang),
      c.required ? (zh ? "是" : "yes") : zh ? "否" : "no",
    ]);
    out.push(...markdownTable(header, rows), "");
  }
  return out.join("\n").trimEnd();
}

/** Every rule: key, default, meaning. */
export function rulesBlock(lang: Lang): string {
  const zh = lang === "zh";
  const rows = RULES.map((r) => [`\`${r.key}\``, r.default === "" ? (zh ? "（空）" : "(blank)") : `\`${r.default}\``, r.note[lang]]);
  return markdownTable(zh ? ["参数", "默认值", "含义"] : ["Key", "Default", "Meaning"], rows).join("\n");
}

/** What an error of a code stops, in words. */
function blocksText(code: DiagnosticCode, lang: Lang): string {
  const blocks = MESSAGES[code].blocks;
  if (blocks === "results") return lang === "zh" ? "不评定任何结果" : "nothing is graded";
  if (blocks === "unit") return lang === "zh" ? "该单位不评定" : "the unit is not graded";
  return "";
}

/** Every diagnostic code: code, severity, name, cause, what it stops. In declaration order. */
export function codesBlock(lang: Lang): string {
  const zh = lang === "zh";
  const codes = Object.keys(MESSAGES) as DiagnosticCode[];
  const rows = codes.map((code) => [
    `\`${code}\``,
    SEVERITY_LABELS[MESSAGES[code].severity][lang],
    CODE_TITLES[code].title[lang],
    CODE_TITLES[code].cause[lang],
    blocksText(code, lang),
  ]);
  return markdownTable(zh ? ["代码", "级别", "名称", "原因或处理", "影响"] : ["Code", "Severity", "Name", "Cause or fix", "Stops"], rows).join("\n");
}

/** Every finding of the import: code, severity, name, what to do. In declaration order. */
export function importCodesBlock(lang: Lang): string {
  const zh = lang === "zh";
  const codes = Object.keys(IMPORT_MESSAGES) as ImportCode[];
  const rows = codes.map((code) => [
    `\`${code}\``,
    SEVERITY_LABELS[IMPORT_MESSAGES[code].severity][lang],
    IMPORT_TITLES[code].title[lang],
    IMPORT_TITLES[code].fix[lang],
  ]);
  return markdownTable(zh ? ["代码", "级别", "名称", "处理"] : ["Code", "Severity", "Name", "What to do"], rows).join("\n");
}

/** The template's guide notes, numbered. */
export function notesBlock(lang: Lang): string {
  return GUIDE_NOTES.map((n, i) => `${i + 1}. ${n[lang]}`).join("\n");
}

/** The blocks by marker name: `<!-- BEGIN GENERATED: name -->` … `<!-- END GENERATED: name -->`. */
export const BLOCKS: Readonly<Record<string, () => string>> = {
  "notes.zh": () => notesBlock("zh"),
  "tables.zh": () => tablesBlock("zh"),
  "rules.zh": () => rulesBlock("zh"),
  "codes.zh": () => codesBlock("zh"),
  "import.zh": () => importCodesBlock("zh"),
  "notes.en": () => notesBlock("en"),
  "tables.en": () => tablesBlock("en"),
  "rules.en": () => rulesBlock("en"),
  "codes.en": () => codesBlock("en"),
  "import.en": () => importCodesBlock("en"),
};

const MARKER = /(<!-- BEGIN GENERATED: ([\w.]+) -->)[\s\S]*?(<!-- END GENERATED: \2 -->)/g;

/**
 * The guide with every generated block filled from the declarations; the
 * text around the markers as it is. Throws on a marker with no block, or a
 * block with no marker, so neither is lost silently.
 * @example
 * fillGuide("<!-- BEGIN GENERATED: rules.en -->\nold\n<!-- END GENERATED: rules.en -->") // the rules table in English between the markers
 */
export function fillGuide(text: string, blocks: Readonly<Record<string, () => string>> = BLOCKS): string {
  const seen = new Set<string>();
  const filled = text.replace(MARKER, (_, begin: string, name: string, end: string) => {
    const make = blocks[name];
    if (make === undefined) throw new Error(`docs: no generated block "${name}"`);
    seen.add(name);
    return `${begin}\n${make()}\n${end}`;
  });
  const missing = Object.keys(blocks).filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`docs: no markers for ${missing.join(", ")}`);
  return filled;
}
