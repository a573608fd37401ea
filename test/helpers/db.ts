/**
 * A real, empty, migrated database for one test file: PGlite in memory by
 * default, or a fresh database on the server named by TEST_DATABASE_URL
 * (dropped afterwards), so test files run in parallel without sharing rows.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type Database, openDatabase } from "../../src/db/client.js";

export const SERVER_URL = process.env.TEST_DATABASE_URL || undefined;
export const onServer = SERVER_URL !== undefined;

export interface TestDatabase extends Database {
  /** the URL of the per-file server database (undefined on PGlite) */
  url?: string;
  /** empties every table (between tests) */
  truncate(): Promise<void>;
  /** closes and drops the per-file database */
  destroy(): Promise<void>;
}

export async function createTestDatabase(
  opts: { max?: number; serverUrl?: string | null; onQuery?: (query: string) => void } = {},
): Promise<TestDatabase> {
  const serverUrl = opts.serverUrl === undefined ? SERVER_URL : (opts.serverUrl ?? undefined);
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ url, max: opts.max ?? 5, onQuery: opts.onQuery });
  await database.migrate();
  return {
    ...database,
    url,
    async truncate() {
      const rows = await database.db.execute<{ tablename: string }>(
        sql`select tablename from pg_tables where schemaname = 'public'`,
      );
      const list = (Array.isArray(rows) ? rows : (rows as { rows: { tablename: string }[] }).rows)
        .map((r) => `"${r.tablename}"`)
        .join(", ");
      if (list) await database.db.execute(sql.raw(`truncate ${list} restart identity cascade`));
    },
    async destroy() {
      await database.close();
      await drop?.();
    },
  };
}
