/**
 * The user guide in the repository (docs/guide.md) and the README's links
 * (issue 20): the guide's tables, columns, rules and diagnostic codes are
 * what the program declares (regenerate with `npm run docs`), and nothing the
 * README or the guide links to lies outside the repository, so a person
 * handed the repository has every page it names.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { MESSAGES } from "../src/engine/messages";
import { RULES } from "../src/engine/rules";
import { TABLES } from "../src/engine/tables";
import { codesBlock, fillGuide, importCodesBlock } from "../src/cli/userGuide";
import { IMPORT_MESSAGES } from "../src/workbook/import/importMessages";
import { USER_GUIDE_PATH } from "../src/workbook/templateGuide";

const ROOT = path.join(__dirname, "..");
const GUIDE = path.join(ROOT, "docs", "guide.md");
const read = (file: string): string => readFileSync(file, "utf8");

/** Every Markdown link and image target of a text: `[x](target)`, `![x](target)`, `<a href="target">`. */
function linkTargets(text: string): string[] {
  const md = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const html = [...text.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  return [...md, ...html];
}

/** The problems with a file's links: a link off the repository (a URL, or a path that leaves it), or to a file that is not there. */
function linkProblems(text: string, dir: string): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(text)) {
    if (target.startsWith("#")) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      problems.push(`${target}: outside the repository`);
      continue;
    }
    const resolved = path.resolve(dir, decodeURIComponent(target.split("#")[0]));
    if (path.relative(ROOT, resolved).startsWith("..")) problems.push(`${target}: outside the repository`);
    else if (!existsSync(resolved)) problems.push(`${target}: no such file`);
  }
  return problems;
}

describe("docs/guide.md", () => {
  it("is what the declarations give: run `npm run docs` after changing a table, rule or code", () => {
    const text = read(GUIDE);
    expect(fillGuide(text)).toBe(text);
  });

  it("lists every diagnostic code, table, column and rule, in Chinese first and then in English", () => {
    const text = read(GUIDE);
    const zh = text.slice(0, text.indexOf("\n## English"));
    const en = text.slice(text.indexOf("\n## English"));
    expect(text.indexOf("## 中文")).toBeLessThan(text.indexOf("## English"));
    for (const code of Object.keys(MESSAGES)) {
      expect([code, zh.includes(`| \`${code}\` |`), en.includes(`| \`${code}\` |`)]).toEqual([code, true, true]);
    }
    for (const t of TABLES) {
      expect(zh).toContain(`#### ${t.zh} · ${t.name}`);
      expect(en).toContain(`#### ${t.name} · ${t.zh}`);
      for (const c of t.columns) expect(zh).toContain(`| ${c.zh} | ${c.name} |`);
    }
    for (const r of RULES) expect([r.key, zh.includes(`| \`${r.key}\` |`), en.includes(`| \`${r.key}\` |`)]).toEqual([r.key, true, true]);
  });

  it("would list a code added to messages.ts: the codes' table is made from the declarations", () => {
    const rows = codesBlock("zh").split("\n").slice(2);
    expect(rows).toHaveLength(Object.keys(MESSAGES).length);
    expect(rows.find((r) => r.startsWith("| `UNIT_UNKNOWN` |"))).toBe("| `UNIT_UNKNOWN` | 错误 | 未知单位 | 这些行的单位不在考评对象表中 | 该单位不评定 |");
  });

  it("lists every finding of the import, with its name and what to do, in both languages", () => {
    const text = read(GUIDE);
    const zh = text.slice(0, text.indexOf("\n## English"));
    const en = text.slice(text.indexOf("\n## English"));
    for (const code of Object.keys(IMPORT_MESSAGES)) {
      expect([code, zh.includes(`| \`${code}\` |`), en.includes(`| \`${code}\` |`)]).toEqual([code, true, true]);
    }
    expect(
      importCodesBlock("zh")
        .split("\n")
        .find((r) => r.startsWith("| `IMPORT_YEAR_MISSING` |")),
    ).toBe("| `IMPORT_YEAR_MISSING` | 错误 | 无法确定年度 | 用 --year 指定（窗格用年度框） |");
    expect(
      importCodesBlock("en")
        .split("\n")
        .find((r) => r.startsWith("| `IMPORT_AGREES` |")),
    ).toBe("| `IMPORT_AGREES` | Info | Agrees with the sheet |  |");
  });

  it("refuses a marker with no block, and a block with no marker, instead of dropping either", () => {
    expect(() => fillGuide("<!-- BEGIN GENERATED: nope -->\n<!-- END GENERATED: nope -->", { nope2: () => "" })).toThrow('no generated block "nope"');
    expect(() => fillGuide("no markers", { rules: () => "x" })).toThrow("no markers for rules");
    expect(fillGuide("a\n<!-- BEGIN GENERATED: x -->\nold\n<!-- END GENERATED: x -->\nb", { x: () => "new" })).toBe(
      "a\n<!-- BEGIN GENERATED: x -->\nnew\n<!-- END GENERATED: x -->\nb",
    );
  });

  it("is where the template's 说明 sheet says it is", () => {
    expect(existsSync(path.join(ROOT, USER_GUIDE_PATH))).toBe(true);
  });
});

describe("links", () => {
  it("the README links the user guide", () => {
    expect(linkTargets(read(path.join(ROOT, "README.md")))).toContain("docs/guide.md");
  });

  it.each(["README.md", "docs/guide.md"])("nothing %s links to lies outside the repository, and every file it links to is there", (file) => {
    expect(linkProblems(read(path.join(ROOT, file)), path.dirname(path.join(ROOT, file)))).toEqual([]);
  });

  it("finds a link off the repository and a missing file", () => {
    const text = '[a](../../shared/SPEC.md) [b](https://example.com/x) ![c](nothing.png) <a href="SPEC.md">d</a> [e](#top) [f](../README.md#quick-start)';
    expect(linkProblems(text, path.join(ROOT, "docs"))).toEqual([
      "../../shared/SPEC.md: outside the repository",
      "https://example.com/x: outside the repository",
      "nothing.png: no such file",
    ]);
  });
});
