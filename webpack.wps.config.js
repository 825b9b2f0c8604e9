/**
 * Builds the WPS 表格 add-in (issue 22) into dist/wps/:
 *
 *   dist/wps/appraise_<version>/   the add-in's folder (WPS names offline add-ins' folders name_version):
 *     index.html                   the main page WPS loads at start: js/ribbon.js, the ribbon's callbacks
 *     ribbon.xml                   the 绩效考评 tab (no XML declaration first: WPS rejects one)
 *     taskpane.html                the pane: js/taskpane.js, the same AppraisePane as in Excel
 *     js/                          the scripts (the engine in a chunk of its own, js/run.*.js)
 *     images/                      the ribbon's icons
 *   dist/wps/publish.xml           the offline registration for the user's jsaddons folder
 *   dist/wps/jsplugins.xml         the online list for a server, only with APPRAISE_WPS_URL
 *   dist/wps/install-linux.sh      the offline install for Kylin and UOS (scripts/wps/install-linux.sh)
 *
 *   npm run build:wps                                           → dist/wps/
 *   APPRAISE_WPS_URL=https://oa.example.gov.cn/wps/ npm run build:wps   (+ jsplugins.xml for that server)
 *   npx webpack --config webpack.wps.config.js --env outDir=DIR → DIR/ (the tests)
 *
 * WPS's pages run in the Chromium WPS embeds (Kingsoft: "WPS 加载项的底层是以
 * Chromium 开源浏览器项目为基础"); no Kingsoft page or public code found says
 * which Chromium WPS 2019 or WPS for Linux ships, so the build targets the
 * oldest engine the browser page supports, Chromium 83 (ES2020), the same way
 * (webpack.web.config.js): our TypeScript compiled to it, newer node_modules
 * code compiled down (scripts/downlevel-loader.js), and the build test parses
 * every script at that level (scripts/check-web-syntax.js's checkScripts).
 */
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinFolder, jspluginsXml, publishXml, ribbonXml, wpsUrl } = require("./scripts/wps-addin-files");
const { version } = require("./package.json");
// Chromium 83's JavaScript (ES2020), as for the browser page.
const { ECMA_VERSION, oldestChromiumRules } = require("./scripts/oldest-chromium");

const FOLDER = addinFolder(version);

/** Emits the XML files: ribbon.xml in the add-in's folder, publish.xml (and jsplugins.xml) beside it. */
class WpsAddinFilesPlugin {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsAddinFiles", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsAddinFiles", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const emit = (file, text) => compilation.emitAsset(file, new webpack.sources.RawSource(Buffer.from(text, "utf8")));
        emit(`${FOLDER}/ribbon.xml`, ribbonXml());
        emit("publish.xml", publishXml(version));
        if (this.url !== null) emit("jsplugins.xml", jspluginsXml(version, this.url));
      });
    });
  }
}

module.exports = (env = {}) => {
  const url = wpsUrl();
  if (url === null) console.warn('APPRAISE_WPS_URL is not set: no jsplugins.xml (the online list). Set it to where dist/wps/ is served, ending in "/".');
  return {
    mode: "production",
    devtool: false,
    target: ["web", `es${ECMA_VERSION}`],
    entry: { ribbon: "./src/hosts/wps/ribbon.ts", taskpane: "./src/hosts/wps/taskpane.tsx" },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "wps"),
      filename: `${FOLDER}/js/[name].js`,
      chunkFilename: `${FOLDER}/js/[name].[contenthash:8].js`,
      // Scripts load their chunks from where they are (file:// in the offline install, the server online).
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: oldestChromiumRules() },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/hosts/wps/images/*.svg", to: `${FOLDER}/images/[name][ext]` },
          // The offline install for Kylin and UOS, beside publish.xml, which it reads (README, "在 WPS 表格中使用").
          { from: "scripts/wps/install-linux.sh", to: "install-linux.sh" },
        ],
      }),
      new HtmlWebpackPlugin({ filename: `${FOLDER}/index.html`, template: "./src/hosts/wps/index.html", chunks: ["ribbon"], inject: false, minify: false }),
      new HtmlWebpackPlugin({
        filename: `${FOLDER}/taskpane.html`,
        template: "./src/hosts/wps/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        minify: false,
      }),
      new WpsAddinFilesPlugin(url),
    ],
  };
};

module.exports.FOLDER = FOLDER;
