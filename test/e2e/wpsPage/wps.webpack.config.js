/**
 * Builds the fake WPS 表格 (installFakeWps.ts) as one script, fakeWps.js, which
 * test/e2e/wps.e2e.test.ts injects into every frame with page.addInitScript
 * before the WPS add-in's own scripts run, as WPS provides its `wps` global
 * before a 加载项's pages load. Reuses webpack.e2e.config.js (loaders,
 * resolution, production mode unminified); one entry, one file (no runtime
 * chunk, no split: an init script cannot load chunks).
 *
 *   npx webpack --config test/e2e/wpsPage/wps.webpack.config.js --env outDir=DIR   → DIR/fakeWps.js
 */
const e2eConfig = require("../../../webpack.e2e.config");

module.exports = async (env = {}, options = {}) => {
  const base = await e2eConfig(env, options);
  return {
    ...base,
    entry: { fakeWps: "./test/e2e/wpsPage/installFakeWps.ts" },
    optimization: { ...base.optimization, runtimeChunk: false, splitChunks: false },
    plugins: [],
  };
};
