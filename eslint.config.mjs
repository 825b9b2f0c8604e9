/**
 * ESLint 9 flat config.
 *
 * - JavaScript (scripts/, bin/, configs, test stubs): eslint's recommended rules, as CommonJS on Node.
 * - TypeScript (.ts/.tsx): typescript-eslint's recommended rules plus the
 *   Office Add-ins rules (load before read, sync after load, no sync in loops…).
 * - src/engine/ is the pure core: it may not import UI, host, file or Node
 *   modules, nor reach into the shells (as excalidraw fences its core packages).
 * - ExcelJS builds new workbooks from nothing: only src/workbook/exceljs/ may
 *   import it (as only src/workbook/excel/ touches `Excel`); the rest of src/
 *   goes through that adapter's modules. Tests (test/) may use it directly.
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.ts", "**/*.tsx"];

/**
 * The plugin ships its presets with prettier and its own parser bundled in, so
 * only its rules (at the plugin's recommended severities) are taken from it.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);
if (Object.keys(officeAddinsRules).length === 0) {
  throw new Error("eslint-plugin-office-addins: no rules found in configs.recommended; check the plugin's exports");
}

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

const unusedVars = [
  "error",
  {
    argsIgnorePattern: "^_",
    varsIgnorePattern: "^_",
    caughtErrorsIgnorePattern: "^_",
    destructuredArrayIgnorePattern: "^_",
  },
];

const xlsxBoundary = "ExcelJS builds new workbooks (template, the demo's inputs): import it only in src/workbook/exceljs/, and use those modules elsewhere";

const noExcelGlobal = { name: "Excel", message: "Only src/workbook/excel talks to Excel's API; pass functions in (the pane gets them as props)" };
const noWpsGlobal = { name: "wps", message: "Only src/hosts/wps and src/workbook/wps reach WPS's `wps`; pass a WpsRoot or a port in" };

const engineBoundary = "src/engine is pure TypeScript (no DOM, Node, host or file library); pass data in through src/workbook instead";

/**
 * The layers' fences (issue 18), as Excalidraw's config fences its packages:
 * the pane imports no adapter and no host; each adapter imports neither the
 * other nor anything above it; the kit (src/workbook outside its two
 * adapters) imports no adapter; a host imports only its own adapter. Each
 * block restates the ExcelJS fence, since a later block's
 * no-restricted-imports replaces an earlier one's for the same files.
 */
function fence(files, ignores, banned, why, exceljsAllowed = false) {
  const regex = `(^|/)(${banned.join("|")})(/|$)`;
  return {
    files,
    ignores,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: exceljsAllowed ? [] : [{ name: "exceljs", message: xlsxBoundary }],
          patterns: [...(exceljsAllowed ? [] : [{ group: ["exceljs/*"], message: xlsxBoundary }]), { regex, message: why }],
        },
      ],
    },
  };
}

const layerFences = [
  fence(
    ["src/taskpane/**"],
    [],
    ["workbook/excel", "workbook/xlsx", "hosts", "cli"],
    "The pane gets its host as a value (PaneHost): it imports no adapter and no host; wire them in src/hosts/<host>/",
  ),
  fence(
    ["src/workbook/**"],
    ["src/workbook/excel/**", "src/workbook/xlsx/**", "src/workbook/exceljs/**", "src/workbook/wps/**"],
    ["\\.\\.?/excel", "\\.\\.?/xlsx", "\\.\\.?/exceljs", "\\.\\.?/wps", "taskpane", "hosts", "cli"],
    "The kit above the port decides for every host: it imports no adapter (excel/, xlsx/) nor the ExcelJS builder, no pane and no host",
  ),
  fence(
    ["src/workbook/excel/**"],
    [],
    ["xlsx", "exceljs", "taskpane", "hosts", "cli"],
    "The Office.js adapter imports the kit and the engine only: not the package adapter, the ExcelJS builder, the pane or a host",
  ),
  fence(
    ["src/workbook/wps/**"],
    [],
    ["excel", "xlsx", "exceljs", "taskpane", "hosts", "cli"],
    "The WPS adapter imports the kit and the engine only: not the Office.js or package adapter, the ExcelJS builder, the pane or a host",
  ),
  fence(
    ["src/workbook/xlsx/**"],
    [],
    ["excel", "exceljs", "taskpane", "hosts", "cli"],
    "The package adapter imports the kit and the engine only: not the Office.js adapter, the ExcelJS builder, the pane or a host",
  ),
  fence(
    ["src/workbook/exceljs/**"],
    [],
    ["excel", "taskpane", "hosts", "cli"],
    "The ExcelJS builder makes new workbooks (and is the tests' second reader): it may use the package adapter's file helpers, not the Office.js adapter, the pane or a host",
    true,
  ),
  fence(
    ["src/hosts/excel/**"],
    [],
    ["workbook/xlsx", "workbook/exceljs", "cli"],
    "The add-in's host wires the pane to the Office.js adapter: not the package adapter or the command line",
  ),
  fence(
    ["src/hosts/wps/**"],
    [],
    ["workbook/excel", "workbook/xlsx", "workbook/exceljs", "hosts/excel", "hosts/web", "cli"],
    "The WPS add-in's host wires the pane to the WPS adapter: not the Office.js or package adapter, the ExcelJS builder, another host or the command line",
  ),
  fence(
    ["src/hosts/web/**"],
    ["src/hosts/web/templateWorker.ts"],
    ["workbook/excel", "workbook/exceljs", "cli"],
    "The web page's host wires the pane's components to the package adapter: not the Office.js adapter, the ExcelJS builder or the command line",
  ),
  fence(
    ["src/hosts/web/templateWorker.ts"],
    [],
    ["workbook/excel", "workbook/xlsx", "taskpane", "cli"],
    "The page's template worker runs `appraise template`'s builder (workbook/exceljs/templateWorkbook.ts) in its own worker: nothing else",
  ),
  fence(
    ["src/cli/**"],
    [],
    ["workbook/excel", "taskpane", "hosts"],
    "The command line runs on the package adapter: not the Office.js adapter, the pane or a host",
  ),
];

