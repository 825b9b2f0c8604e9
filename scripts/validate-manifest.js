#!/usr/bin/env node
/**
 * An offline structural check of the add-in's XML manifest.
 *
 *   node scripts/validate-manifest.js manifest.xml               (npm run validate)
 *   node scripts/validate-manifest.js dist/addin/manifest.xml    (npm run validate:addin, after npm run build)
 *
 * `office-addin-manifest validate` posts the manifest to an online service and
 * no package ships the manifest XSDs, so this checks what breaks sideloading
 * in practice: XML well-formedness (`xmllint --noout` when installed — Debian's
 * libxml2-utils — and always our own strict parse), the schema's order of
 * OfficeApp's children, a GUID Id, https for every URL, every resid defined
 * in Resources with the right kind and at most 32 characters, zh-CN overrides
 * for every user-visible string, string lengths, the shared-runtime wiring, and
 * no URL on Microsoft's placeholder host contoso.com.
 *
 * `validateManifest(xmlText)` returns the problems as messages (empty = fine);
 * test/manifest.test.ts runs it on manifest.xml and on broken copies.
 */
"use strict";

const fs = require("node:fs");
const { spawnSync } = require("node:child_process");
// sax is the strict XML parser behind xml2js, which office-addin-manifest uses.
const sax = require("sax");

const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";
const NS_TASKPANE_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** OfficeApp's children in the order the schema's sequence requires. */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

/** Children this add-in must have (the schema makes some optional; store listing and the ribbon need them). */
const OFFICEAPP_REQUIRED = OFFICEAPP_ORDER.filter((n) => !["AlternateId", "AppDomains", "Dictionary", "ExtendedOverrides"].includes(n));

const REQUIRED_LOCALES = ["zh-CN"];
const MAX_RESID = 32;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** Which Resources collection a resid on each element must point into. */
const RESID_KIND = {
  Image: "Images",
  Runtime: "Urls",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };

/** Microsoft's example company: a manifest pointing there was built without its real address. */
const PLACEHOLDER_HOST = /^https?:\/\/([^/]*\.)?contoso\.com([:/]|$)/i;

/** Elements whose DefaultValue (and overrides) are URLs. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

// ---------------------------------------------------------------- parsing

/**
 * Parses XML strictly into a small tree: {local, uri, attrs: {qname: {local, uri, value}}, children, text, line}.
 * Returns {root} or {error}.
 */
function parseXml(xmlText) {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack = [{ children: [] }];
  let error = null;
  parser.onerror = (e) => {
    error = e.message.split("\n").join(" ");
    throw e;
  };
  parser.onopentag = (node) => {
    const attrs = {};
    for (const [qname, a] of Object.entries(node.attributes)) attrs[qname] = { local: a.local, uri: a.uri, prefix: a.prefix, value: a.value };
    const el = { name: node.name, local: node.local, uri: node.uri, attrs, children: [], text: "", line: parser.line + 1 };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => {
    if (stack.length > 1) stack[stack.length - 1].text += t;
  };
  try {
    parser.write(xmlText).close();
  } catch (e) {
    return { error: error || String(e.message || e) };
  }
  return { root: stack[0].children[0] };
}

function walk(el, visit, parent = null) {
  visit(el, parent);
  for (const child of el.children) walk(child, visit, el);
}

const child = (el, local) => el && el.children.find((c) => c.local === local);
const attr = (el, local, uri = "") => {
  const a = Object.values(el.attrs).find((x) => x.local === local && x.uri === uri && x.prefix !== "xmlns");
  return a ? a.value : undefined;
};
const where = (el) => `<${el.name}> (line ${el.line})`;

// ---------------------------------------------------------------- checks

function checkRoot(root, problems) {
  if (root.local !== "OfficeApp" || root.uri !== NS_OFFICEAPP) {
    problems.push(`root element must be <OfficeApp> in namespace ${NS_OFFICEAPP}, found <${root.name}> in "${root.uri}"`);
  }
  const type = attr(root, "type", NS_XSI);
  if (type !== "TaskPaneApp") problems.push(`<OfficeApp> xsi:type must be "TaskPaneApp", found "${type}"`);
}

function checkOrder(root, problems) {
  let last = -1;
  const seen = new Set();
  for (const el of root.children) {
    const index = OFFICEAPP_ORDER.indexOf(el.local);
    if (index < 0) {
      problems.push(`unexpected element ${where(el)} in <OfficeApp>`);
      continue;
    }
    if (seen.has(el.local)) problems.push(`${where(el)} appears more than once in <OfficeApp>`);
    else if (index < last) {
      problems.push(`${where(el)} is out of order: <OfficeApp> children must follow ${OFFICEAPP_ORDER.join(", ")}`);
    }
    seen.add(el.local);
    last = Math.max(last, index);
  }
  for (const name of OFFICEAPP_REQUIRED) {
    if (!seen.has(name)) problems.push(`<OfficeApp> has no <${name}>`);
  }
}

function checkBasics(root, problems) {
  const id = child(root, "Id");
  if (id && !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(id.text.trim())) {
    problems.push(`<Id> must be a GUID, found "${id.text.trim()}"`);
  }
  const version = child(root, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim())) {
    problems.push(`<Version> must look like 1.0.0.0, found "${version.text.trim()}"`);
  }
  const permissions = child(root, "Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text.trim())) {
    problems.push(`<Permissions> must be one of ${PERMISSIONS.join(", ")}, found "${permissions.text.trim()}"`);
  }
  const hosts = child(root, "Hosts");
  if (hosts && !hosts.children.some((h) => h.local === "Host" && attr(h, "Name") === "Workbook")) {
    problems.push(`<Hosts> must contain <Host Name="Workbook"/>`);
  }
}

