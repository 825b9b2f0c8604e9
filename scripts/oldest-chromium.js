/**
 * The oldest engine the browser page and the WPS add-in support: Chromium 83
 * (the 奇安信可信浏览器 and the UOS browser on Kylin and UOS desktops; see
 * the README's "Appraise in the browser"; Kingsoft names no Chromium version
 * for WPS's add-ins, so the add-in is built for the same), whose JavaScript
 * is ES2020. Our TypeScript is compiled to it, node_modules code that is
 * newer is compiled down to it (scripts/downlevel-loader.js), and
 * scripts/check-web-syntax.js parses what is built at this level.
 * webpack.web.config.js and webpack.wps.config.js take it from here.
 */
const path = require("node:path");

const ECMA_VERSION = 2020;

/** webpack's module rules for a build at ECMA_VERSION. */
function oldestChromiumRules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, target: `es${ECMA_VERSION}`, useDefineForClassFields: true } },
      },
    },
    {
      test: /\.[cm]?js$/,
      include: /[\\/]node_modules[\\/]/,
      use: { loader: path.join(__dirname, "downlevel-loader.js"), options: { ecmaVersion: ECMA_VERSION } },
    },
    { test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/, type: "javascript/auto" },
  ];
}

module.exports = { ECMA_VERSION, oldestChromiumRules };
