#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm install`/`npm ci` run it): compiles the app once into
 * dist/ (esbuild: one ESM bundle with most dependencies, see bundle-options.mjs; heavy document
 * builders split into chunks loaded on demand) instead of tsx compiling every source file at
 * every start, and prepares dist/pgdata-template,
 * an embedded database already initialised and migrated, which the first start copies instead
 * of running initdb (seconds and hundreds of MB). Plain JS so it runs before anything is built.
 */
import { cp, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { bundleOptions, ROOT } from "./bundle-options.mjs";

const dist = join(ROOT, "dist");
const t0 = performance.now();

const esbuild = await import("esbuild");
await rm(dist, { recursive: true, force: true });
await esbuild.build({
  ...bundleOptions,
  entryPoints: ["src/main.ts"],
  outdir: dist,
  splitting: true,
});

// The template: PGlite's initdb plus every migration, done here once. A later migration is
// simply applied on top at start-up, so an older template is never wrong, only slower.
if (process.env.SKIP_PGLITE_TEMPLATE !== "1") {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const building = join(dist, "pgdata-template.building");
  await mkdir(building, { recursive: true });
  const pg = await PGlite.create(building);
  await migrate(drizzle(pg), { migrationsFolder: join(ROOT, "drizzle") });
  await pg.query("checkpoint");
  await pg.close();
  await cp(building, join(dist, "pgdata-template"), { recursive: true });
  await rm(building, { recursive: true, force: true });
}
console.log(`build: dist/ ready in ${Math.round(performance.now() - t0)} ms`);
