/**
 * How the bot's own calls to Telegram (its replies, while it handles an update) meet failures.
 * A flood wait (429) is waited out up to a minute, so a reply is late rather than lost (the
 * webhook answers Telegram after 9 s and the update goes on); Telegram did nothing then. A 5xx or
 * a network error is another matter for a call that changes the chat: the Bot API has no
 * idempotency key, and the failure may come after Telegram did it, so repeating it blindly
 * duplicates a prompt or provokes "query is too old" / "message is not modified". Such a call is
 * not repeated here; the update fails and is retried as a whole (update-runner.ts), which skips
 * the calls that had succeeded (`replayGuard`) — and an answer already applied (features/steps/conversation.ts).
 */
import { createRequire } from "node:module";
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";
import { attempts } from "./update-runner.js";

/** grammY's own fetch on Node (node-fetch, as grammY resolves it), wrapped below. */
const fetch = (() => {
  const fromGrammy = createRequire(createRequire(import.meta.url).resolve("grammy"));
  const mod = fromGrammy("node-fetch") as { default?: unknown };
  return (mod.default ?? mod) as (url: unknown, init?: unknown) => Promise<unknown>;
})();

/**
 * A button pressed while the bot was down or busy arrives after Telegram's deadline for
 * answering it: answerCallbackQuery then fails with 400 "query is too old". The answer is
 * only the button's spinner, so the update is still handled (the reply is what matters).
 */
const lateCallbackAnswers: Transformer = async (prev, method, payload, signal) => {
  type Res = Awaited<ReturnType<typeof prev<typeof method>>>;
  if (method !== "answerCallbackQuery") return prev(method, payload, signal);
  // The same for a 5xx or a network error: asking again could answer twice ("query is too
  // old"), and failing the update over a spinner would be worse.
  const res = await prev(method, payload, signal).catch((err: unknown) => {
    if (err instanceof HttpError && !signal?.aborted) return { ok: true, result: true } as Res;
    throw err;
  });
  if (!res.ok && (/query is too old/.test(res.description) || res.error_code >= 500)) {
    return { ok: true, result: true } as Res;
  }
  return res;
};

/**
 * Calls that change something in the chat. The Bot API has no idempotency key: a 5xx or a
 * network error may come after Telegram did it, so repeating one blindly duplicates a prompt or
 * provokes "query is too old" / "message is not modified". They are retried only on 429 (Telegram
 * did nothing); anything else fails the update, whose retry (update-runner.ts) skips the calls
 * that had succeeded (`replayGuard`).
 */
export const CHANGES_CHAT =
  /^(send|copy|forward|edit|delete|answerCallbackQuery|stopPoll|(un)?pin)/;

/**
 * A network error of a call that changes nothing is tried once more, at once (a call that
 * changes the chat only gets `staleSocketRetryFetch`'s retry).
 */
const networkRetryOnce: Transformer = async (prev, method, payload, signal) => {
  try {
    return await prev(method, payload, signal);
  } catch (err) {
    if (!(err instanceof HttpError) || signal?.aborted || CHANGES_CHAT.test(method)) throw err;
    return prev(method, payload, signal);
  }
};

/**
 * The usual network error is a kept-alive connection the server closed while idle: the request
 * is reset before Telegram read it, so it is sent once more, whatever the method. (Down here,
 * under the conversations plugin, which turns errors into text and loses their code.)
 */
export const staleSocketRetryFetch = (async (url: unknown, init?: { signal?: AbortSignal }) => {
  try {
    return await fetch(url, init);
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    const lost =
      ["ECONNRESET", "EPIPE"].includes(String(e.code)) || /socket hang up/.test(String(e.message));
    if (!lost || init?.signal?.aborted) throw err;
    return fetch(url, init);
  }
}) as unknown as typeof globalThis.fetch;

/**
 * Within the retries of one update, a call that changes the chat and already succeeded in an
 * earlier attempt (same method, same parameters, same occurrence) is answered with its earlier
 * result instead of being made again.
 */
const replayGuard: Transformer = async (prev, method, payload, signal) => {
  const attempt = attempts.getStore();
  if (!attempt || !CHANGES_CHAT.test(method)) return prev(method, payload, signal);
  const call = `${method} ${JSON.stringify(payload)}`;
  const n = (attempt.seen.get(call) ?? 0) + 1;
  attempt.seen.set(call, n);
  const key = `${n} ${call}`;
  const earlier = attempt.done.get(key);
  if (earlier) return earlier as Awaited<ReturnType<typeof prev<typeof method>>>;
  const res = await prev(method, payload, signal);
  if (res.ok) attempt.done.set(key, res);
  return res;
};

/** The transformers of every Api the bot replies with (its own and the conversations'). */
export function replyTransformers(): Transformer[] {
  const o = { maxRetryAttempts: 2, maxDelaySeconds: 60, rethrowHttpErrors: true };
  const idempotent = autoRetry(o);
  const changes = autoRetry({ ...o, rethrowInternalServerErrors: true });
  const retry: Transformer = (prev, method, payload, signal) =>
    (CHANGES_CHAT.test(method) ? changes : idempotent)(prev, method, payload, signal);
  return [networkRetryOnce, retry, lateCallbackAnswers, replayGuard];
}
