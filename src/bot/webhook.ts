import { webhookCallback } from "grammy";
import type { Handler } from "hono";
import type { TelegramBot } from "./index.js";

/**
 * The webhook's request handler. grammY answers 401 on a wrong
 * X-Telegram-Bot-Api-Secret-Token and runs nothing. An update still running after 10 s
 * (a large file download) gets its 200 and goes on: an error status would make Telegram
 * deliver it again while the first run continues.
 */
export function webhookHandler(telegram: TelegramBot, secretToken: string): Handler {
  return webhookCallback(telegram.bot, "hono", { secretToken, onTimeout: "return" });
}
