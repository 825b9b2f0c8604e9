/**
 * Builds the end-to-end page (test/e2e/page): the add-in's task pane and
 * ribbon command over the fake Excel host, for test/e2e/taskpane.e2e.test.ts.
 * Reuses webpack.config.js (loaders, resolution, chunking) and changes only
 * what differs:
 *
 * - entry: test/e2e/page/page.tsx, which installs the fake host and then
 *   imports the add-in's own entries; the page is index.html, without Office.js;
 * - production mode (React's production build, as users get it) but not
 *   minified and without source maps, to keep the build quick;
 * - exceljs resolves to an empty module: the demo builder (src/cli/demo) only
 *   uses it to write .xlsx files, which the page never does;
 * - no manifest or assets copied.
 *
 *   npx webpack --config webpack.e2e.config.js                    → dist/e2e/
 *   npx webpack --config webpack.e2e.config.js --env outDir=DIR   → DIR
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("./webpack.config");

module.exports = async (env = {}, options = {}) => {
  const base = await addinConfig(env, { ...options, mode: "production" });
  const { devServer: _devServer, ...rest } = base;
  return {
    ...rest,
    mode: "production",
    devtool: false,
    entry: { page: "./test/e2e/page/page.tsx" },
    output: {
      ...base.output,
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "e2e"),
      filename: "[name].js",
      chunkFilename: "[name].js",
    },
    resolve: { ...base.resolve, alias: { ...base.resolve.alias, exceljs: false } },
    optimization: { ...base.optimization, minimize: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./test/e2e/page/page.html" })],
  };
};
