/**
 * How every update is handled, polling and webhook alike: one chat's updates strictly in order,
 * an update that failed for a transient reason (the database unreachable, Telegram 429/5xx or a
 * network error) tried again after a pause, a bounded number of times, and then — if it still
 * fails — logged once and the user told plainly that their message was not processed and to
 * send it again. Nothing is dropped silently.
 *
 * A retried update must not repeat what its earlier attempt already did: Telegram calls that
 * succeeded in an earlier attempt are answered from `attempts` (see `replayGuard` in index.ts:
 * no second prompt, no second answerCallbackQuery, no second edit), and the step conversation
 * (features/steps/conversation.ts: the questionnaire and Appendix 1) marks the cursor with the
 * update that moved it, so a retried answer is never applied to the next step.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { BotError, GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";

/** What one update's attempts share: Telegram calls that already succeeded, by call and occurrence. */
export interface Attempt {
  updateId: number;
  done: Map<string, unknown>;
  /** occurrences of each call in the current attempt */
  seen: Map<string, number>;
}

/** The attempt being handled (read by the bot's API transformers). */
export const attempts = new AsyncLocalStorage<Attempt>();

export type Outcome = "handled" | "failed" | "abandoned";

export interface UpdateRunnerOptions {
  logger: Logger;
  /** pauses before the retries of a transiently failing update (their count bounds the retries) */
  retryDelaysMs?: readonly number[];
  /** tells the user their message was not processed (after the last attempt) */
  tellToRepeat(update: Update): Promise<void>;
}

export interface UpdateRunner {
  /** handles the update after the chat's earlier ones; resolves when it is done with */
  handle(update: Update): Promise<Outcome>;
  /** stops retrying: updates waiting for a retry are abandoned (not handled, not confirmed) */
  stop(): void;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 3_000, 8_000, 15_000] as const;

export function createUpdateRunner(
  handleUpdate: (update: Update) => Promise<void>,
  opts: UpdateRunnerOptions,
): UpdateRunner {
  const delays = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const chains = new Map<string, Promise<Outcome>>();
  let stopped = false;
  const wakers = new Set<() => void>();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        wakers.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      wakers.add(done);
    });

  async function run(update: Update): Promise<Outcome> {
    const attempt: Attempt = { updateId: update.update_id, done: new Map(), seen: new Map() };
    for (let i = 0; ; i++) {
      if (stopped) return "abandoned";
      attempt.seen = new Map();
      try {
        await attempts.run(attempt, () => handleUpdate(update));
        return "handled";
      } catch (e) {
        const err = e instanceof BotError ? e.error : e;
        const transient = isTransientFailure(err);
        const base = { update_id: update.update_id, attempt: i + 1 };
        if (transient && i < delays.length && !stopped) {
          opts.logger.warn({ ...base, err, retryInMs: delays[i] }, "update failed; retrying");
          await pause(delays[i]!);
          continue;
        }
        if (stopped && transient) return "abandoned";
        opts.logger.error({ ...base, err }, "update failed");
        await opts.tellToRepeat(update).catch((err2: unknown) => {
          opts.logger.warn(
            { update_id: update.update_id, err: err2 },
            "could not tell the user to repeat",
          );
        });
        return "failed";
      }
    }
  }

  return {
    handle(update) {
      const key = chatKey(update);
      const prev = chains.get(key) ?? Promise.resolve<Outcome>("handled");
      const next = prev.then(() => run(update));
      chains.set(key, next);
      void next.finally(() => {
        if (chains.get(key) === next) chains.delete(key);
      });
      return next;
    },
    stop() {
      stopped = true;
      for (const w of [...wakers]) w();
    },
  };
}

/** The chat an update belongs to (its order is kept); updates without one are independent. */
export function chatKey(u: Update): string {
  const id =
    u.message?.chat.id ??
    u.edited_message?.chat.id ??
    u.callback_query?.message?.chat.id ??
    u.callback_query?.from.id ??
    u.my_chat_member?.chat.id;
  return id === undefined ? `update:${u.update_id}` : `chat:${id}`;
}

/** The Telegram user an update comes from. */
export function senderOf(u: Update) {
  return (
    u.message?.from ?? u.edited_message?.from ?? u.callback_query?.from ?? u.my_chat_member?.from
  );
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * A failure that may pass by itself: Telegram asking to wait or failing on its side, the network,
 * or the database unreachable, restarting, overloaded or cancelling a statement (timeouts).
 * Follows `cause` and grammY's wrappers down to the original error.
 */
export function isTransientFailure(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    if (e instanceof GrammyError) return e.error_code === 429 || e.error_code >= 500;
    if (e instanceof HttpError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code)) return true;
      // SQLSTATE: connection exception, admin shutdown / crash / cannot connect now,
      // insufficient resources, serialization failure, deadlock, statement timeout
      if (/^(08|57P0|53)/.test(code) || ["40001", "40P01", "57014"].includes(code)) return true;
    }
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return false;
}
