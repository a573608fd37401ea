/**
 * The database client factory: embedded PGlite in DATA_DIR when there is no
 * DATABASE_URL, the postgres driver otherwise. Both give the same drizzle API,
 * so repositories and migrations are written once.
 */
import { access, copyFile, cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { MIGRATIONS_DIR, PGLITE_TEMPLATE_DIR } from "../paths.js";
import { lockDataDir } from "./data-dir-lock.js";
import { usePreparedStatements } from "./pglite-statements.js";
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

export const MIGRATIONS_FOLDER = MIGRATIONS_DIR;

/** The advisory lock (one bigint key, shared by every instance) that serialises migrations. */
export const MIGRATION_LOCK_KEY = 7_318_704_451_101;

export interface DatabaseOptions {
  /** postgres:// URL; when absent PGlite is used */
  url?: string;
  /** PGlite data directory; "memory://" for a throw-away database */
  dataDir?: string;
  /** postgres pool size */
  max?: number;
  /** an initialised, migrated PGlite data directory copied into a fresh dataDir (the build's) */
  templateDir?: string;
  /** called with every statement the app's queries send (benchmarks and tests count them) */
  onQuery?: (query: string) => void;
}

const queryLogger = (onQuery?: (query: string) => void) =>
  onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;

/**
 * drizzle hands postgres.js its queries unnamed (`prepare: false` unless `.prepare(name)`), and
 * postgres.js then describes a query with parameters before running it: two round trips and a
 * parse on the server every time. Named statements, cached per connection by their text, take
 * one round trip after the first (postgres.js re-prepares by itself when a migration changes a
 * table under them). Patched in place (transactions' clients alike), so the client stays the
 * driver's own object.
 */
function namedStatements(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe;
  client.unsafe = ((query: string, params?: unknown[], o?: { prepare?: boolean }) =>
    unsafe.call(client, query, params as never, {
      ...o,
      prepare: o?.prepare || (params?.length ?? 0) > 0,
    })) as typeof client.unsafe;
  for (const name of ["begin", "savepoint"] as const) {
    const run = (client as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>)[
      name
    ];
    if (!run) continue;
    (client as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const fn = args.pop() as (tx: postgres.Sql) => unknown;
      return run.call(client, ...args, (tx: postgres.Sql) => fn(namedStatements(tx)));
    };
  }
  return client;
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
    const db = drizzlePostgres(namedStatements(sqlClient), {
      schema,
      logger: queryLogger(opts.onQuery),
    }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: async () => {
        // Instances starting together (a rolling upgrade, a scale-out) apply the migrations
        // once: the first holds the lock and migrates, the others wait, then find nothing to do.
        // The lock lives on one reserved connection and ends with it, even if this process dies.
        const lock = await sqlClient.reserve();
        try {
          await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
          await migratePostgres(drizzlePostgres(sqlClient, { schema }), {
            migrationsFolder: MIGRATIONS_FOLDER,
          });
        } finally {
          await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`.catch(() => {});
          lock.release();
        }
      },
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
  const client = await openPglite(PGlite, dataDir, opts.templateDir ?? PGLITE_TEMPLATE_DIR).catch(
    (err) => {
      unlock();
      throw err;
    },
  );
  await usePreparedStatements(client);
  const db = drizzlePglite(client, { schema, logger: queryLogger(opts.onQuery) });
  let migrating: Promise<void> = Promise.resolve();
  return {
    db: db as unknown as Db,
    kind: "pglite",
    // one process owns the directory (the lock file); within it, one migration run at a time
    migrate: () => {
      migrating = migrating
        .catch(() => {})
        .then(() => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }));
      return migrating;
    },
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

/**
 * Postgres' default 128 MB of shared buffers is zeroed at start, so it is resident for the life of
 * the process; one campaign's working set fits in far less, and the OS page cache holds the rest.
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=32MB"];

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Opens an embedded data directory. A fresh one is copied from the build's template rather than
 * made by initdb at start-up (seconds, and memory PGlite would keep for the life of the process);
 * PG_VERSION goes last, so a copy cut short is redone, never taken for a database. Without a
 * template initdb runs, and the instance is reopened so its memory is given back before serving.
 */
async function openPglite(
  PGlite: typeof import("@electric-sql/pglite").PGlite,
  dataDir: string,
  templateDir: string,
) {
  const open = () =>
    PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  if (dataDir.startsWith("memory://") || (await exists(join(dataDir, "PG_VERSION")))) {
    return open();
  }
  if (await exists(join(templateDir, "PG_VERSION"))) {
    await cp(templateDir, dataDir, {
      recursive: true,
      filter: (src) => src !== join(templateDir, "PG_VERSION"),
    });
    await copyFile(join(templateDir, "PG_VERSION"), join(dataDir, "PG_VERSION"));
    return open();
  }
  await (await open()).close();
  return open();
}
