/**
 * The WPS add-in's XML files, written by webpack.wps.config.js (and read by
 * its test): ribbon.xml, publish.xml and jsplugins.xml. Written from small
 * templates with every attribute value escaped (escapeXml), since the project
 * has no XML writer; the build test parses each one with saxes.
 *
 * - ribbon.xml: Office's CustomUI 2006/01 (the namespace Kingsoft's
 *   templates use, xmlns="http://schemas.microsoft.com/office/2006/01/customui"),
 *   a tab 绩效考评 with the two buttons whose callbacks are `ribbon.*` globals
 *   (src/hosts/wps/ribbonCallbacks.ts). It must NOT start with an XML
 *   declaration: WPS's add-in loader rejects a ribbon.xml that begins with
 *   `<?xml` (public WPS add-in projects strip it for that reason, e.g.
 *   tmustier/pi-for-excel's scripts/prepare-wps-plugin.mjs).
 * - publish.xml: the registration WPS reads at start from the user's
 *   jsaddons folder (Windows %APPDATA%\kingsoft\wps\jsaddons, Linux
 *   ~/.local/share/Kingsoft/wps/jsaddons), a `<jsplugins>` root of entries
 *   with name, type ("wps", "et", "wpp") and url (herman-hang/wps's README,
 *   which quotes Kingsoft's examples, and wpsjs's publish page). An online
 *   entry is `<jspluginonline>`; an offline one, `<jsplugin>` with a version,
 *   is loaded from the folder `<name>_<version>` in jsaddons (Kingsoft's
 *   offline deployment as quoted on 51itzy.com/kjqy/39917.html: the package
 *   unpacked there). Ours is offline: url names the folder beside it. An
 *   install must merge this entry into the user's own publish.xml, never
 *   replace it (other add-ins' entries are theirs).
 * - jsplugins.xml: the list a server gives WPS when oem.ini's [Server]
 *   JSPluginsServer points at it (same sources), one `<jspluginonline>`
 *   whose url is where the add-in's folder is served.
 */
"use strict";

const ADDIN_NAME = "appraise";
const CUSTOM_UI_NS = "http://schemas.microsoft.com/office/2006/01/customui";

/** Text safe in an XML attribute value or element. */
function escapeXml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

/** `name="value"` pairs, each value escaped. */
function attributes(pairs) {
  return Object.entries(pairs)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(" ");
}

/** The add-in's folder name: name_version, as WPS names offline add-ins' folders. */
function addinFolder(version) {
  return `${ADDIN_NAME}_${version}`;
}

/** ribbon.xml: no XML declaration first. */
function ribbonXml() {
  const button = (id) =>
    `          <button ${attributes({ id, size: "large", getLabel: "ribbon.GetLabel", getImage: "ribbon.GetImage", onAction: "ribbon.OnAction" })}/>`;
  return [
    `<customUI ${attributes({ xmlns: CUSTOM_UI_NS, onLoad: "ribbon.OnAddinLoad" })}>`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab ${attributes({ id: "appraiseTab", label: "绩效考评" })}>`,
    `        <group ${attributes({ id: "appraiseGroup", getLabel: "ribbon.GetLabel" })}>`,
    button("appraiseRecompute"),
    button("appraiseShowPane"),
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    "",
  ].join("\n");
}

/** A `<jsplugins>` list of one element. */
function pluginList(element, pairs) {
  return ['<?xml version="1.0" encoding="UTF-8"?>', "<jsplugins>", `  <${element} ${attributes(pairs)}/>`, "</jsplugins>", ""].join("\n");
}

/** publish.xml for the user's jsaddons folder: the add-in's folder beside it. */
function publishXml(version) {
  return pluginList("jsplugin", { name: ADDIN_NAME, type: "et", url: `${addinFolder(version)}/`, version, enable: "enable", install: "null" });
}

/** jsplugins.xml for a server: `baseUrl` is where dist/wps/ is served. */
function jspluginsXml(version, baseUrl) {
  return pluginList("jspluginonline", { name: ADDIN_NAME, type: "et", url: `${baseUrl}${addinFolder(version)}/`, version, enable: "enable", install: "null" });
}

/** APPRAISE_WPS_URL, checked (http or https, ending in "/"), or null when unset. */
function wpsUrl(url = process.env.APPRAISE_WPS_URL) {
  if (url === undefined || url === "") return null;
  if (!/^https?:\/\/[^/\s]+\/(\S*\/)?$/.test(url)) {
    throw new Error(`APPRAISE_WPS_URL must be an http(s) URL ending in "/", where dist/wps/ is served (such as https://oa.example.gov.cn/wps/), got "${url}"`);
  }
  return url;
}

module.exports = { ADDIN_NAME, CUSTOM_UI_NS, addinFolder, escapeXml, jspluginsXml, publishXml, ribbonXml, wpsUrl };
