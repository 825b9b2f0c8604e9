/**
 * The offline install for Kylin / UOS (scripts/wps/install-linux.sh), run by
 * /bin/sh as an office's IT person runs it, against a temporary HOME: the add-in
 * folder lands in ~/.local/share/Kingsoft/wps/jsaddons/, and publish.xml gains
 * appraise's entry while every other add-in's entry stays exactly as it was
 * (checked well-formed by xmllint, an independent reader); a second run
 * leaves one entry; an older version's entry is replaced in its place; a
 * publish.xml that is not XML is never overwritten.
 *
 * The script ships in dist/wps/ beside the build's publish.xml and
 * appraise_<version>/ (test/wps/helpers/distWps.ts lays that out with the
 * build's own XML writers), and takes its entry from that publish.xml.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { describeWith, XML_TOOLS } from "../helpers/external";
import { addinFolder, offlineEntry, writeDistWps } from "./helpers/distWps";

const SCRIPT = path.join(__dirname, "../../scripts/wps/install-linux.sh");
const VERSION = (JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
const JSADDONS = [".local", "share", "Kingsoft", "wps", "jsaddons"];

/** Another vendor's add-ins, as the user's publish.xml may already list them (Kingsoft's formats). */
const OTHERS = [
  '<jspluginonline name="EtOAAssist" type="et" url="http://oa.intranet.example/EtOAAssist/" enable="enable_dev" debug="" install="null"/>',
  '<jsplugin name="secretAddin" type="wps" url="secretAddin_1.2.0" version="1.2.0" enable="enable_dev" install="null"/>',
];

interface Entry {
  readonly tag: string;
  readonly attributes: Record<string, string>;
}

/** The elements under <jsplugins>, read by saxes (not by the script's own Python). */
function entries(xml: string): Entry[] {
  const found: Entry[] = [];
  let depth = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (depth === 1) found.push({ tag: tag.name, attributes: { ...(tag.attributes as Record<string, string>) } });
    depth++;
  });
  parser.on("closetag", () => void depth--);
  parser.write(xml).close();
  return found;
}

/** `xmllint --noout`: "" when well-formed, else its complaint. */
function xmllint(file: string): string {
  const run = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  return run.status === 0 ? "" : run.stderr || `xmllint exited ${run.status}`;
}

/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) Object.assign(out, tree(path.join(dir, e.name), `${rel}/`));
    else out[rel] = readFileSync(path.join(dir, e.name)).toString("base64");
  }
  return out;
}

