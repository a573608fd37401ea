/**
 * Upgrades with several instances: each starts by migrating, and the migrations must be applied
 * once, whoever comes first, while the others wait (an advisory lock on the server). On the
 * embedded database one process owns the directory, so concurrency is only within it.
 */
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { type Database, openDatabase, rowsOf } from "../../src/db/client.js";
import { MIGRATIONS_DIR } from "../../src/paths.js";
import { SERVER_URL } from "../helpers/db.js";

/** A fresh, empty database (nothing migrated): on the server its own, else PGlite in memory. */
async function emptyDatabase(): Promise<{
  open: () => Promise<Database>;
  drop: () => Promise<void>;
}> {
  if (!SERVER_URL) {
    const db = await openDatabase({ dataDir: "memory://" });
    return { open: async () => db, drop: () => db.close() };
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return {
    open: () => openDatabase({ url: u.toString(), max: 3 }),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

describe("migrations at start-up", () => {
  it("three instances starting at once on one empty database apply every migration once", async () => {
    const empty = await emptyDatabase();
    const instances = await Promise.all([empty.open(), empty.open(), empty.open()]);
    try {
      const results = await Promise.allSettled(instances.map((d) => d.migrate()));
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql"));
      const applied = rowsOf<{ n: number; distinct: number }>(
        await instances[0]!.db.execute(
          sql`select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`,
        ),
      );
      expect(applied[0]).toEqual({ n: files.length, distinct: files.length });
      // and every instance works on the migrated schema
      for (const d of instances) expect(await d.ping()).toBe(true);
    } finally {
      if (SERVER_URL) for (const d of instances) await d.close();
      await empty.drop();
    }
  }, 60_000);
});
