/**
 * A webpack loader for the browser build (webpack.web.config.js): any
 * JavaScript module from node_modules that does not parse at the page's
 * ECMAScript level (ES2020, the oldest engine we support: see the README's
 * "Appraise in the browser") is compiled down to it with TypeScript's
 * transpileModule, which is already installed; a module that parses is
 * passed through untouched, so only the few packages that need it pay.
 *
 *   options: { ecmaVersion: 2020 }
 */
"use strict";

const acorn = require("acorn");
const ts = require("typescript");

const TS_TARGET = { 2019: ts.ScriptTarget.ES2019, 2020: ts.ScriptTarget.ES2020, 2021: ts.ScriptTarget.ES2021 };

module.exports = function downlevelLoader(source) {
  const { ecmaVersion = 2020 } = this.getOptions();
  try {
    acorn.parse(source, { ecmaVersion, sourceType: "module", allowHashBang: true });
    return source;
  } catch {
    const out = ts.transpileModule(source, {
      fileName: this.resourcePath.replace(/\.(mjs|cjs)$/, ".js"),
      compilerOptions: { target: TS_TARGET[ecmaVersion], module: ts.ModuleKind.ESNext, allowJs: true, sourceMap: false, removeComments: false },
      reportDiagnostics: false,
    });
    return out.outputText;
  }
};
