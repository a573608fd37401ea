import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { agencies } from "../../src/db/schema.js";
import { createTestDatabase, onServer } from "../helpers/db.js";

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows);

describe("migrations", () => {
  it(`apply on an empty ${onServer ? "server" : "PGlite"} database and are idempotent`, async () => {
    const db = await createTestDatabase();
    try {
      const tables = rowsOf<{ n: number }>(
        await db.db.execute(
          sql`select count(*)::int as n from pg_tables where schemaname = 'public'`,
        ),
      );
      expect(tables[0]?.n).toBeGreaterThanOrEqual(20);
      await db.migrate(); // second start: nothing to do, nothing breaks
      const applied = rowsOf<{ n: number }>(
        await db.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
      );
      const { readdir } = await import("node:fs/promises");
      const files = (await readdir("drizzle")).filter((f) => f.endsWith(".sql"));
      expect(applied[0]?.n).toBe(files.length);
    } finally {
      await db.destroy();
    }
  });
});

// the server only: PGlite runs in-process, where there is no round trip to save
if (onServer) {
  describe("queries on the PostgreSQL server", () => {
    it("are prepared once per connection and reused (one round trip, not two)", async () => {
      const db = await createTestDatabase();
      try {
        await db.db.insert(agencies).values({ code: "A1", nameRu: "Первое", nameKk: "Бірінші" });
        // a transaction holds one connection: what it prepared is visible to its own queries
        const prepared = await db.db.transaction(async (tx) => {
          const byName = (name: string) =>
            tx.select().from(agencies).where(eq(agencies.nameRu, name));
          expect(await byName("Первое")).toHaveLength(1);
          expect(await byName("Второе")).toHaveLength(0);
          return rowsOf<{ n: number }>(
            await tx.execute(
              sql`select count(*)::int as n from pg_prepared_statements where statement like 'select%from "agencies" where%'`,
            ),
          );
        });
        expect(prepared[0]?.n).toBe(1);
      } finally {
        await db.destroy();
      }
    });
  });
}

describe("embedded PGlite persistence", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("keeps all data across a restart on the same data directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "review-data-"));
    dirs.push(dir);
    const first = await openDatabase({ dataDir: dir });
    await first.migrate();
    await first.db
      .insert(agencies)
      .values({ code: "MIN-01", nameKk: "Министрлік", nameRu: "Министерство" });
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    await second.migrate();
    const rows = await second.db.select().from(agencies);
    expect(rows.map((r) => r.code)).toEqual(["MIN-01"]);
    await second.close();
  });
});