describeWith(XML_TOOLS.name, XML_TOOLS.available, XML_TOOLS.install, "scripts/wps/install-linux.sh installs the WPS add-in offline for one Linux user", () => {
  let root = "";
  let dist = "";
  let counter = 0;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "appraise-wps-install-"));
    dist = path.join(root, "dist", "wps");
    writeDistWps(dist, VERSION);
    // Shipped beside the build, as dist/wps/install-linux.sh.
    copyFileSync(SCRIPT, path.join(dist, "install-linux.sh"));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A fresh HOME, with `publish` as its jsaddons/publish.xml when given. */
  function home(publish?: string): { home: string; jsaddons: string; publish: string } {
    const h = path.join(root, `home${++counter}`);
    const jsaddons = path.join(h, ...JSADDONS);
    mkdirSync(jsaddons, { recursive: true });
    if (publish !== undefined) writeFileSync(path.join(jsaddons, "publish.xml"), publish);
    return { home: h, jsaddons, publish: path.join(jsaddons, "publish.xml") };
  }

  /** Runs the shipped copy with /bin/sh (dash on Debian: POSIX only), as the given HOME. */
  function install(h: string, ...args: string[]) {
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: h, LANG: "C.UTF-8" };
    return spawnSync("/bin/sh", [path.join(dist, "install-linux.sh"), ...args], { encoding: "utf8", env });
  }

  const backups = (jsaddons: string) => readdirSync(jsaddons).filter((f) => f.startsWith("publish.xml.bak-"));
  const ours = (e: Entry) => e.attributes.name === "appraise";

  it("copies the add-in folder and creates publish.xml with appraise's entry where there was none", () => {
    const h = home();
    const run = install(h.home);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(tree(path.join(h.jsaddons, addinFolder(VERSION)))).toEqual(tree(path.join(dist, addinFolder(VERSION))));
    expect(xmllint(h.publish)).toBe("");
    expect(entries(readFileSync(h.publish, "utf8"))).toEqual(entries(`<jsplugins>${offlineEntry(VERSION)}</jsplugins>`));
    expect(backups(h.jsaddons)).toEqual([]);
    expect(run.stdout).toContain("重新计算");
  });

  it("keeps every other add-in's entry (and the user's comment), adds appraise's once, backs the old file up; twice leaves one entry", () => {
    const original = `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <!-- 公文系统 -->\n  ${OTHERS.join("\n  ")}\n</jsplugins>\n`;
    const h = home(original);
    const before = entries(original);

    const first = install(h.home);
    expect([first.status, first.stderr]).toEqual([0, ""]);
    const once = readFileSync(h.publish, "utf8");
    expect(xmllint(h.publish)).toBe("");
    expect(entries(once).filter((e) => !ours(e))).toEqual(before);
    expect(entries(once).filter(ours)).toEqual(entries(`<jsplugins>${offlineEntry(VERSION)}</jsplugins>`));
    expect(once).toContain("<!-- 公文系统 -->");
    expect(backups(h.jsaddons).map((b) => readFileSync(path.join(h.jsaddons, b), "utf8"))).toEqual([original]);

    const second = install(h.home);
    expect([second.status, second.stderr]).toEqual([0, ""]);
    const twice = readFileSync(h.publish, "utf8");
    expect(xmllint(h.publish)).toBe("");
    expect(entries(twice)).toEqual(entries(once));
    expect(entries(twice).filter(ours)).toHaveLength(1);
    // The first backup (the user's own file) is still there, beside the second.
    const saved = backups(h.jsaddons).map((b) => readFileSync(path.join(h.jsaddons, b), "utf8"));
    expect(saved).toHaveLength(2);
    expect(saved).toContain(original);
  });

  it("replaces an older appraise entry in its place and leaves the older folder and other entries alone", () => {
    const old = '<jsplugin name="appraise" type="et" url="appraise_0.0.9" version="0.0.9" enable="enable_dev" install="null"/>';
    const h = home(`<jsplugins>\n  ${OTHERS[0]}\n  ${old}\n  ${OTHERS[1]}\n</jsplugins>\n`);
    mkdirSync(path.join(h.jsaddons, "appraise_0.0.9"));
    writeFileSync(path.join(h.jsaddons, "appraise_0.0.9", "ribbon.xml"), "<customUI/>");

    const run = install(h.home, dist);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(xmllint(h.publish)).toBe("");
    const after = entries(readFileSync(h.publish, "utf8"));
    expect(after.map((e) => e.attributes.name)).toEqual(["EtOAAssist", "appraise", "secretAddin"]);
    // The build's entry as it ships (the new version), in the old one's place.
    expect(after[1]).toEqual(entries(`<jsplugins>${offlineEntry(VERSION)}</jsplugins>`)[0]);
    expect(after[1].attributes.version).toBe(VERSION);
    expect([after[0], after[2]]).toEqual(entries(`<jsplugins>${OTHERS.join("")}</jsplugins>`));
    expect(existsSync(path.join(h.jsaddons, "appraise_0.0.9", "ribbon.xml"))).toBe(true);
    expect(existsSync(path.join(h.jsaddons, addinFolder(VERSION), "ribbon.xml"))).toBe(true);
  });

  it("works for a home folder whose path has a space and Chinese in it, run from another folder", () => {
    const h = path.join(root, "用户 甲");
    const jsaddons = path.join(h, ...JSADDONS);
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: h, LANG: "C.UTF-8" };
    const run = spawnSync("/bin/sh", [path.join(dist, "install-linux.sh")], { encoding: "utf8", env, cwd: tmpdir() });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(xmllint(path.join(jsaddons, "publish.xml"))).toBe("");
    expect(tree(path.join(jsaddons, addinFolder(VERSION)))).toEqual(tree(path.join(dist, addinFolder(VERSION))));
  });

  it("never overwrites a publish.xml that is not XML: it says so in both languages and how to fix it", () => {
    const broken = `<jsplugins>\n  ${OTHERS[0]}\n  <jsplugin name="x"\n`;
    const h = home(broken);
    const run = install(h.home);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(h.publish);
    expect(run.stderr).toMatch(/不是格式正确的 XML.*请修正或删除该文件后重试/);
    expect(run.stderr).toMatch(/is not well-formed XML.*Fix or remove it and run this again/);
    expect(readFileSync(h.publish, "utf8")).toBe(broken);
    expect(backups(h.jsaddons)).toEqual([]);
  });

  it("refuses a folder that is not the build's dist/wps, naming it and the fix", () => {
    const h = home();
    const elsewhere = path.join(root, "not-dist");
    mkdirSync(elsewhere, { recursive: true });
    const run = install(h.home, elsewhere);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(path.join(elsewhere, "publish.xml"));
    expect(run.stderr).toContain("npm run build:wps");
    expect(readdirSync(h.jsaddons)).toEqual([]);
  });
});
