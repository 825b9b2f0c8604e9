/**
 * dist/wps/ as issue 22's shared contract lays it out, for the tests of what
 * an office does with it (the Linux install script, the nginx site) until
 * `npm run build:wps` exists on this branch:
 *
 *   appraise_<version>/  ribbon.xml (no XML declaration), index.html (loads
 *                        the ribbon's script), taskpane.html, js/, images/
 *   publish.xml          the offline entry for the user's jsaddons folder
 *   jsplugins.xml        the online list, when a server URL is given
 *
 * The two lists are Kingsoft's formats: the offline entry as Kingsoft's own
 * tool writes it (wpsjs 2.2.3, src/lib/build.js, CreatePublishXml:
 * `<jsplugin name type url="<name>_<version>" version enable="enable_dev" install="null">`),
 * the online one as its debug server writes jsplugins.xml
 * (src/lib/debug_xmlplugin.js: `<jspluginonline name type url>`, the URL of
 * the add-in's folder, ending "/").
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ADDIN_NAME = "appraise";

/** The add-in folder's name for a version, as WPS's offline jsaddons mode names it. */
export const addinFolder = (version: string): string => `${ADDIN_NAME}_${version}`;

/** The offline entry (publish.xml) for a version. */
export function offlineEntry(version: string): string {
  const folder = addinFolder(version);
  return `<jsplugin name="${ADDIN_NAME}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null"/>`;
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
  const files: Record<string, string | Buffer> = {
    "ribbon.xml": [
      '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="ribbon.OnAddinLoad">',
      '  <ribbon startFromScratch="false"><tabs><tab idMso="TabHome"><group id="appraiseGroup" label="考评">',
      '    <button id="appraiseRecompute" getLabel="ribbon.GetLabel" onAction="ribbon.OnAction" getImage="ribbon.GetImage" size="large"/>',
      '    <button id="appraiseShowPane" getLabel="ribbon.GetLabel" onAction="ribbon.OnAction" getImage="ribbon.GetImage" size="large"/>',
      "  </group></tab></tabs></ribbon>",
      "</customUI>",
      "",
    ].join("\n"),
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
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  writeFileSync(path.join(dir, "publish.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${offlineEntry(version)}\n</jsplugins>\n`);
  if (serverUrl !== undefined) {
    const online = `<jspluginonline name="${ADDIN_NAME}" type="et" url="${serverUrl}${addinFolder(version)}/"/>`;
    writeFileSync(path.join(dir, "jsplugins.xml"), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${online}\n</jsplugins>\n`);
  }
  return folder;
}