function isUrlAttribute(el, parent, name) {
  if (name === "DefaultValue") return URL_ELEMENTS.has(el.local) || (parent && ["Images", "Urls"].includes(parent.local));
  if (name === "Value" && el.local === "Override") return parent && (URL_ELEMENTS.has(parent.local) || ["Image", "Url"].includes(parent.local));
  return false;
}

function checkUrls(root, problems) {
  walk(root, (el, parent) => {
    for (const [qname, a] of Object.entries(el.attrs)) {
      if (a.prefix === "xmlns" || qname === "xmlns") continue; // namespace names, not fetched
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value);
      if ((looksLikeUrl || isUrlAttribute(el, parent, a.local)) && !/^https:\/\/[^/\s]+/.test(a.value)) {
        problems.push(`${where(el)} ${qname} must be an https URL, found "${a.value}"`);
      } else if (looksLikeUrl && PLACEHOLDER_HOST.test(a.value)) {
        problems.push(
          `${where(el)} ${qname} points at Microsoft's placeholder host contoso.com ("${a.value}"): build with APPRAISE_PROD_URL set to where dist/addin/ is hosted`,
        );
      }
    }
    if (el.local === "AppDomain" && !/^https:\/\/[^/\s]+/.test(el.text.trim())) {
      problems.push(`${where(el)} must be an https URL, found "${el.text.trim()}"`);
    }
  });
}

/** The Resources of every VersionOverrides: id → {kind, el}. */
function collectResources(root, problems) {
  const defined = new Map();
  walk(root, (el) => {
    if (el.local !== "Resources") return;
    for (const collection of el.children) {
      for (const item of collection.children) {
        const id = attr(item, "id");
        if (id === undefined) {
          problems.push(`${where(item)} in <${collection.name}> has no id`);
          continue;
        }
        if (id.length > MAX_RESID) problems.push(`resource id "${id}" is ${id.length} characters; the limit is ${MAX_RESID}`);
        if (defined.has(id)) problems.push(`resource id "${id}" is defined more than once`);
        defined.set(id, { kind: collection.local, el: item });
      }
    }
  });
  return defined;
}

function checkResids(root, defined, problems) {
  walk(root, (el) => {
    const resid = attr(el, "resid");
    if (resid === undefined) return;
    if (resid.length > MAX_RESID) problems.push(`${where(el)} resid "${resid}" is ${resid.length} characters; the limit is ${MAX_RESID}`);
    const resource = defined.get(resid);
    if (!resource) {
      problems.push(`${where(el)} refers to resid "${resid}", which is not defined in <Resources>`);
      return;
    }
    const kind = RESID_KIND[el.local];
    if (kind && resource.kind !== kind) {
      problems.push(`${where(el)} resid "${resid}" must name a resource in <bt:${kind}>, but it is in <bt:${resource.kind}>`);
    }
  });
}

function overrideLocales(el) {
  return el.children.filter((c) => c.local === "Override").map((c) => attr(c, "Locale"));
}

function checkLocalizedStrings(root, defined, problems) {
  const texts = [];
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (el) texts.push({ el, label: `<${name}>`, max: name === "DisplayName" ? 125 : 250 });
  }
  for (const [id, { kind, el }] of defined) {
    if (kind in MAX_LENGTH) texts.push({ el, label: `string "${id}"`, max: MAX_LENGTH[kind] });
  }
  for (const { el, label, max } of texts) {
    const locales = overrideLocales(el);
    for (const locale of REQUIRED_LOCALES) {
      if (!locales.includes(locale)) problems.push(`${label} (line ${el.line}) has no ${locale} <Override>`);
    }
    const values = [attr(el, "DefaultValue") ?? "", ...el.children.filter((c) => c.local === "Override").map((c) => attr(c, "Value") ?? "")];
    for (const value of values) {
      if (value.trim() === "") problems.push(`${label} (line ${el.line}) has an empty value`);
      if (value.length > max) problems.push(`${label} (line ${el.line}) is ${value.length} characters; the limit is ${max}`);
    }
  }
}

