/**
 * How the app is bundled (scripts/build.mjs for dist/, and the benches that run the product the
 * way `npm start` does). Plain JS so it runs before anything is built.
 *
 * Dependencies are bundled too: Node resolving, reading and compiling ~400 files of
 * node_modules one by one was most of the start-up (CPU profile up to the first /healthz).
 * Left in node_modules, imported at run time:
 * - @electric-sql/pglite finds its WASM and data files next to its own module;
 * - exceljs, docx, qrcode, date-holidays load on demand (documents, invitations, the calendar):
 *   bundling them would only slow the build;
 * - node-fetch: src/bot/api-transformers.ts requires grammY's copy from node_modules: one copy;
 * - node-cron forks its background daemon by a path next to its module;
 * - dotenv is imported dynamically (src/config.ts): a CommonJS module split into its own chunk
 *   loses its named exports.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const EXTERNAL = new Set([
  "@electric-sql/pglite",
  "exceljs",
  "docx",
  "qrcode",
  "date-holidays",
  "node-fetch",
  "node-cron",
  "dotenv",
]);
const packageOf = (spec) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");

const dependencies = {
  name: "dependencies",
  setup(build) {
    // @grammyjs/i18n reads its locales directory through `Deno`: a few lines on node:fs
    // (scripts/deno-shim.cjs) instead of loading the whole Deno namespace (~200 ms of each start)
    build.onResolve({ filter: /^@deno\/shim-deno$/ }, () => ({
      path: join(ROOT, "scripts/deno-shim.cjs"),
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("node:") || EXTERNAL.has(packageOf(args.path))
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/** esbuild options shared by every bundle of the app (add entryPoints and outdir/outfile). */
export const bundleOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [dependencies],
  // the bundled CommonJS dependencies require() Node's built-ins, which an ES module lacks
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: "linked",
  logLevel: "warning",
};
