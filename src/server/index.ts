/**
 * The HTTP door: health, the Telegram webhook and the admin panel on one Hono app.
 * It knows neither the bot nor the admin: the composition root (src/app.ts) hands them in.
 */
import { createHash } from "node:crypto";
import { type Context, type Handler, Hono } from "hono";
import type { Database } from "../db/client.js";

export interface ServerDeps {
  database: Database;
  /** how long /healthz waits for the database before answering 503 */
  healthTimeoutMs?: number;
  /** set in webhook mode: the bot's update handler and the secret path it listens on */
  webhook?: { path: string; handler: Handler };
  /** the admin panel, mounted at / (its own Env typing stays inside admin/) */
  // biome-ignore lint/suspicious/noExplicitAny: any sub-app's Env may be mounted
  admin?: Hono<any>;
}

/** The secret path the webhook listens on: derived from the token, never guessable. */
export function webhookPath(token: string): string {
  return `/telegram/${createHash("sha256").update(token).digest("hex").slice(0, 32)}`;
}

export function createServer(deps: ServerDeps): Hono {
  const app = new Hono();

  // Liveness: the process answers (restart it when this fails). Never touches the database, so
  // a database outage does not make a supervisor restart every instance at once.
  app.get("/livez", (c) => c.json({ ok: true }));

  // Readiness (/readyz; /healthz is the same, kept for existing checks): send traffic only while
  // the database answers.
  const ready = async (c: Context) => {
    // A database that does not answer is "down" after a second, not whenever its driver gives up:
    // a load balancer's health check must get an answer.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((r) => {
      timer = setTimeout(() => r(false), deps.healthTimeoutMs ?? 1000);
    });
    const db = await Promise.race([deps.database.ping(), late]);
    clearTimeout(timer);
    return c.json({ ok: db, db: db ? "up" : "down", database: deps.database.kind }, db ? 200 : 503);
  };
  app.get("/readyz", ready);
  app.get("/healthz", ready);

  if (deps.webhook) app.post(deps.webhook.path, deps.webhook.handler);
  if (deps.admin) app.route("/", deps.admin);
  return app;
}
