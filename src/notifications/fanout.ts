/**
 * Many ledgered messages at once (the planners' reminders): keys already settled are skipped
 * without a claim round trip, the rest are claimed and sent through the notifier by a bounded
 * pool of workers; the outbox's pacer decides the actual rate.
 */

import type { Repositories } from "../db/repositories/index.js";
import { ledgerKeyOf } from "../db/repositories/ledger.js";
import type { Delivery, LedgerSubject, Message, Notifier } from "./notifier.js";

/** What became of one item: the notifier's delivery, or "late" (no longer due: not sent). */
export type FanOutResult = Delivery | "late";

/** Messages being claimed/sent at once. */
export const FANOUT_CONCURRENCY = 40;

export interface Outgoing {
  chatId: number;
  ledger: LedgerSubject;
  /** built only when the message is actually sent */
  message: () => Message;
  /** checked right before the claim: false leaves the item for a later run (e.g. window closed) */
  stillDue?: () => boolean;
}

export interface FanOutOptions {
  /** the run's instant: what "settled" is judged against */
  now: Date;
  concurrency?: number;
  /** checked before each claim: a stopping app stops claiming new work */
  shouldStop?: () => boolean;
}

/** Sends `items`; `onResult` hears each one attempted. Returns how many needed no action. */
export async function fanOut<T extends Outgoing>(
  deps: { repos: Pick<Repositories, "ledger">; notifier: Notifier },
  items: T[],
  opts: FanOutOptions,
  onResult: (item: T, result: FanOutResult) => void,
): Promise<{ alreadyDone: number }> {
  if (items.length === 0) return { alreadyDone: 0 };
  const days = [...new Set(items.map((c) => c.ledger.scheduledFor))];
  const settled = await deps.repos.ledger.settledKeys(days, opts.now);
  const todo = items.filter((c) => !settled.has(ledgerKeyOf({ chatId: c.chatId, ...c.ledger })));
  await runPool(todo, opts.concurrency ?? FANOUT_CONCURRENCY, async (c) => {
    if (opts.shouldStop?.()) return;
    if (c.stillDue && !c.stillDue()) return onResult(c, "late");
    onResult(c, await deps.notifier.send(c.chatId, c.message(), c.ledger));
  });
  return { alreadyDone: items.length - todo.length };
}

async function runPool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failed !== undefined) throw failed;
}