function findAll(root, local) {
  const found = [];
  walk(root, (el, parent) => {
    if (el.local === local) found.push({ el, parent });
  });
  return found;
}

function checkVersionOverrides(root, problems) {
  const vo = child(root, "VersionOverrides");
  if (!vo) return;
  const type = attr(vo, "type", NS_XSI);
  if (vo.uri !== NS_TASKPANE_OVERRIDES || type !== "VersionOverridesV1_0") {
    problems.push(
      `${where(vo)} must be xsi:type "VersionOverridesV1_0" in ${NS_TASKPANE_OVERRIDES} (task pane add-ins support only 1.0), found "${type}" in "${vo.uri}"`,
    );
  }
  const runtimes = findAll(vo, "Runtime").map(({ el }) => el);
  const runtimeIds = runtimes.map((el) => attr(el, "resid"));
  for (const el of runtimes) {
    if (attr(el, "lifetime") !== "long") problems.push(`${where(el)} must have lifetime="long" for a shared runtime`);
  }
  const sets = findAll(root, "Set").map(({ el }) => attr(el, "Name"));
  if (runtimes.length > 0 && !sets.includes("SharedRuntime"))
    problems.push(`a shared runtime needs <Set Name="SharedRuntime" MinVersion="1.1"/> in <Requirements>`);
  const shared = (el) => runtimes.length === 0 || runtimeIds.includes(attr(el, "resid"));
  for (const { el } of findAll(vo, "FunctionFile")) {
    if (!shared(el)) problems.push(`${where(el)} resid must be the shared <Runtime>'s (${runtimeIds.join(", ")})`);
  }
  const controlIds = new Set();
  for (const { el } of findAll(vo, "Control")) {
    const id = attr(el, "id");
    if (controlIds.has(id)) problems.push(`${where(el)} id "${id}" is used by another control`);
    controlIds.add(id);
  }
  for (const { el } of findAll(vo, "Action")) {
    const type = attr(el, "type", NS_XSI);
    if (type === "ExecuteFunction" && !child(el, "FunctionName")?.text.trim()) problems.push(`${where(el)} ExecuteFunction has no <FunctionName>`);
    if (type === "ShowTaskpane") {
      const source = child(el, "SourceLocation");
      if (!child(el, "TaskpaneId")?.text.trim()) problems.push(`${where(el)} ShowTaskpane has no <TaskpaneId>`);
      if (!source) problems.push(`${where(el)} ShowTaskpane has no <SourceLocation>`);
      else if (!shared(source)) problems.push(`${where(source)} resid must be the shared <Runtime>'s (${runtimeIds.join(", ")})`);
    }
  }
}

/**
 * Checks a manifest's text; returns the problems found, [] when there are none.
 *
 * @example
 * validateManifest(fs.readFileSync("manifest.xml", "utf8"))
 * //=> []
 */
function validateManifest(xmlText) {
  const { root, error } = parseXml(xmlText);
  if (error) return [`not well-formed XML: ${error}`];
  if (!root) return ["the document has no root element"];
  const problems = [];
  checkRoot(root, problems);
  checkOrder(root, problems);
  checkBasics(root, problems);
  checkUrls(root, problems);
  const defined = collectResources(root, problems);
  checkResids(root, defined, problems);
  checkLocalizedStrings(root, defined, problems);
  checkVersionOverrides(root, problems);
  return problems;
}

/** Runs `xmllint --noout` when it is installed: {ran: false} when it is not. */
function runXmllint(file) {
  const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (result.error && result.error.code === "ENOENT") return { ran: false };
  return { ran: true, ok: result.status === 0, output: (result.stderr || "") + (result.stdout || "") };
}

function main(argv) {
  const file = argv[0];
  if (!file) {
    console.error("usage: node scripts/validate-manifest.js <manifest.xml>");
    return 2;
  }
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    return 1;
  }
  const problems = [];
  const lint = runXmllint(file);
  if (!lint.ran && process.env.CI) problems.push("xmllint is missing: CI must install it with npm run setup:tools (or: apt-get install libxml2-utils)");
  else if (!lint.ran)
    console.log("xmllint not found: skipped its well-formedness check. Install the test tools with: npm run setup:tools (or: apt-get install libxml2-utils)");
  else if (!lint.ok) problems.push(`xmllint --noout failed:\n${lint.output.trim()}`);
  else console.log("xmllint --noout: well-formed");
  problems.push(...validateManifest(text));
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`${file}: manifest structure OK`);
  return 0;
}

module.exports = { validateManifest, runXmllint };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
