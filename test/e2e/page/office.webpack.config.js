/**
 * Builds the fake Excel host (installFake.ts) as one script, office.js, to
 * stand where Microsoft's Office.js stands in the add-in's production
 * taskpane.html: test/e2e/nginx.e2e.test.ts loads the real build through
 * nginx and answers the page's request for Office.js with this file. Reuses
 * webpack.e2e.config.js; one entry, one file (no runtime chunk, no split).
 *
 *   npx webpack --config test/e2e/page/office.webpack.config.js --env outDir=DIR   → DIR/office.js
 */
const e2eConfig = require("../../../webpack.e2e.config");

module.exports = async (env = {}, options = {}) => {
  const base = await e2eConfig(env, options);
  return {
    ...base,
    entry: { office: "./test/e2e/page/installFake.ts" },
    optimization: { ...base.optimization, runtimeChunk: false, splitChunks: false },
    plugins: [],
  };
};
