/**
 * Messages the product sends on its own initiative (reminders, notifications,
 * agendas, login codes) go through one Outbox, which knows Telegram's manners:
 *
 * - pacing: every attempt (auto-retry's included) takes an instant from the send budget shared
 *   by every instance and by the bot's own replies (src/telegram/budget.ts, installed in the
 *   background Api), or, without one, from a local reservation pacer (≤ `globalPerSecond`, one
 *   message per `perChatIntervalMs` per chat);
 * - 429: the outbox's own `Api` carries @grammyjs/auto-retry, which waits `retry_after`;
 * - failures that certainly sent nothing (connection refused, unknown host): retried here with
 *   exponential backoff (bounded attempts);
 * - ambiguous failures (5xx, a connection dropped or timed out after the request was written:
 *   Telegram may have delivered the message, and the Bot API has no idempotency key): retried at
 *   most `ambiguousRetries` times (default once), after a pause, and counted (`uncertain`);
 * - 403 (blocked, deactivated, never started): not retried; the result says "blocked" (the
 *   notifier, src/notifications/notifier.ts, marks the recipient unreachable);
 * - outage: after a network or 5xx failure, no further message is attempted until Telegram
 *   answers a harmless getMe again (probed every `probeMs`); sends wait for that at most
 *   `outageWaitMs`, then fail as transient (the next tick tries again). So an outage costs each
 *   message in flight at most one ambiguous attempt, and the rest simply wait.
 *
 * The outbox uses its OWN `Api` instance (see `createBackgroundApi`), never the bot's: a long
 * fan-out waiting on pacing or retry_after cannot delay the bot's replies to officials, whose
 * calls go through `bot.api` with short retries.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Api, GrammyError, HttpError, InputFile, type RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { budgetTransformer, type SharedBudget } from "./budget.js";

export interface OutgoingMessage {
  chatId: number;
  text: string;
  parseMode?: "HTML";
  replyMarkup?: InlineKeyboardMarkup;
}

export type SendResult =
  | { ok: true; messageId: number; uncertain?: number }
  | {
      ok: false;
      reason: "blocked" | "failed";
      error: string;
      /** attempts that failed ambiguously (the message may have arrived) */
      uncertain?: number;
      /** worth trying again later (network, 5xx, 429): not a refusal of the message itself */
      transient?: boolean;
    };

export interface SendOptions {
  /** retries allowed after an ambiguous failure (default: the outbox's, normally 1) */
  ambiguousRetries?: number;
}

/** Where every attempt takes its slot (src/telegram/budget.ts). */
export interface SendBudget {
  acquire(chatId: number): Promise<void>;
}

export interface Outbox {
  send(msg: OutgoingMessage, opts?: SendOptions): Promise<SendResult>;
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
  /** the api takes each attempt's instant from the shared budget (createBackgroundApi): no local pacer */
  pacedByApi?: boolean;
  /** attempts when nothing was sent (connection refused…; first try included); default 5 */
  maxAttempts?: number;
  /** first backoff delay for those, doubled each time; default 500 ms */
  backoffMs?: number;
  /** retries after an ambiguous failure (5xx, lost answer); default 1 */
  ambiguousRetries?: number;
  /** the pause before retrying an ambiguous failure; default 3 s */
  ambiguousPauseMs?: number;
  /** while Telegram fails, it is asked (getMe) this often whether it is back; default 2 s */
  probeMs?: number;
  /** how long a send waits for Telegram to come back before failing (tried on the next tick); default 60 s */
  outageWaitMs?: number;
  /** monotonic millisecond clock (default performance.now) */
  clock?: () => number;
  /** waits `ms` (default setTimeout) */
  sleep?: (ms: number) => Promise<void>;
}

