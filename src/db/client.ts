/**
 * The database client factory: embedded PGlite in DATA_DIR when there is no
 * DATABASE_URL, the postgres driver otherwise. Both give the same drizzle API,
 * so repositories and migrations are written once.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock.js";
import * as schema from "./schema.js";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What a transaction callback receives: the same query API as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Rows of `db.execute(...)`: postgres-js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  /** true when a trivial query answers */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

export interface DatabaseOptions {
  /** postgres:// URL; when absent PGlite is used */
  url?: string;
  /** PGlite data directory; "memory://" for a throw-away database */
  dataDir?: string;
  /** postgres pool size */
  max?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const sqlClient = postgres(opts.url, {
      max: opts.max ?? 10,
      onnotice: () => {},
      // timestamptz → Date, date → "YYYY-MM-DD" string: same as PGlite's mapping
      types: {
        date: { to: 1082, from: [1082], serialize: (v: string) => v, parse: (v: string) => v },
      },
    });
    const db = drizzlePostgres(sqlClient, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () =>
        migratePostgres(drizzlePostgres(sqlClient, { schema }), {
          migrationsFolder: MIGRATIONS_FOLDER,
        }),
      ping: async () => {
        try {
          await sqlClient`select 1`;
          return true;
        } catch {
          return false;
        }
      },
      close: () => sqlClient.end({ timeout: 5 }),
    };
  }
  const dataDir = opts.dataDir ?? "memory://";
  let unlock = () => {};
  if (!dataDir.startsWith("memory://")) {
    await mkdir(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  // loaded only when used: a server deployment never pays for the WASM build
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const client = await PGlite.create(dataDir).catch((err) => {
    unlock();
    throw err;
  });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      try {
        await client.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