export default defineConfig([
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", ".bench/"] },

  js.configs.recommended,

  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: nodeGlobals },
    rules: { "no-unused-vars": unusedVars },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: nodeGlobals },
  },
  {
    // Jest's setup file runs in jsdom as well as node.
    files: ["test/setup.js"],
    languageOptions: { globals: { window: "writable" } },
  },

  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    rules: { "@typescript-eslint/no-unused-vars": unusedVars },
  },
  {
    files: TS_FILES,
    // ExcelJS and Node code has no Office.js proxies: the plugin's heuristics
    // (any `getCell(...)` result must be loaded and synced) misfire there.
    ignores: ["src/workbook/xlsx/**", "src/workbook/exceljs/**", "src/cli/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },

  {
    // The engine's own block below forbids exceljs too, with its other imports; this one leaves it to that (a later block's options would replace these).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/exceljs/**", "src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: xlsxBoundary }],
          patterns: [{ group: ["exceljs/*"], message: xlsxBoundary }],
        },
      ],
    },
  },

  {
    // The Office.js workbook API is the Excel adapter's alone, as exceljs is the xlsx adapter's (the engine's block forbids it with its own message);
    // WPS's global `wps` is the WPS host's and adapter's alone (issue 22). Each block lists every global its files may not use.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/excel/**", "src/hosts/wps/**", "src/workbook/wps/**", "src/engine/**"],
    rules: { "no-restricted-globals": ["error", noExcelGlobal, noWpsGlobal] },
  },
  { files: ["src/workbook/excel/**"], rules: { "no-restricted-globals": ["error", noWpsGlobal] } },
  { files: ["src/hosts/wps/**", "src/workbook/wps/**"], rules: { "no-restricted-globals": ["error", noExcelGlobal] } },

  {
    // Small functions (STYLE.md): a function that does not fit on a screen does more than one thing. Tests' describe blocks are exempt.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx", "src/**/*.typetest.ts"],
    rules: { "max-lines-per-function": ["error", { max: 50, skipBlankLines: true, skipComments: true }] },
  },

  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "office-js", "@microsoft/office-js", "exceljs", "fs", "path", "crypto"].map((name) => ({
            name,
            message: engineBoundary,
          })),
          patterns: [
            {
              group: ["react/*", "react-dom/*", "@fluentui/*", "exceljs/*", "node:*", "fs/*", "path/*"],
              message: engineBoundary,
            },
            {
              regex: "^(\\.\\./)+(workbook|taskpane|cli|hosts)(/|$)",
              message: "src/engine may not import the shells (workbook, taskpane, cli, hosts): they depend on the engine, not the other way round",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...["Office", "Excel", "window", "document", "process", "require"].map((name) => ({ name, message: engineBoundary }))],
    },
  },
  {
    // Every decision once (issue 18): Excel's serial-date constants live in src/engine/serialDates.ts, which every adapter imports.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/engine/serialDates.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[25569, 1462].map((value) => ({
          selector: `Literal[value=${value}]`,
          message: "Excel's date epoch and the 1904 offset are src/engine/serialDates.ts's (EXCEL_UNIX_EPOCH, DATE_1904_OFFSET): import them",
        })),
      ],
    },
  },
  ...layerFences,
]);
