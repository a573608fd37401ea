/**
 * The HTTP door: health, the Telegram webhook and the admin panel on one Hono app.
 */
import { createHash } from "node:crypto";
import { webhookCallback } from "grammy";
import { Hono } from "hono";
import type { TelegramBot } from "../bot/index.js";
import type { Database } from "../db/client.js";

export interface ServerDeps {
  database: Database;
  telegram: TelegramBot;
  /** set in webhook mode */
  webhookSecret?: string;
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

  app.get("/healthz", async (c) => {
    const db = await deps.database.ping();
    return c.json({ ok: db, db: db ? "up" : "down", database: deps.database.kind }, db ? 200 : 503);
  });

  if (deps.webhookSecret) {
    const { bot } = deps.telegram;
    // grammY answers 401 on a wrong X-Telegram-Bot-Api-Secret-Token and runs nothing.
    // An update still running after 10 s (a large file download) gets its 200 and goes on:
    // an error status would make Telegram deliver it again while the first run continues.
    app.post(
      webhookPath(bot.token),
      webhookCallback(bot, "hono", { secretToken: deps.webhookSecret, onTimeout: "return" }),
    );
  }

  if (deps.admin) app.route("/", deps.admin);
  return app;
}
