/**
 * A database outage for tests, on PGlite and the server alike: while `down()`, every query of
 * the given drizzle handle fails the way a refused connection does (postgres-js throws
 * ECONNREFUSED), until `up()`. The driver's client is patched in place, under drizzle.
 */
import type { Db } from "../../src/db/client.js";

const METHODS = ["unsafe", "begin", "query", "transaction", "exec"];

export function databaseOutage(db: Db) {
  const client = (db as unknown as { session: { client: Record<string, unknown> } }).session.client;
  const names = METHODS.filter((n) => typeof client[n] === "function");
  const originals = new Map(names.map((n) => [n, client[n]]));
  let failed = 0;
  return {
    /** queries refused since the outage began */
    get failed() {
      return failed;
    },
    down() {
      failed = 0;
      for (const n of names) {
        client[n] = () => {
          failed++;
          throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
            code: "ECONNREFUSED",
          });
        };
      }
    },
    up() {
      for (const n of names) client[n] = originals.get(n);
    },
  };
}
