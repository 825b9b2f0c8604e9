/**
 * The add-in's build (webpack.config.js, issue 21): one folder to host,
 * dist/addin/, holding only what is hosted; no build names Microsoft's
 * placeholder host; the built manifest says what build it is.
 *
 * The last test runs the production build itself (as `npm run build` does,
 * into a temporary directory) without APPRAISE_PROD_URL.
 */
import { readFileSync, readdirSync, rmSync, mkdtempSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as acorn from "acorn";
import { buildPage } from "./e2e/helpers/browser";

interface Build {
  dev: boolean;
  url: string | null;
  officeJs: "cdn" | "local";
}
type MakeConfig = ((env: object, options: object) => Promise<{ devtool: string | false; output: { path: string; clean: unknown } }>) & {
  rewriteManifest: (text: string, build: Build) => string;
  prodUrl: (url?: string) => string | null;
  officeJsMode: (mode?: string) => "cdn" | "local";
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as MakeConfig;

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PROD_URL = "https://appraise.example.gov.cn/addin/";

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = path.join(prefix, name);
    return statSync(path.join(dir, name)).isDirectory() ? filesUnder(path.join(dir, name), rel) : [rel];
  });
}

/** The URLs the manifest uses (attribute values), not those its comment names. */
const manifestUrls = (xml: string): string[] => [...xml.matchAll(/([\w:]+)="(https?:\/\/[^"]+)"/g)].filter((m) => !m[1].startsWith("xmlns")).map((m) => m[2]);

function withEnv<T>(env: Record<string, string | undefined>, body: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    return body();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe("webpack.config.js", () => {
  it("builds into dist/addin/, emptied before each build; the command line (dist/node) and the page (dist/web) are beside it", async () => {
    const config = await withEnv({ APPRAISE_SOURCE_MAPS: undefined }, () => makeConfig({}, { mode: "production" }));
    expect(config.output.path).toBe(path.join(ROOT, "dist", "addin"));
    expect(config.output.clean).toBe(true);
    const cli = JSON.parse(readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8")) as { compilerOptions: { outDir: string } };
    expect(path.resolve(ROOT, cli.compilerOptions.outDir)).toBe(path.join(ROOT, "dist", "node"));
  });

  it("writes source maps in a production build only when APPRAISE_SOURCE_MAPS=1", async () => {
    expect((await withEnv({ APPRAISE_SOURCE_MAPS: undefined }, () => makeConfig({}, { mode: "production" }))).devtool).toBe(false);
    expect((await withEnv({ APPRAISE_SOURCE_MAPS: "1" }, () => makeConfig({}, { mode: "production" }))).devtool).toBe("source-map");
    expect((await withEnv({ APPRAISE_SOURCE_MAPS: undefined }, () => makeConfig({}, { mode: "development" }))).devtool).toBe("source-map");
  });

  it("checks APPRAISE_PROD_URL and APPRAISE_OFFICE_JS, saying what to set", () => {
    expect(makeConfig.prodUrl("")).toBeNull();
    expect(makeConfig.prodUrl("https://appraise.example.gov.cn/addin")).toBe(PROD_URL);
    expect(() => makeConfig.prodUrl("http://appraise.example.gov.cn/addin/")).toThrow(/APPRAISE_PROD_URL must be an https URL/);
    expect(makeConfig.officeJsMode(undefined)).toBe("cdn");
    expect(makeConfig.officeJsMode("local")).toBe("local");
    expect(() => makeConfig.officeJsMode("offline")).toThrow(/APPRAISE_OFFICE_JS must be "cdn" .* or "local"/);
  });

  it("without APPRAISE_PROD_URL the manifest stays a development one and its comment says so", () => {
    const built = makeConfig.rewriteManifest(MANIFEST, { dev: false, url: null, officeJs: "cdn" });
    for (const url of manifestUrls(built)) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    expect(built).toMatch(/a development build \(production mode\): every URL is https:\/\/localhost:3000\//);
    expect(built).toMatch(/set APPRAISE_PROD_URL/);
    expect(built).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("with APPRAISE_PROD_URL every URL of the manifest is under it, and the comment names it and where Office.js comes from", () => {
    const built = makeConfig.rewriteManifest(MANIFEST, { dev: false, url: PROD_URL, officeJs: "local" });
    const urls = manifestUrls(built);
    expect(urls.length).toBe(manifestUrls(MANIFEST).length);
    for (const url of urls) expect(url.startsWith(PROD_URL)).toBe(true);
    expect(built).not.toContain("localhost");
    expect(built).toMatch(/a build for hosting: every URL is under https:\/\/appraise\.example\.gov\.cn\/addin\//);
    expect(built).toMatch(/Office\.js from office-js\/office\.js on that host \(@microsoft\/office-js 1\.1\.110, APPRAISE_OFFICE_JS=local\)/);
  });
});

describe("the guard inlined into taskpane.html (src/hosts/excel/guard.js)", () => {
  const guard = readFileSync(path.join(ROOT, "src", "hosts", "excel", "guard.js"), "utf8");

  it("is ES5, so Internet Explorer 11 runs it", () => {
    expect(() => acorn.parse(guard, { ecmaVersion: 5 })).not.toThrow();
    // The same parser refuses what the pane's scripts are written in.
    expect(() => acorn.parse("var o = {}; o?.a ?? 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("asks for the requirement sets the manifest requires, no more and no less", () => {
    const asked = [...guard.matchAll(/\["(\w+)", "([\d.]+)"\]/g)].map((m) => `${m[1]} ${m[2]}`);
    const required = [...MANIFEST.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(asked.sort()).toEqual(required.sort());
    expect(asked.length).toBe(2);
  });
});

describe("npm run build without APPRAISE_PROD_URL", () => {
  let outDir = "";
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "appraise-build-"));
    await buildPage(outDir, "webpack.config.js", { APPRAISE_PROD_URL: "", APPRAISE_OFFICE_JS: "", APPRAISE_SOURCE_MAPS: "" });
  }, 400_000);
  afterAll(() => {
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  });

  it("writes a development build: no contoso in any file, no node/, no source maps, Office.js from Microsoft's CDN", () => {
    const files = filesUnder(outDir);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml", path.join("assets", "icon-32.png")]));
    for (const file of files) expect(readFileSync(path.join(outDir, file)).toString("latin1")).not.toMatch(/contoso/i);
    expect(existsSync(path.join(outDir, "node"))).toBe(false);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("office-js"))).toEqual([]);
    const manifest = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    for (const url of manifestUrls(manifest)) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    expect(manifest).toMatch(/a development build \(production mode\)/);
    expect(readFileSync(path.join(outDir, "taskpane.html"), "utf8")).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  });
});
