import { createServer as createTcpServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createServer } from "../../src/server/index.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

describe("/healthz", () => {
  let db: TestDatabase;
  let blackhole: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    // a "database server" that accepts connections and never answers (a hung or partitioned host)
    blackhole = createTcpServer((s) => sockets.push(s));
    await new Promise<void>((r) => blackhole.listen(0, "127.0.0.1", r));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => blackhole.close(r));
    await db.destroy();
  });

  it("is 200 while the database answers", async () => {
    const res = await createServer({ database: db }).request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, db: "up" });
    expect((await createServer({ database: db }).request("/readyz")).status).toBe(200);
    expect((await createServer({ database: db }).request("/livez")).status).toBe(200);
  });

  it("answers 503 while the database hangs, instead of hanging with it", async () => {
    const port = (blackhole.address() as { port: number }).port;
    const hung = await openDatabase({ url: `postgres://review@127.0.0.1:${port}/review`, max: 1 });
    const res = await createServer({ database: hung, healthTimeoutMs: 200 }).request("/healthz");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, db: "down" });
    // not ready, but alive: a supervisor must not restart it for the database's outage
    const server = createServer({ database: hung, healthTimeoutMs: 200 });
    expect((await server.request("/readyz")).status).toBe(503);
    expect((await server.request("/livez")).status).toBe(200);
    void hung.close();
  });
});
