/** The admin panel (Hono + hono/jsx). */
import { Hono } from "hono";
import type { BotDeps } from "../src/bot/deps.js";
import type { TelegramBot } from "../src/bot/index.js";
import type { Config } from "../src/config.js";
import type { Database } from "../src/db/client.js";
import type { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import type { Outbox } from "../src/telegram/outbox.js";

export interface AdminDeps {
  deps: BotDeps;
  database: Database;
  config: Config;
  outbox: Outbox;
  telegram: TelegramBot;
  /** the built-in Telegram (no BOT_TOKEN): the playground chats through it */
  simulator?: FakeBotApi;
}

export function createAdmin(_a: AdminDeps): Hono {
  const app = new Hono();
  app.get("/", (c) => c.html("<!doctype html><title>Admin</title><h1>Admin</h1>"));
  return app;
}
