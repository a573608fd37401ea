/**
 * Messages the product sends on its own initiative (reminders, notifications,
 * agendas, login codes) go through one Outbox, which knows Telegram's manners:
 *
 * - pacing: a reservation-based token bucket, ≤ `globalPerSecond` (default 28: Telegram allows
 *   ~30/s per bot and the bot's own replies share that budget) overall and one message per `perChatIntervalMs` (default 1 s) per chat,
 *   so a fan-out meets almost no 429s;
 * - 429: the outbox's own `Api` carries @grammyjs/auto-retry, which waits `retry_after`;
 * - 5xx and network errors: retried here with exponential backoff (bounded attempts);
 * - 403 (blocked, deactivated, never started): not retried; the result says "blocked" (the
 *   notifier, src/notifications/notifier.ts, marks the recipient unreachable).
 *
 * The outbox uses its OWN `Api` instance (see `createBackgroundApi`), never the bot's: a long
 * fan-out waiting on pacing or retry_after cannot delay the bot's replies to officials, whose
 * calls go through `bot.api` with short retries.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Api, GrammyError, HttpError, InputFile, type RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";

export interface OutgoingMessage {
  chatId: number;
  text: string;
  parseMode?: "HTML";
  replyMarkup?: InlineKeyboardMarkup;
}

export type SendResult =
  | { ok: true; messageId: number }
  | { ok: false; reason: "blocked" | "failed"; error: string };

export interface Outbox {
  send(msg: OutgoingMessage): Promise<SendResult>;
  sendDocument(
    chatId: number,
    file: { name: string; content: Uint8Array },
    caption?: string,
  ): Promise<SendResult>;
}

export interface OutboxOptions {
  /** messages per second overall; default 28 (leaves room for the bot's own replies) */
  globalPerSecond?: number;
  /** minimum spacing of messages to one chat; default 1000 ms */
  perChatIntervalMs?: number;
  /** attempts for 5xx / network errors (first try included); default 5 */
  maxAttempts?: number;
  /** first backoff delay for 5xx / network errors, doubled each time; default 500 ms */
  backoffMs?: number;
  /** monotonic millisecond clock (default performance.now) */
  clock?: () => number;
  /** waits `ms` (default setTimeout) */
  sleep?: (ms: number) => Promise<void>;
}

export interface OutboxStats {
  sent: number;
  blocked: number;
  failed: number;
  /** 5xx / network retries made by the outbox */
  retries: number;
}

export interface PacedOutbox extends Outbox {
  readonly stats: OutboxStats;
}

export function isBlocked(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 403;
}

/** A failure worth trying again: the network, or Telegram's side (5xx). */
export function isTransient(err: unknown): boolean {
  return err instanceof HttpError || (err instanceof GrammyError && err.error_code >= 500);
}

/**
 * An `Api` for background work: waits any `retry_after` (up to 2 minutes, 10 times) and lets
 * 5xx / network errors through so the outbox retries them with its own bounded backoff.
 */
export function createBackgroundApi(token: string, apiRoot?: string): Api<RawApi> {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  api.config.use(
    autoRetry({
      maxRetryAttempts: 10,
      maxDelaySeconds: 120,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  );
  return api;
}

/**
 * Reservation pacing: each send books the first instant that respects both the global spacing
 * and the chat's spacing, then waits for it. Memory: one number per chat seen recently.
 */
export class Pacer {
  private nextGlobal = 0;
  private readonly chatNext = new Map<number, number>();
  private readonly interval: number;

  constructor(
    globalPerSecond: number,
    private readonly perChatIntervalMs: number,
    private readonly clock: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    this.interval = 1000 / globalPerSecond;
  }

  async acquire(chatId: number): Promise<void> {
    const now = this.clock();
    const slot = Math.max(now, this.nextGlobal, this.chatNext.get(chatId) ?? 0);
    this.nextGlobal = slot + this.interval;
    this.chatNext.set(chatId, slot + this.perChatIntervalMs);
    if (this.chatNext.size > 50_000) this.prune(now);
    const wait = slot - now;
    if (wait > 0) await this.sleep(wait);
  }

  private prune(now: number): void {
    for (const [chat, t] of this.chatNext) if (t <= now) this.chatNext.delete(chat);
  }
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createOutbox(api: Api<RawApi>, opts: OutboxOptions = {}): PacedOutbox {
  const sleep = opts.sleep ?? realSleep;
  const pacer = new Pacer(
    opts.globalPerSecond ?? 28,
    opts.perChatIntervalMs ?? 1000,
    opts.clock ?? (() => performance.now()),
    sleep,
  );
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 500;
  const stats: OutboxStats = { sent: 0, blocked: 0, failed: 0, retries: 0 };

  const deliver = async (
    chatId: number,
    call: () => Promise<{ message_id: number }>,
  ): Promise<SendResult> => {
    let delay = backoffMs;
    for (let attempt = 1; ; attempt++) {
      await pacer.acquire(chatId);
      try {
        const m = await call();
        stats.sent++;
        return { ok: true, messageId: m.message_id };
      } catch (err) {
        if (isBlocked(err)) {
          stats.blocked++;
          return { ok: false, reason: "blocked", error: String(err) };
        }
        if (isTransient(err) && attempt < maxAttempts) {
          stats.retries++;
          await sleep(delay);
          delay *= 2;
          continue;
        }
        stats.failed++;
        return { ok: false, reason: "failed", error: String(err) };
      }
    }
  };

  return {
    stats,
    send: (msg) =>
      deliver(msg.chatId, () =>
        api.sendMessage(msg.chatId, msg.text, {
          parse_mode: msg.parseMode,
          reply_markup: msg.replyMarkup,
        }),
      ),
    sendDocument: (chatId, file, caption) =>
      deliver(chatId, () =>
        api.sendDocument(chatId, new InputFile(file.content, file.name), { caption }),
      ),
  };
}
