/**
 * Prepared statements for the embedded PGlite. PGlite runs every parameterised query as an unnamed
 * statement, so each call parses and plans it again inside the WASM build — for the bot's small,
 * repeated statements most of their cost (the questionnaire's load: ~1.1 ms → ~0.25 ms). Here a
 * statement seen before is PREPAREd once and run as `EXECUTE name('…', …)`, its parameters turned
 * to text by PGlite's own serializers for the types PostgreSQL inferred (exactly what PGlite's
 * Bind would send) and quoted as literals. Only outside transactions (a transaction's own client
 * is left as it is), only for a bounded set of statements, and anything unusual (no parameters,
 * very many, a statement PREPARE refuses, a non-text value) takes PGlite's plain path.
 */
import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";

/** Statements kept prepared at once (the oldest is deallocated beyond it). */
const MAX_STATEMENTS = 256;
/** Larger statements (bulk inserts, long `in (…)` lists) are not worth a plan of their own. */
const MAX_PARAMS = 64;
const MAX_TEXT = 16_000;

interface Prepared {
  name: string;
  types: number[];
}

type Query = <T>(query: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>;

/** Patches `pg.query` in place (tests that patch the client still see the driver's own object). */
export async function usePreparedStatements(pg: PGlite): Promise<void> {
  const conforming = await pg.query<{ v: string }>(
    "select current_setting('standard_conforming_strings') as v",
  );
  // a backslash in a literal would be an escape: never quote values under that setting
  if (conforming.rows[0]?.v !== "on") return;
  const plain = pg.query.bind(pg) as Query;
  // by statement text; a promise, so two first calls at once prepare it once
  const prepared = new Map<string, Promise<Prepared | null>>();
  let counter = 0;

  const prepare = (text: string): Promise<Prepared | null> => {
    const known = prepared.get(text);
    if (known) return known;
    if (prepared.size >= MAX_STATEMENTS) {
      const [oldText, old] = prepared.entries().next().value as [string, Promise<Prepared | null>];
      prepared.delete(oldText);
      void old.then((o) => o && plain(`deallocate ${o.name}`)).catch(() => {});
    }
    const name = `app_stmt_${++counter}`;
    const entry = (async (): Promise<Prepared | null> => {
      try {
        const described = await pg.describeQuery(text);
        await plain(`prepare ${name} as ${text}`);
        return { name, types: described.queryParams.map((p) => p.dataTypeID) };
      } catch {
        return null; // not preparable (or not valid at all: the plain path says why)
      }
    })();
    prepared.set(text, entry);
    return entry;
  };

  const literal = (value: unknown, type: number, options?: QueryOptions): string | undefined => {
    if (value === null || value === undefined) return "null";
    const serialize = options?.serializers?.[type] ?? pg.serializers[type];
    const text: unknown = serialize
      ? serialize(value)
      : (value as { toString(): string }).toString();
    if (typeof text !== "string" || text.includes("\0")) return undefined;
    return `'${text.replaceAll("'", "''")}'`;
  };

  const query: Query = async (text, params, options) => {
    if (!params?.length || params.length > MAX_PARAMS || text.length > MAX_TEXT) {
      return plain(text, params, options);
    }
    const st = await prepare(text);
    if (!st || st.types.length !== params.length) return plain(text, params, options);
    const values: string[] = [];
    for (const [i, p] of params.entries()) {
      const v = literal(p, st.types[i] as number, options);
      if (v === undefined) return plain(text, params, options);
      values.push(v);
    }
    try {
      return await plain(`execute ${st.name}(${values.join(", ")})`, [], options);
    } catch (err) {
      // the statement's tables changed under its plan (a migration), or it is gone: once more plain
      const code = (err as { code?: string }).code;
      if (code !== "0A000" && code !== "26000") throw err;
      prepared.delete(text);
      await plain(`deallocate ${st.name}`).catch(() => {});
      return plain(text, params, options);
    }
  };
  pg.query = query as PGlite["query"];
}
