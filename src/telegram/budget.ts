/**
 * One send budget for every instance and every sender (issue 11 #8, issue 12 #14): Telegram
 * allows a bot ~30 messages/s overall and ~1/s per chat (short bursts tolerated), whoever in the
 * bot's deployment sends them.
 *
 * - overall: instants are reserved from a GCRA row in the database (repositories/send-budget.ts)
 *   shared by all instances, a few at a time (as many as senders are waiting, at most `maxBatch`),
 *   so reminders of two instances and the bot's replies together stay under `perSecond` (the
 *   embedded PGlite serves one process, so there they are reserved in memory: `local`);
 * - the bot's replies (`"reply"`) are served before the outbox's fan-out (`"bulk"`): a reply
 *   waits at most for the few instants this instance already holds, not for the fan-out;
 * - per chat: a local bucket (`perChatBurst`, then `perChatPerSecond`): 7 messages typed back to
 *   back get their replies paced instead of a 429 (one chat's updates are handled by one
 *   instance at a time, see sequentialize in src/bot/index.ts);
 * - retries (auto-retry after 429, the outbox's) call `acquire` again: they take budget too;
 * - the database unreachable: a local pacer at `fallbackPerSecond` stands in (logged once).
 */
import type { Transformer } from "grammy";
import type { Repositories } from "../db/repositories/index.js";
import type { Logger } from "../logger.js";
import type { SendBudget } from "./outbox.js";

export type Priority = "reply" | "bulk";

/**
 * Messages per second, all instances together, unless configured otherwise. Telegram allows
 * ~30; 28 is measured, not guessed: the 10,000-official fan-out (`npm run bench --
 * reminders-throughput`, a probe talking to the bot throughout) got no 429 from the fake Bot API,
 * which enforces 30/s with a burst of 30 like Telegram, on a 2-core machine at load 5–10: 27.1
 * msg/s of reminders, 27.9 with the bot's replies. Timer jitter only delays a send past its
 * reserved instant, and the 2/s left unused keeps Telegram's bucket full enough to absorb the
 * bunching that follows (an instant more than `staleMs` late is dropped, not sent in a burst).
 * 25, the earlier margin, capped the reminders at 24.0 msg/s in the same bench.
 */
export const DEFAULT_SENDS_PER_SECOND = 28;

