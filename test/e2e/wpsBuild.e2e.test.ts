/**
 * Issue 22, must-show 1: `npm run build:wps` (webpack.wps.config.js), built
 * into a temporary directory with APPRAISE_WPS_URL set, gives the add-in
 * WPS loads: dist/wps/appraise_<version>/ with ribbon.xml (well-formed, the
 * CustomUI namespace, no XML declaration first), index.html and
 * taskpane.html whose every script and link is there, icons, scripts that
 * parse as ES2020 (Chromium 83); publish.xml and jsplugins.xml, well-formed,
 * naming that folder. The built ribbon script, run with a fake `wps`, puts
 * every callback ribbon.xml names on window.ribbon, and its images exist.
 * Chromium-free, but the build is slow: it lives with the Excel build's test.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { createFakeExcel } from "../fakeExcel";
import { createFakeWpsRoot } from "../fakeWps/root";
import { buildPage, ROOT } from "./helpers/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkScriptDir } = require("../../scripts/check-web-syntax.js") as { checkScriptDir: (dir: string, ecma: number) => string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wpsConfig = require("../../webpack.wps.config.js") as ((env?: object) => { plugins: unknown[] }) & { FOLDER: string };
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

const SERVER = "https://oa.example.gov.cn/wps/";
const FOLDER = `appraise_${version}`;
const CUSTOM_UI = "http://schemas.microsoft.com/office/2006/01/customui";

interface Element {
  readonly name: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Every element of a well-formed document (saxes with namespaces; it throws on anything else). */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag: SaxesTagNS) =>
    out.push({ name: tag.local, uri: tag.uri, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])) }),
  );
  parser.write(xml).close();
  return out;
}

/** The files a page names: its scripts' src and links' href, other than data: URLs. */
const namedFiles = (html: string): string[] =>
  [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=(?:"([^"]*)"|([^\s>]+))/gi)].map((m) => m[1] ?? m[2]).filter((f) => !f.startsWith("data:"));

let out = "";
const dir = () => path.join(out, FOLDER);
const read = (file: string) => readFileSync(path.join(out, file), "utf8");

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "appraise-wps-build-"));
  await buildPage(out, "webpack.wps.config.js", { APPRAISE_WPS_URL: SERVER });
}, 240_000);

afterAll(() => {
  if (out !== "") rmSync(out, { recursive: true, force: true });
});

describe("npm run build:wps", () => {
  it("names the add-in's folder after the add-in and package.json's version", () => {
    expect(wpsConfig.FOLDER).toBe(FOLDER);
    for (const file of ["ribbon.xml", "index.html", "taskpane.html", "js/ribbon.js", "js/taskpane.js"])
      expect([file, existsSync(path.join(dir(), file))]).toEqual([file, true]);
  });

  it("writes ribbon.xml well-formed, without an XML declaration first: a 绩效考评 tab with 重新计算 and 考评窗格 calling ribbon.*", () => {
    const xml = read(`${FOLDER}/ribbon.xml`);
    expect(xml.startsWith("<customUI")).toBe(true);
    expect(xml).not.toMatch(/^\s*<\?xml/);
    const all = elements(xml);
    expect(all[0]).toMatchObject({ name: "customUI", uri: CUSTOM_UI, attributes: { onLoad: "ribbon.OnAddinLoad" } });
    expect(all.find((e) => e.name === "tab")?.attributes.label).toBe("绩效考评");
    const buttons = all.filter((e) => e.name === "button");
    expect(buttons.map((b) => b.attributes.id)).toEqual(["appraiseRecompute", "appraiseShowPane"]);
    for (const b of buttons) expect(b.attributes).toMatchObject({ onAction: "ribbon.OnAction", getImage: "ribbon.GetImage", getLabel: "ribbon.GetLabel" });
  });

  it("writes publish.xml and jsplugins.xml well-formed, each naming the add-in's folder as type et", () => {
    const publish = elements(read("publish.xml"));
    expect(publish.map((e) => e.name)).toEqual(["jsplugins", "jsplugin"]);
    expect(publish[1].attributes).toMatchObject({ name: "appraise", type: "et", version, url: `${FOLDER}/` });
    expect(existsSync(path.join(out, publish[1].attributes.url, "index.html"))).toBe(true);
    const online = elements(read("jsplugins.xml"));
    expect(online.map((e) => e.name)).toEqual(["jsplugins", "jspluginonline"]);
    expect(online[1].attributes).toMatchObject({ name: "appraise", type: "et", version, url: `${SERVER}${FOLDER}/` });
    expect(existsSync(path.join(out, online[1].attributes.url.slice(SERVER.length), "ribbon.xml"))).toBe(true);
  });

  it("has every file index.html and taskpane.html name", () => {
    for (const page of ["index.html", "taskpane.html"]) {
      const files = namedFiles(read(`${FOLDER}/${page}`));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect([page, file, existsSync(path.join(dir(), file))]).toEqual([page, file, true]);
    }
  });

  it("has scripts that all parse as ES2020 (Chromium 83)", () => {
    expect(checkScriptDir(out, 2020)).toEqual([]);
  });

  it("runs the built ribbon script: every callback ribbon.xml names is a function on window.ribbon, its labels Chinese, its images there", () => {
    const page = `file://${dir()}/index.html`;
    const { root } = createFakeWpsRoot(createFakeExcel().store);
    const sandbox: Record<string, unknown> = {
      URL,
      wps: root,
      location: { href: page },
      navigator: { language: "zh-CN" },
      document: { currentScript: { tagName: "SCRIPT", src: `file://${dir()}/js/ribbon.js` }, body: {} },
    };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    vm.runInNewContext(read(`${FOLDER}/js/ribbon.js`), sandbox);
    const ribbon = sandbox.ribbon as Record<string, (control: { Id: string }) => unknown>;
    const xml = read(`${FOLDER}/ribbon.xml`);
    for (const [, callback] of xml.matchAll(/"ribbon\.(\w+)"/g)) expect([callback, typeof ribbon[callback]]).toEqual([callback, "function"]);
    expect(["appraiseRecompute", "appraiseShowPane"].map((Id) => ribbon.GetLabel({ Id }))).toEqual(["重新计算", "考评窗格"]);
    for (const Id of ["appraiseRecompute", "appraiseShowPane"]) {
      const image = ribbon.GetImage({ Id }) as string;
      expect([Id, image, existsSync(path.join(dir(), image))]).toEqual([Id, image, true]);
    }
  });
});

describe("webpack.wps.config.js without a server", () => {
  const before = process.env.APPRAISE_WPS_URL;
  afterEach(() => {
    if (before === undefined) delete process.env.APPRAISE_WPS_URL;
    else process.env.APPRAISE_WPS_URL = before;
  });

  it("says there is no jsplugins.xml without APPRAISE_WPS_URL, and refuses a URL that does not end in /", () => {
    delete process.env.APPRAISE_WPS_URL;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    wpsConfig({});
    expect(warn.mock.calls.join(" ")).toMatch(/APPRAISE_WPS_URL is not set: no jsplugins\.xml/);
    warn.mockRestore();
    process.env.APPRAISE_WPS_URL = "https://oa.example.gov.cn/wps";
    expect(() => wpsConfig({})).toThrow(/must be an http\(s\) URL ending in "\/"/);
  });
});
