/**
 * The two builds share dist/: webpack's add-in build must not remove the
 * command line's build in dist/node, or `appraise` says "not built yet" after
 * the README's deploy step (`npm run build`).
 */
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (env: object, options: object) => Promise<{ output: { path: string; clean: { keep: RegExp } } }>;

it("cleans dist/ before a production build but keeps dist/node, the command line", async () => {
  const config = await makeConfig({}, { mode: "production" });
  expect(config.output.path).toBe(path.resolve(__dirname, "..", "dist"));
  const keep = config.output.clean.keep;
  for (const kept of ["node/cli/main.js", path.join("node", "cli", "main.js"), "node/engine/grade.js"]) expect(keep.test(kept)).toBe(true);
  for (const cleaned of ["taskpane.0837b25f.js", "manifest.xml", "assets/icon-32.png", "nodes.js"]) expect(keep.test(cleaned)).toBe(false);
});
