/**
 * Builds the Excel add-in into dist/, after Microsoft's Office-Addin-TaskPane-React
 * template, adapted to the shared runtime: one page (taskpane.html) loads both
 * the task pane and the ribbon commands.
 *
 *   npm run build       production: content hashes, split chunks, manifest with the production URL
 *   npm run build:dev   development build
 *   npm run dev-server  https://localhost:3000 with Office's developer certificates
 *
 * Environment:
 *   APPRAISE_PROD_URL   where dist/ is deployed (https, ends with "/"); replaces
 *                       https://localhost:3000/ in manifest*.xml for production builds.
 *
 * Office.js comes from Microsoft's CDN (a <script> in taskpane.html), never from
 * the bundle. The gzipped size of the pane's initial JS is checked by
 * scripts/check-size.js, so webpack's own (uncompressed) size hints are off.
 *
 * Exported as `(env, options) => config` so other configs (e.g. an end-to-end
 * page over a fake host) can build on it: `await require("./webpack.config")(env, argv)`.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProdPlaceholder = "https://www.contoso.com/appraise/"; // until the add-in has a home

/** APPRAISE_PROD_URL, checked: https, ending in "/". */
function prodUrl(url = process.env.APPRAISE_PROD_URL || urlProdPlaceholder) {
  if (!/^https:\/\//.test(url)) {
    throw new Error(`APPRAISE_PROD_URL must be an https URL, got "${url}"`);
  }
  return url.endsWith("/") ? url : `${url}/`;
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

/** Copies manifest*.xml, pointing it at the production host when not in development. */
function manifestPattern(dev) {
  const urlProd = dev ? urlDev : prodUrl();
  return {
    from: "manifest*.xml",
    to: "[name][ext]",
    transform(content) {
      return dev ? content : content.toString().split(urlDev).join(urlProd);
    },
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/hosts/excel/index.tsx",
      // On the task pane's page (the shared runtime), after the pane's entry: what
      // both use is loaded once, and the run's lazy chunk does not carry a second
      // copy of it for the ribbon's sake.
      commands: { import: "./src/hosts/excel/commands.ts", dependOn: "taskpane" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // Empties dist/ before each build except dist/node, where `npm run build:cli`
      // (run by npm ci) puts the command line: cleaning it would leave `appraise`
      // "not built yet" after the README's deploy step.
      clean: { keep: /^node[\\/]/ },
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
        patterns: [{ from: "assets/*", to: "assets/[name][ext][query]" }, manifestPattern(dev)],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/hosts/excel/taskpane.html",
        // The shared runtime's page is both the pane and the FunctionFile.
        chunks: ["taskpane", "commands"],
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
