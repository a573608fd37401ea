/**
 * Getting the bot's identity (getMe) at start-up without holding the process hostage: while
 * Telegram is unreachable the admin panel and /healthz already serve, and getMe is tried again
 * with a capped backoff, one JSON log line per attempt. A refused token (401) is final.
 */
import type { Logger } from "../logger.js";
import { isTransient } from "../telegram/outbox.js";
import type { TelegramBot } from "./index.js";

export interface ConnectOptions {
  logger: Logger;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** set when the app stops: no more attempts */
  signal?: AbortSignal;
}

export async function connectTelegram(telegram: TelegramBot, o: ConnectOptions): Promise<void> {
  const { bot } = telegram;
  if (bot.isInited()) return;
  let delay = o.firstDelayMs ?? 1_000;
  for (let attempt = 1; ; attempt++) {
    try {
      bot.botInfo = await bot.api.getMe();
      if (attempt > 1) o.logger.info({ attempt }, "Telegram answered; the bot is connected");
      return;
    } catch (err) {
      if (!isTransient(err) || o.signal?.aborted) throw err;
      o.logger.warn({ err, attempt, retryInMs: delay }, "Telegram is unreachable; retrying");
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t);
          o.signal?.removeEventListener("abort", done);
          resolve();
        };
        const t = setTimeout(done, delay);
        o.signal?.addEventListener("abort", done);
      });
      if (o.signal?.aborted) throw err;
      delay = Math.min(delay * 2, o.maxDelayMs ?? 30_000);
    }
  }
}
