/**
 * Builds Appraise for the browser (issue 19): dist/web/appraise.html, ONE
 * self-contained file that works from file://, a USB stick or any static
 * server and makes no network request.
 *
 *   npm run build:web                                           → dist/web/appraise.html
 *   npx webpack --config webpack.web.config.js --env outDir=DIR → DIR/appraise.html
 *
 * Three bundles: the page (src/hosts/web/index.tsx), its Web Worker
 * (src/hosts/web/worker.ts, the engine and the package adapter) and the
 * template's worker (src/hosts/web/templateWorker.ts: ExcelJS's browser
 * build, as `appraise template` writes with ExcelJS; a worker of its own so
 * grading never parses it). A small plugin over html-webpack-plugin's
 * alterAssetTagGroups hook (no inlining plugin needed) puts them in the
 * HTML: the page's as an inline <script> allowed by its SHA-256 hash, each
 * worker's as a <script type="text/x-appraise-worker"> the browser does not
 * run, from which the page makes the worker (a Blob URL); then the .js files
 * are dropped from the output. The Content-Security-Policy <meta> forbids
 * every connection.
 *
 * In the browser, src/workbook/xlsx/deflate.ts (Node's zlib) is replaced by
 * deflateBrowser.ts (fflate); any other node: import fails the build.
 */
const crypto = require("node:crypto");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// The oldest engine the page supports, Chromium 83 (ES2020), and the rules that build for it.
const { ECMA_VERSION, oldestChromiumRules } = require("./scripts/oldest-chromium");

const WORKER_TYPE = "text/x-appraise-worker";

const HASH_PLACEHOLDER = "sha256-of-the-page-script";

/** Script text safe inside <script>…</script>: a "</script" would end the element early. */
function inlineSafe(source, name) {
  if (source.includes("<!--")) throw new Error(`${name} contains "<!--", which an inline <script> cannot hold safely`);
  return source.replace(/<\/(script)/gi, "<\\/$1");
}

/** The page's policy: nothing from anywhere, its one script by hash, the worker from a Blob. */
function contentSecurityPolicy(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    // Fluent UI (Griffel) writes its styles into <style> elements at run time.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "font-src data:",
    "worker-src blob:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/**
 * A script's text with the licences the minimizer took out (into
 * X.js.LICENSE.txt, which the one-file page cannot ship) put back in its
 * banner comment.
 */
function withLicences(compilation, file) {
  const code = compilation.assets[file].source().toString();
  const licences = compilation.assets[`${file}.LICENSE.txt`];
  const banner = `/*! For license information please see ${file}.LICENSE.txt */`;
  if (licences === undefined || !code.startsWith(banner)) return code;
  return `/*! Licences of the bundled code:\n${licences.source().toString().replace(/\*\//g, "* /")}\n*/${code.slice(banner.length)}`;
}

class InlineEverythingPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineEverything", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("InlineEverything", (data) => {
        const source = (file) => inlineSafe(withLicences(compilation, file), file);
        data.headTags.unshift({
          tagName: "meta",
          voidTag: true,
          attributes: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy(HASH_PLACEHOLDER) },
        });
        data.bodyTags = [
          { tagName: "script", voidTag: false, attributes: { type: WORKER_TYPE, id: "appraise-worker" }, innerHTML: source("worker.js") },
          { tagName: "script", voidTag: false, attributes: { type: WORKER_TYPE, id: "appraise-template-worker" }, innerHTML: source("template.js") },
          { tagName: "script", voidTag: false, attributes: {}, innerHTML: source("appraise.js") },
        ];
        data.headTags = data.headTags.filter((t) => t.tagName !== "script");
        return data;
      });
      compilation.hooks.processAssets.tap({ name: "InlineEverything", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        for (const name of Object.keys(compilation.assets)) if (name !== "appraise.html") compilation.deleteAsset(name);
        // The hash of the page's script as it stands in the final HTML, so nothing done to the HTML before can make it stale.
        const html = compilation.assets["appraise.html"].source().toString();
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
        if (scripts.length !== 1) throw new Error(`appraise.html should have one script to run, found ${scripts.length}`);
        const hash = `sha256-${crypto.createHash("sha256").update(scripts[0][1], "utf8").digest("base64")}`;
        compilation.updateAsset("appraise.html", new webpack.sources.RawSource(html.replace(HASH_PLACEHOLDER, hash)));
      });
    });
  }
}

module.exports = (env = {}) => ({
  mode: "production",
  devtool: false,
  target: ["web", `es${ECMA_VERSION}`],
  // Each bundle starts with the few polyfills its own code needs on the oldest engine (see scripts/web-polyfills/).
  entry: {
    appraise: ["./scripts/web-polyfills/page.js", "./src/hosts/web/index.tsx"],
    worker: ["./scripts/web-polyfills/worker.js", "./src/hosts/web/worker.ts"],
    template: "./src/hosts/web/templateWorker.ts",
  },
  output: { path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "web"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"], alias: { exceljs: require.resolve("exceljs/dist/exceljs.bare.min.js") } },
  module: { rules: oldestChromiumRules() },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(/^\.\/deflate$/, (resource) => {
      if (/[\\/]workbook[\\/]xlsx$/.test(resource.context)) resource.request = "./deflateBrowser";
    }),
    new HtmlWebpackPlugin({ filename: "appraise.html", template: "./src/hosts/web/appraise.html", chunks: ["appraise"], inject: "body", minify: false }),
    new InlineEverythingPlugin(),
  ],
});