export interface OutboxStats {
  sent: number;
  blocked: number;
  failed: number;
  /** retries made by the outbox (not counting auto-retry's 429 waits) */
  retries: number;
  /** ambiguous failures seen (5xx, connection lost after the request was written) */
  uncertain: number;
  /** of those, retried (the message may now have arrived twice) */
  uncertainRetried: number;
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

/** Network errors raised before the request could be written: nothing reached Telegram. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/**
 * What a failed call means for a retry: `not-sent` (safe to repeat), `ambiguous` (Telegram may
 * have acted on it: 5xx, a connection reset or timeout after the request was written), `flood`
 * (429 left over by auto-retry), `blocked`, or `refused` (the message itself is wrong).
 */
export function classifyFailure(
  err: unknown,
): "not-sent" | "ambiguous" | "flood" | "blocked" | "refused" {
  if (err instanceof GrammyError) {
    if (err.error_code === 403) return "blocked";
    if (err.error_code === 429) return "flood";
    if (err.error_code >= 500) return "ambiguous";
    return "refused";
  }
  if (err instanceof HttpError) {
    const code = (err.error as { code?: unknown } | undefined)?.code;
    return typeof code === "string" && NOT_SENT_CODES.has(code) ? "not-sent" : "ambiguous";
  }
  return "ambiguous";
}

/**
 * An `Api` for background work: waits any `retry_after` (up to 2 minutes, 10 times) and lets
 * 5xx / network errors through so the outbox retries them with its own bounded backoff.
 */
export function createBackgroundApi(
  token: string,
  apiRoot?: string,
  budget?: SharedBudget,
): Api<RawApi> {
  const api = new Api(token, apiRoot ? { apiRoot } : undefined);
  // the shared budget first (innermost): auto-retry's retries take an instant too
  if (budget) api.config.use(budgetTransformer(budget, "bulk"));
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
export class Pacer implements SendBudget {
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

/**
 * Closed after a failure that may mean Telegram is down; one prober asks getMe until it answers,
 * then opens it. `passed()` waits (at most `maxWaitMs`) for it to be open. `answers` counts
 * signs of life (a probe or a send that succeeded): a retry after an ambiguous failure needs one.
 */
class OutageGate {
  private down: Promise<void> | undefined;
  answers = 0;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly probeMs: number,
    private readonly maxWaitMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  failed(): void {
    this.down ??= (async () => {
      // gives up after the longest wait a send accepts: the next failure closes it again
      for (let i = 0; i * this.probeMs < this.maxWaitMs; i++) {
        await this.sleep(this.probeMs);
        try {
          await this.probe();
          this.answers++;
          break;
        } catch {
          // still down
        }
      }
      this.down = undefined;
    })();
  }

  async passed(): Promise<boolean> {
    const down = this.down;
    if (!down) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => {
      timer = setTimeout(() => r(false), this.maxWaitMs);
    });
    const ok = await Promise.race([down.then(() => true), timeout]);
    clearTimeout(timer);
    return ok;
  }
}

export function createOutbox(api: Api<RawApi>, opts: OutboxOptions = {}): PacedOutbox {
  const sleep = opts.sleep ?? realSleep;
  const budget: SendBudget = opts.pacedByApi
    ? { acquire: async () => {} }
    : new Pacer(
        opts.globalPerSecond ?? 28,
        opts.perChatIntervalMs ?? 1000,
        opts.clock ?? (() => performance.now()),
        sleep,
      );
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 500;
  const pauseMs = opts.ambiguousPauseMs ?? 3000;
  const gate = new OutageGate(
    () => api.getMe().then(() => undefined),
    opts.probeMs ?? 2000,
    opts.outageWaitMs ?? 60_000,
    sleep,
  );
  const stats: OutboxStats = {
    sent: 0,
    blocked: 0,
    failed: 0,
    retries: 0,
    uncertain: 0,
    uncertainRetried: 0,
  };

  const deliver = async (
    chatId: number,
    call: () => Promise<{ message_id: number }>,
    send: SendOptions = {},
  ): Promise<SendResult> => {
    const ambiguousRetries = send.ambiguousRetries ?? opts.ambiguousRetries ?? 1;
    let delay = backoffMs;
    let uncertain = 0;
    /** signs of life seen when the last ambiguous failure happened */
    let answersAtFailure = -1;
    for (let attempt = 1; ; attempt++) {
      // a retry after an ambiguous failure only once Telegram has answered something since
      if (!(await gate.passed()) || gate.answers === answersAtFailure) {
        stats.failed++;
        const error = "Telegram unreachable (waited for it to come back)";
        return { ok: false, reason: "failed", error, uncertain, transient: true };
      }
      await budget.acquire(chatId);
      try {
        const m = await call();
        gate.answers++;
        stats.sent++;
        return { ok: true, messageId: m.message_id, ...(uncertain ? { uncertain } : {}) };
      } catch (err) {
        const kind = classifyFailure(err);
        if (kind === "blocked") {
          stats.blocked++;
          return { ok: false, reason: "blocked", error: String(err), uncertain };
        }
        if (kind === "ambiguous" || kind === "not-sent") gate.failed();
        if (kind === "ambiguous") {
          stats.uncertain++;
          uncertain++;
          answersAtFailure = gate.answers;
          if (uncertain <= ambiguousRetries) {
            stats.uncertainRetried++;
            stats.retries++;
            await sleep(pauseMs);
            continue;
          }
        } else if ((kind === "not-sent" || kind === "flood") && attempt < maxAttempts) {
          stats.retries++;
          await sleep(delay);
          delay *= 2;
          continue;
        }
        stats.failed++;
        return {
          ok: false,
          reason: "failed",
          error: String(err),
          uncertain,
          transient: kind !== "refused",
        };
      }
    }
  };

  return {
    stats,
    send: (msg, o) =>
      deliver(
        msg.chatId,
        () =>
          api.sendMessage(msg.chatId, msg.text, {
            parse_mode: msg.parseMode,
            reply_markup: msg.replyMarkup,
          }),
        o,
      ),
    sendDocument: (chatId, file, caption) =>
      deliver(chatId, () =>
        api.sendDocument(chatId, new InputFile(file.content, file.name), { caption }),
      ),
  };
}
