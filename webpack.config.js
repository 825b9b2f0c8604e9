/**
 * Builds the Excel add-in into dist/addin/, the one folder to host, after
 * Microsoft's Office-Addin-TaskPane-React template, adapted to the shared
 * runtime: one page (taskpane.html) loads both the task pane and the ribbon
 * commands. dist/addin/ holds only what is hosted (taskpane.html, its scripts,
 * assets/, manifest.xml, and office-js/ for an intranet build); the command
 * line's build is dist/node (npm run build:cli), the browser page dist/web.
 *
 *   npm run build       production build (content hashes, split chunks)
 *   npm run build:dev   development build
 *   npm run dev-server  https://localhost:3000 with Office's developer certificates
 *
 * Environment:
 *   APPRAISE_PROD_URL     where dist/addin/ is hosted (https, ends with "/"); the
 *                         manifest's URLs are made that. Without it the build is
 *                         a development build: the manifest points at
 *                         https://localhost:3000/ and its comment says so.
 *   APPRAISE_OFFICE_JS    "cdn" (default): taskpane.html loads Office.js from
 *                         Microsoft's CDN; "local": from office-js/ beside it,
 *                         copied from the pinned @microsoft/office-js package
 *                         (an intranet without Microsoft's CDN).
 *   APPRAISE_SOURCE_MAPS  "1": write source maps in a production build (never hosted otherwise).
 *
 * taskpane.html carries an inline guard (src/hosts/excel/guard.js, ES5) that
 * says what works instead where the pane cannot run. The gzipped size of the
 * pane's initial JS is checked by scripts/check-size.js, so webpack's own
 * (uncompressed) size hints are off.
 *
 * Exported as `(env, options) => config` so other configs (e.g. an end-to-end
 * page over a fake host) can build on it: `await require("./webpack.config")(env, argv)`.
 * `--env outDir=DIR` builds into DIR instead of dist/addin (the tests).
 */
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PACKAGE = "@microsoft/office-js";

