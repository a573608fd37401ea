/**
 * The embedded PGlite runs repeated statements as prepared ones (src/db/pglite-statements.ts):
 * values of every kind the app stores arrive exactly as given, whatever quotes, backslashes or
 * scripts they hold, and a statement is planned once, not at every call.
 */
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePreparedStatements } from "../../src/db/pglite-statements.js";

let pg: PGlite;
beforeAll(async () => {
  pg = await PGlite.create("memory://");
  await usePreparedStatements(pg);
  await pg.exec(`create table t (id serial primary key, s text, j jsonb, at timestamptz,
    ok boolean, n numeric, d date, b bytea)`);
});
afterAll(() => pg.close());

const insert = `insert into t (s, j, at, ok, n, d, b) values ($1, $2, $3, $4, $5, $6, $7) returning id`;

describe("prepared statements on the embedded database", () => {
  it("store and return every value exactly, tricky text included", async () => {
    const texts = [
      "it's «Жоқ»",
      "O'Brien'; drop table t; --",
      "back\\slash \\' and \\\\",
      "$1 $$ dollar",
      "Қазақ тілі — 日本語 — 🎉",
      "",
      "x".repeat(20_000),
    ];
    const at = new Date("2026-04-30T05:00:00.123Z");
    for (const s of texts) {
      const res = await pg.query<{ id: number }>(insert, [
        s,
        JSON.stringify({ s, list: [1, "two'"] }),
        at,
        true,
        "12.50",
        "2026-04-30",
        new Uint8Array([0, 39, 92, 255]),
      ]);
      const row = await pg.query<Record<string, unknown>>("select * from t where id = $1", [
        res.rows[0]?.id,
      ]);
      expect(row.rows[0]).toMatchObject({
        s,
        j: { s, list: [1, "two'"] },
        at,
        ok: true,
        n: "12.50",
        b: new Uint8Array([0, 39, 92, 255]),
      });
    }
    const nulls = await pg.query<{ id: number }>(insert, [
      null,
      null,
      null,
      false,
      null,
      null,
      null,
    ]);
    const row = await pg.query("select s, j, ok from t where id = $1", [nulls.rows[0]?.id]);
    expect(row.rows[0]).toEqual({ s: null, j: null, ok: false });
  });

  it("plan a repeated statement once; errors keep their codes", async () => {
    for (let i = 0; i < 5; i++) await pg.query("select count(*) from t where s = $1", [`v${i}`]);
    const planned = await pg.query<{ n: number }>(
      "select count(*)::int as n from pg_prepared_statements where statement like '%count(*) from t where s = $1%'",
    );
    expect(planned.rows[0]?.n).toBe(1);
    await pg.exec("create unique index t_s on t (s) where s = 'unique'");
    await pg.query("insert into t (s) values ($1)", ["unique"]);
    await expect(pg.query("insert into t (s) values ($1)", ["unique"])).rejects.toMatchObject({
      code: "23505",
    });
  });

  it("a table changed under a prepared statement: the next call still answers", async () => {
    await pg.query("select * from t where id = $1", [1]);
    await pg.exec("alter table t add column extra text default 'x'");
    const after = await pg.query<Record<string, unknown>>("select * from t where id = $1", [1]);
    expect(after.rows[0]?.extra).toBe("x");
  });
});
