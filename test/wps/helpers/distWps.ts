/**
 * dist/wps/ as `npm run build:wps` lays it out (issue 22's contract), with
 * the very XML the build writes (scripts/wps-addin-files.js: ribbon.xml,
 * publish.xml, jsplugins.xml) but small stand-in pages and scripts, for the
 * test of the Linux install script, which reads only the lists and copies
 * the folder (the nginx test serves the real build):
 *
 *   appraise_<version>/  ribbon.xml, index.html, taskpane.html, js/, images/
 *   publish.xml          the offline entry for the user's jsaddons folder
 *   jsplugins.xml        the online list, when a server URL is given
 *
 * Kingsoft's own tool writes the offline entry as
 * `<jsplugin name type url="<name>_<version>" version enable="enable_dev" install="null">`
 * (wpsjs 2.2.3, src/lib/build.js, CreatePublishXml); the build's differs in
 * its url's trailing "/" and enable="enable" (README, "What we chose").
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml = require("../../../scripts/wps-addin-files.js") as {
  ADDIN_NAME: string;
  addinFolder(version: string): string;
  ribbonXml(): string;
  publishXml(version: string): string;
  jspluginsXml(version: string, baseUrl: string): string;
};

export const ADDIN_NAME = xml.ADDIN_NAME;

/** The add-in folder's name for a version, as WPS's offline jsaddons mode names it. */
export const addinFolder = (version: string): string => xml.addinFolder(version);

/** The build's offline entry (its publish.xml's one element) for a version. */
export function offlineEntry(version: string): string {
  const entry = /<jsplugin\b[^>]*\/>/.exec(xml.publishXml(version));
  if (entry === null) throw new Error("The build's publish.xml has no <jsplugin/>");
  return entry[0];
}

/** A 1×1 PNG (a ribbon icon's bytes need only be a PNG here). */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/**
 * Writes dist/wps/ in the contract's layout under `dir` for `version`, and
 * jsplugins.xml when `serverUrl` (ending "/", where dist/wps/ is served) is
 * given; returns the add-in folder's path.
 */
export function writeDistWps(dir: string, version: string, serverUrl?: string): string {
  const folder = path.join(dir, addinFolder(version));
  for (const sub of ["js", "images"]) mkdirSync(path.join(folder, sub), { recursive: true });
  const contents: Record<string, string | Buffer> = {
    "ribbon.xml": xml.ribbonXml(),
    "index.html":
      '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><title>绩效考评</title><script src="js/ribbon.1a2b3c4d.js"></script></head><body></body></html>\n',
    "taskpane.html":
      '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><title>绩效考评</title><link rel="stylesheet" href="js/pane.0a1b2c3d.css"></head><body><div id="root"></div><script src="js/taskpane.5e6f7a8b.js"></script></body></html>\n',
    "js/ribbon.1a2b3c4d.js": "window.ribbon = { OnAddinLoad: function () { return true; } }; // 重新计算\n",
    "js/taskpane.5e6f7a8b.js": "document.getElementById('root').textContent = '绩效考评';\n",
    "js/pane.0a1b2c3d.css": "body { font-family: sans-serif; }\n",
    "images/recompute.png": PNG,
    "images/pane.png": PNG,
  };
  for (const [name, content] of Object.entries(contents)) writeFileSync(path.join(folder, name), content);
  writeFileSync(path.join(dir, "publish.xml"), xml.publishXml(version));
  if (serverUrl !== undefined) writeFileSync(path.join(dir, "jsplugins.xml"), xml.jspluginsXml(version, serverUrl));
  return folder;
}