/** APPRAISE_PROD_URL, checked (https, ending in "/"), or null when unset. */
function prodUrl(url = process.env.APPRAISE_PROD_URL) {
  if (url === undefined || url === "") return null;
  if (!/^https:\/\/[^/\s]+/.test(url)) {
    throw new Error(`APPRAISE_PROD_URL must be an https URL such as https://appraise.example.gov.cn/addin/, got "${url}"`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** APPRAISE_OFFICE_JS, checked: "cdn" (the default) or "local". */
function officeJsMode(mode = process.env.APPRAISE_OFFICE_JS) {
  if (mode === undefined || mode === "" || mode === "cdn") return "cdn";
  if (mode === "local") return "local";
  throw new Error(`APPRAISE_OFFICE_JS must be "cdn" (Microsoft's CDN, the default) or "local" (office-js/ beside taskpane.html), got "${mode}"`);
}

/** The pinned @microsoft/office-js version (package.json's devDependency). */
function officeJsVersion() {
  return require(`${OFFICE_JS_PACKAGE}/package.json`).version;
}

/**
 * The files office.js loads beside itself, from the package's dist/: office.js;
 * o15apptofilemappingtable.js (Office 2013/2016's host table); Excel's host files
 * (excel-<platform>-<version>[-core].js, chosen at run time by platform and
 * build); webauth/ (single sign-on on the web); the telemetry loaders
 * (telemetry/, ariatelemetry/); each locale's office_strings.js. Debug builds,
 * other applications' host files and Outlook's strings are left out.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel*.js",
  "telemetry/*.js",
  "ariatelemetry/*.js",
  "webauth/*.js",
  "*/office_strings.js",
];

function officeJsPattern() {
  const dist = path.join(path.dirname(require.resolve(`${OFFICE_JS_PACKAGE}/package.json`)), "dist");
  return OFFICE_JS_FILES.map((glob) => ({
    from: glob,
    context: dist,
    to: "office-js/",
    globOptions: { ignore: ["**/*.debug.js"] },
  }));
}

/** What the built manifest's leading comment says about this build. */
function manifestComment({ dev, url, officeJs }) {
  const kind =
    url === null
      ? `a development build${dev ? "" : " (production mode)"}: every URL is ${urlDev}, served by npm run dev-server.\n  To build for hosting, set APPRAISE_PROD_URL (https, ending in "/") to where dist/addin/ is served.`
      : `a build for hosting: every URL is under ${url}, where dist/addin/ is served.`;
  const source =
    officeJs === "local"
      ? `office-js/office.js on that host (${OFFICE_JS_PACKAGE} ${officeJsVersion()}, APPRAISE_OFFICE_JS=local).`
      : `Microsoft's CDN, ${OFFICE_JS_CDN}.`;
  return `<!--\n  Appraise (绩效考评) add-in manifest, written by webpack.config.js: ${kind}\n  The task pane loads Office.js from ${source}\n  Requires ExcelApi and SharedRuntime as below; see README.md, "Which Office runs the add-in".\n-->`;
}

/** Rewrites manifest.xml for this build: its URLs (APPRAISE_PROD_URL) and its leading comment. */
function rewriteManifest(text, build) {
  const withUrls = build.url === null ? text : text.split(urlDev).join(build.url);
  return withUrls.replace(/<!--[\s\S]*?-->/, manifestComment(build));
}

/** Copies manifest.xml, rewritten for this build. */
function manifestPattern(build) {
  return {
    from: "manifest.xml",
    to: "[name][ext]",
    transform(content) {
      return rewriteManifest(content.toString(), build);
    },
  };
}

/** The guard's source, inlined into taskpane.html. */
function guardSource() {
  return fs.readFileSync(path.join(__dirname, "src", "hosts", "excel", "guard.js"), "utf8");
}

/**
 * The developer certificates trusted by Office. Only for `webpack serve`:
 * office-addin-dev-certs installs a CA when it has none, which a build (and
 * CI) must never do, so it is required lazily here.
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const build = { dev, url: dev ? null : prodUrl(), officeJs: officeJsMode() };
  if (!dev && build.url === null && !serving) {
    console.warn(`APPRAISE_PROD_URL is not set: a development build, its manifest pointing at ${urlDev}. Set it to where dist/addin/ is hosted.`);
  }

  return {
    mode: dev ? "development" : "production",
    // No source maps in what is hosted unless asked for (APPRAISE_SOURCE_MAPS=1).
    devtool: dev || process.env.APPRAISE_SOURCE_MAPS === "1" ? "source-map" : false,
    entry: {
      taskpane: "./src/hosts/excel/index.tsx",
      // On the task pane's page (the shared runtime), after the pane's entry: what
      // both use is loaded once, and the run's lazy chunk does not carry a second
      // copy of it for the ribbon's sake.
      commands: { import: "./src/hosts/excel/commands.ts", dependOn: "taskpane" },
    },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "addin"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // Empties dist/addin/ before each build; the command line (dist/node) and the
      // browser page (dist/web) are beside it, never in it.
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `npm run typecheck`; isolatedModules makes this safe.
              transpileOnly: true,
              // tsconfig.json emits CommonJS for Jest; ES modules let webpack tree-shake.
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
        {
          // chinese-days says "type": "commonjs" but its "module" build is ES
          // modules; let webpack detect the syntax instead of trusting the flag.
          test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/,
          type: "javascript/auto",
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico|woff2?|ttf)$/,
          type: "asset/resource",
        },
      ],
    },
    optimization: {
      // Two entries on one page: a single runtime makes them share module
      // instances (one recomputeInExcel, one lock), not a copy each.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: "fluent",
            // Only what the page needs at start: the components only the run's
            // chunk uses (the results view's tabs) stay with that chunk.
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*", to: "assets/[name][ext][query]" }, manifestPattern(build), ...(build.officeJs === "local" ? officeJsPattern() : [])],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/hosts/excel/taskpane.html",
        // The shared runtime's page is both the pane and the FunctionFile.
        chunks: ["taskpane", "commands"],
        templateParameters: {
          officeJs: build.officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN,
          officeJsNote:
            build.officeJs === "local"
              ? `from this host, office-js/ (${OFFICE_JS_PACKAGE} ${officeJsVersion()}, APPRAISE_OFFICE_JS=local)`
              : "from Microsoft's CDN, the supported way (APPRAISE_OFFICE_JS=local serves it from this host)",
          guard: guardSource(),
        },
      }),
    ],
    devServer: {
      hot: true,
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.prodUrl = prodUrl;
module.exports.officeJsMode = officeJsMode;
module.exports.OFFICE_JS_FILES = OFFICE_JS_FILES;
