/**
 * Where the files the app reads at run time live (migrations, locales, the panel's CSS/JS).
 * This module sits one level below the project root both as source (src/paths.ts, run by tsx)
 * and bundled (dist/main.js, run by `npm start`), so one relative URL serves both.
 */
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const MIGRATIONS_DIR = `${ROOT}drizzle`;
export const LOCALES_DIR = `${ROOT}locales`;
export const ADMIN_STATIC_DIR = `${ROOT}admin/static/`;
/** the embedded database, initialised and migrated by the build (`npm run build`) */
export const PGLITE_TEMPLATE_DIR = `${ROOT}dist/pgdata-template`;