export interface SharedBudgetOptions {
  /** the row's name: one per bot token */
  name?: string;
  /** overall messages per second, all instances together; default DEFAULT_SENDS_PER_SECOND (28) */
  perSecond?: number;
  /** instants reserved per database round trip at most; default 4 */
  maxBatch?: number;
  /** per chat: messages at once, then `perChatPerSecond`; default 3 and 1 */
  perChatBurst?: number;
  perChatPerSecond?: number;
  /**
   * one process owns the database (the embedded PGlite: its data directory is locked), so no
   * other instance can share the budget: instants are reserved in memory, without a query
   */
  local?: boolean;
  /** used while the database is unreachable; default half of `perSecond` */
  fallbackPerSecond?: number;
  /** a reserved instant older than this is not used (someone else's turn by now); default 250 ms */
  staleMs?: number;
  /** monotonic millisecond clock (per-chat pacing; default performance.now) */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SharedBudgetStats {
  /** database round trips that reserved instants */
  reservations: number;
  /** instants handed out */
  taken: number;
  /** instants handed out by the local fallback (database unreachable) */
  fallback: number;
}

export interface SharedBudget extends SendBudget {
  acquire(chatId: number, priority?: Priority): Promise<void>;
  readonly stats: SharedBudgetStats;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createSharedBudget(
  deps: { repos: Pick<Repositories, "sendBudget">; logger: Logger },
  opts: SharedBudgetOptions = {},
): SharedBudget {
  const name = opts.name ?? "telegram";
  const perSecond = opts.perSecond ?? DEFAULT_SENDS_PER_SECOND;
  const interval = 1000 / perSecond;
  const fallbackInterval = 1000 / (opts.fallbackPerSecond ?? perSecond / 2);
  const maxBatch = opts.maxBatch ?? 4;
  // a tenth of margin: our clock and Telegram's see each message a few milliseconds apart
  const chatInterval = (1000 / (opts.perChatPerSecond ?? 1)) * 1.1;
  const chatTolerance = ((opts.perChatBurst ?? 3) - 1) * chatInterval;
  const staleMs = opts.staleMs ?? 250;
  const clock = opts.clock ?? (() => performance.now());
  const sleep = opts.sleep ?? realSleep;
  const stats: SharedBudgetStats = { reservations: 0, taken: 0, fallback: 0 };

  /** reserved instants, on performance.now()'s timeline */
  const slots: number[] = [];
  const waiting: Record<Priority, ((slot: number) => void)[]> = { reply: [], bulk: [] };
  let pumping = false;
  /** an instant held for the bot's next reply while a fan-out keeps the pump busy */
  let spare: number | undefined;
  /** ends the pump's wait for the horizon when a reply arrives */
  let wake: (() => void) | undefined;
  let lastHanded = 0;
  /** how far ahead of now this instance may hold instants */
  const horizonMs = maxBatch * interval;
  let fallbackNext = 0;
  let dbDown = false;
  const chatTat = new Map<number, number>();

  let localNext = 0;
  const reserve = async (n: number): Promise<void> => {
    if (opts.local) {
      localNext = Math.max(localNext, performance.now());
      for (let i = 0; i < n; i++) slots.push(localNext + i * interval);
      localNext += n * interval;
      stats.reservations++;
      return;
    }
    try {
      const { firstInMs } = await deps.repos.sendBudget.reserve(name, n, interval);
      const first = performance.now() + firstInMs;
      for (let i = 0; i < n; i++) slots.push(first + i * interval);
      stats.reservations++;
      if (dbDown) deps.logger.info("send budget: shared again");
      dbDown = false;
    } catch (err) {
      if (!dbDown) deps.logger.warn({ err }, "send budget: database unreachable, pacing locally");
      dbDown = true;
      const now = performance.now();
      for (let i = 0; i < n; i++) {
        fallbackNext = Math.max(fallbackNext, now);
        slots.push(fallbackNext);
        fallbackNext += fallbackInterval;
        stats.fallback++;
      }
    }
  };

  /** Hands instants to waiters, replies first, reserving more as needed (one at a time). */
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        if (waiting.reply.length + waiting.bulk.length === 0) break;
        const now = performance.now();
        // the instant kept for a reply goes to the fan-out before it would go stale
        if (spare !== undefined && spare < now - staleMs / 2) {
          slots.unshift(spare);
          spare = undefined;
        }
        while (slots.length > 0 && (slots[0] as number) < now - staleMs) slots.shift();
        if (slots.length === 0) {
          // never hold instants far ahead: a reply arriving meanwhile must not queue behind them
          const ahead = lastHanded - now - horizonMs;
          if (ahead > 0 && waiting.reply.length === 0) {
            await new Promise<void>((r) => {
              wake = r;
              void sleep(ahead).then(r);
            });
            wake = undefined;
            continue;
          }
          const want = Math.min(maxBatch, waiting.reply.length + waiting.bulk.length);
          // while the fan-out runs, one more instant is kept for the bot's next reply
          const keep = spare === undefined && waiting.reply.length === 0 ? 1 : 0;
          await reserve(want + keep);
          if (keep) spare = slots.pop();
        }
        const queue = waiting.reply.length > 0 ? waiting.reply : waiting.bulk;
        const next = queue.shift() as (slot: number) => void;
        const slot = slots.shift() as number;
        lastHanded = Math.max(lastHanded, slot);
        stats.taken++;
        next(slot);
      }
    } finally {
      pumping = false;
    }
  };

  /** The chat's own pace (GCRA with a burst): when this chat may get its next message. */
  const chatSlot = (chatId: number): number => {
    const now = clock();
    const tat = Math.max(chatTat.get(chatId) ?? now, now);
    const at = Math.max(now, tat - chatTolerance);
    chatTat.set(chatId, tat + chatInterval);
    if (chatTat.size > 50_000) {
      for (const [chat, t] of chatTat) if (t <= now) chatTat.delete(chat);
    }
    return at - now;
  };

  return {
    stats,
    async acquire(chatId, priority = "bulk") {
      const chatWait = chatSlot(chatId);
      if (chatWait > 0) await sleep(chatWait);
      let slot: number;
      if (priority === "reply" && spare !== undefined && spare >= performance.now() - staleMs) {
        // no round trip behind the fan-out's queries: the instant kept for a reply
        slot = spare;
        spare = undefined;
        stats.taken++;
      } else {
        slot = await new Promise<number>((resolve) => {
          waiting[priority].push(resolve);
          if (priority === "reply") wake?.();
          void pump();
        });
      }
      const wait = slot - performance.now();
      if (wait > 0) await sleep(wait);
    },
  };
}

/** Methods that put a message into a chat: what Telegram's flood limits count. */
export function isSendingMethod(method: string): boolean {
  return (
    (method.startsWith("send") && method !== "sendChatAction") ||
    method === "copyMessage" ||
    method === "forwardMessage" ||
    method === "copyMessages" ||
    method === "forwardMessages"
  );
}

/**
 * A grammY API transformer: every message sent through that Api (each attempt, so install it
 * first, below auto-retry) takes an instant from the shared budget; the bot's replies with
 * priority "reply" (ahead of the fan-out), the outbox's with "bulk".
 */
export function budgetTransformer(budget: SharedBudget, priority: Priority = "reply"): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (isSendingMethod(method) && typeof chatId === "number") {
      await budget.acquire(chatId, priority);
    }
    return prev(method, payload, signal);
  };
}
