/**
 * The add-in manifest passes the offline structural check, and every check of
 * scripts/validate-manifest.js can fail: each row breaks one thing in a copy
 * of manifest.xml and expects the problem it should cause.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// A plain Node script (run by `npm run validate`), so it is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../scripts/validate-manifest") as {
  validateManifest: (xmlText: string) => string[];
};

const ROOT = path.join(__dirname, "..");
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Replaces exactly one occurrence, so a mutation that misses fails loudly. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = typeof from === "string" ? text.split(from).length - 1 : (text.match(new RegExp(from, "g")) ?? []).length;
  if (matches !== 1) throw new Error(`expected one match of ${String(from)}, found ${matches}`);
  return text.replace(from, to);
}

function moveAfter(text: string, element: string, anchor: string): string {
  const line = text.split("\n").find((l) => l.includes(element));
  if (!line) throw new Error(`no line with ${element}`);
  const without = replaceOnce(text, `${line}\n`, "");
  const anchorLine = without.split("\n").find((l) => l.includes(anchor));
  if (!anchorLine) throw new Error(`no line with ${anchor}`);
  return replaceOnce(without, `${anchorLine}\n`, `${anchorLine}\n${line}\n`);
}

describe("manifest.xml", () => {
  it("has no structural problems", () => {
    expect(validateManifest(MANIFEST)).toEqual([]);
  });

  it("still passes once the production URL is substituted (as webpack does)", () => {
    const prod = MANIFEST.split("https://localhost:3000/").join("https://appraise.example.gov.cn/addin/");
    expect(prod).not.toContain("https://localhost:3000/");
    expect(validateManifest(prod)).toEqual([]);
  });

  it("refuses a manifest pointing at Microsoft's placeholder host, contoso.com (a build without APPRAISE_PROD_URL once did)", () => {
    const placeholder = MANIFEST.split("https://localhost:3000/").join("https://www.contoso.com/appraise/");
    const problems = validateManifest(placeholder);
    // One problem per URL attribute (the comment names the development host too, and is not a URL the manifest uses).
    expect(problems.length).toBe([...MANIFEST.matchAll(/="https:\/\/localhost:3000\//g)].length);
    expect(problems[0]).toMatch(/placeholder host contoso\.com .*APPRAISE_PROD_URL/);
  });

  it("asks for the requirement sets the code needs without a check: ExcelApi 1.9 and SharedRuntime 1.1", () => {
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(MANIFEST).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  });

  it("declares the ribbon commands the add-in implements", () => {
    expect(MANIFEST).toContain("<FunctionName>recompute</FunctionName>");
    expect(MANIFEST).toContain("<TaskpaneId>ButtonId1</TaskpaneId>");
    expect(MANIFEST).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
  });

  it("points at icon files that exist", () => {
    const icons = [...MANIFEST.matchAll(/https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
  });
});

describe("validateManifest catches", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    ["XML that is not well-formed", (x) => replaceOnce(x, "</Hosts>\n  <Requirements>", "\n  <Requirements>"), /not well-formed XML/],
    ["a root that is not a task pane app", (x) => replaceOnce(x, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), /xsi:type must be "TaskPaneApp"/],
    ["children out of schema order", (x) => moveAfter(x, "<Version>", "<ProviderName>"), /<Version> .* is out of order/],
    ["Permissions before DefaultSettings", (x) => moveAfter(x, "<Permissions>", "</Requirements>"), /<DefaultSettings> .* is out of order/],
    ["a missing required element", (x) => replaceOnce(x, /\s*<SupportUrl [^>]*\/>/, ""), /has no <SupportUrl>/],
    ["an element the schema does not have", (x) => replaceOnce(x, "<Permissions>", "<Colour>red</Colour>\n  <Permissions>"), /unexpected element <Colour>/],
    ["an element given twice", (x) => replaceOnce(x, "<Permissions>", "<Permissions>ReadDocument</Permissions>\n  <Permissions>"), /appears more than once/],
    ["an Id that is not a GUID", (x) => replaceOnce(x, /<Id>[^<]+<\/Id>/, "<Id>appraise-addin</Id>"), /<Id> must be a GUID/],
    ["a malformed version", (x) => replaceOnce(x, /<Version>[^<]+<\/Version>/, "<Version>v1</Version>"), /<Version> must look like/],
    ["an unknown permission", (x) => replaceOnce(x, ">ReadWriteDocument<", ">Everything<"), /<Permissions> must be one of/],
    [
      "an http icon URL",
      (x) => replaceOnce(x, "https://localhost:3000/assets/recompute-16.png", "http://localhost:3000/assets/recompute-16.png"),
      /must be an https URL, found "http:/,
    ],
    [
      "a URL without a scheme",
      (x) =>
        replaceOnce(
          x,
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="localhost:3000/taskpane.html"/>',
        ),
      /SourceLocation> .* must be an https URL/,
    ],
    [
      "a resid that is not defined",
      (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Caption"/>'),
      /resid "Group.Caption", which is not defined/,
    ],
    [
      "a resid longer than 32 characters",
      (x) => x.split('"Recompute.Tooltip"').join('"Recompute.Tooltip.ForTheRibbonButton"'),
      /resid "Recompute.Tooltip.ForTheRibbonButton" is 36 characters; the limit is 32/,
    ],
    [
      "a resid of the wrong kind",
      (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="ShowPane.Tooltip"/>'),
      /must name a resource in <bt:ShortStrings>, but it is in <bt:LongStrings>/,
    ],
    [
      "a resource id defined twice",
      (x) => replaceOnce(x, '<bt:String id="ShowPane.Label"', '<bt:String id="Recompute.Label"'),
      /"Recompute.Label" is defined more than once/,
    ],
    [
      "a display name without its zh-CN override",
      (x) => replaceOnce(x, '<Override Locale="zh-CN" Value="绩效考评"/>', ""),
      /<DisplayName> .* has no zh-CN <Override>/,
    ],
    [
      "a ribbon string without its zh-CN override",
      (x) => replaceOnce(x, '<bt:Override Locale="zh-CN" Value="重新计算"/>', ""),
      /string "Recompute.Label" .* has no zh-CN <Override>/,
    ],
    [
      "a short string over 125 characters",
      (x) => replaceOnce(x, 'DefaultValue="Show pane"', `DefaultValue="${"x".repeat(126)}"`),
      /string "ShowPane.Label" .* is 126 characters; the limit is 125/,
    ],
    ["an empty label", (x) => replaceOnce(x, 'Value="打开考评面板"', 'Value=" "'), /string "ShowPane.Label" .* has an empty value/],
    [
      "VersionOverrides 1.1, which task pane add-ins do not support",
      (x) => replaceOnce(x, 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      /must be xsi:type "VersionOverridesV1_0"/,
    ],
    ["a runtime that is not long-lived", (x) => replaceOnce(x, 'lifetime="long"', 'lifetime="short"'), /must have lifetime="long"/],
    ["a shared runtime without its requirement set", (x) => replaceOnce(x, /\s*<Set Name="SharedRuntime"[^>]*\/>/, ""), /needs <Set Name="SharedRuntime"/],
    [
      "a function file outside the shared runtime",
      (x) =>
        replaceOnce(
          x,
          '<bt:Url id="Taskpane.Url"',
          '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>\n        <bt:Url id="Taskpane.Url"',
        ).replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'),
      /<FunctionFile> .* resid must be the shared <Runtime>'s/,
    ],
    [
      "two controls with one id",
      (x) => replaceOnce(x, 'id="Appraise.ShowPane"', 'id="Appraise.Recompute"'),
      /id "Appraise.Recompute" is used by another control/,
    ],
    [
      "an ExecuteFunction without a function name",
      (x) => replaceOnce(x, "<FunctionName>recompute</FunctionName>", ""),
      /ExecuteFunction has no <FunctionName>/,
    ],
    ["a ShowTaskpane without a pane id", (x) => replaceOnce(x, "<TaskpaneId>ButtonId1</TaskpaneId>", ""), /ShowTaskpane has no <TaskpaneId>/],
  ];

  it.each(cases)("%s", (_name, breakIt, expected) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const problems = validateManifest(broken);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});

describe("node scripts/validate-manifest.js", () => {
  const run = (file: string) => spawnSync(process.execPath, [SCRIPT, file], { encoding: "utf8" });

  it("exits 0 on manifest.xml", () => {
    const result = run(path.join(ROOT, "manifest.xml"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("manifest structure OK");
    expect(result.status).toBe(0);
  });

  it("exits 1 and lists the problems on a broken copy", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "appraise-manifest-"));
    try {
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, MANIFEST.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"));
      const result = run(file);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/1 problem\(s\)\n {2}- <Id> must be a GUID, found "not-a-guid"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
