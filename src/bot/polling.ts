/**
 * Long polling that confirms to Telegram only what it has handled, and never takes the process
 * down. (@grammyjs/runner confirms each batch with the next getUpdates while the batch is still
 * being handled, so a crash, a kill or a failed update lost it.)
 *
 * getUpdates' `offset` confirms every update below it; here it is the lowest update still being
 * handled (or waiting for a retry), so an update is confirmed only once it was handled — or
 * failed for good and its user was told to repeat (update-runner.ts). While an update is in
 * flight Telegram returns it again with every poll: those are skipped, and the loop waits for
 * something to finish (or a short pause, for other chats' new updates) before asking again.
 * After a kill, the unconfirmed ones arrive again: handled at least once, and the questionnaire
 * recognises an answer it already applied (features/steps/conversation.ts).
 *
 * 409 ("terminated by other getUpdates request": a second instance with the same token) and 401
 * are logged once as JSON and polling starts again after a pause (the other instance may be
 * gone by then); a network outage is retried every few seconds, so the first update after
 * Telegram returns is not minutes late.
 */
import { GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";
import { ALLOWED_UPDATES, type TelegramBot } from "./index.js";

export interface PollingOptions {
  logger: Logger;
  /** pause before polling again after Telegram refused (409 conflict, 401) */
  restartAfterMs?: number;
  /** pause between getUpdates retries while Telegram is unreachable */
  retryEveryMs?: number;
  /** while updates are in flight: the longest wait before polling for other chats' updates */
  busyPollMs?: number;
  /** long-poll timeout in seconds */
  timeoutSeconds?: number;
}

export interface Polling {
  isRunning(): boolean;
  /** stops taking updates; in-flight ones finish, then what was handled is confirmed */
  stop(): Promise<void>;
}

export function startPolling(telegram: TelegramBot, opts: PollingOptions): Polling {
  const { bot, runner } = telegram;
  const restartAfterMs = opts.restartAfterMs ?? 10_000;
  const retryEveryMs = opts.retryEveryMs ?? 3_000;
  const busyPollMs = opts.busyPollMs ?? 500;
  const log = opts.logger;

  /** update_id → its handling, until it is done with */
  const inFlight = new Map<number, Promise<unknown>>();
  /** updates abandoned at stop (waiting for a retry): never confirmed */
  const abandoned = new Set<number>();
  let highest = -1;
  let stopped = false;
  let running = true;
  const abort = new AbortController();
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        abort.signal.removeEventListener("abort", done);
        if (wake === done) wake = undefined;
        resolve();
      }
      wake = done;
      abort.signal.addEventListener("abort", done);
    });

  /** getUpdates' offset: below it everything was handled (or failed for good) */
  const offset = () => {
    const pending = [...inFlight.keys(), ...abandoned];
    return pending.length ? Math.min(...pending) : highest + 1;
  };

  const take = (u: Update) => {
    highest = Math.max(highest, u.update_id);
    const id = u.update_id;
    const task = runner.handle(u).then(
      (outcome) => {
        if (outcome === "abandoned") abandoned.add(id);
      },
      (err: unknown) => log.error({ err, update_id: id }, "update failed"),
    );
    inFlight.set(id, task);
    void task.finally(() => {
      inFlight.delete(id);
      wake?.();
    });
  };

  const loop = async () => {
    while (!stopped) {
      const busy = inFlight.size > 0;
      try {
        const updates = await bot.api.getUpdates(
          {
            ...(highest >= 0 ? { offset: offset() } : {}),
            limit: 100,
            timeout: busy ? 0 : (opts.timeoutSeconds ?? 30),
            allowed_updates: [...ALLOWED_UPDATES],
          },
          abort.signal as Parameters<typeof bot.api.getUpdates>[1],
        );
        const fresh = updates.filter((u) => u.update_id > highest);
        for (const u of fresh) take(u);
        // only updates already being handled came back: wait for one to finish (or a moment)
        if (fresh.length === 0 && (busy || inFlight.size > 0)) await pause(busyPollMs);
      } catch (err) {
        if (stopped) break;
        if (err instanceof GrammyError && (err.error_code === 409 || err.error_code === 401)) {
          log.error({ err, restartInMs: restartAfterMs }, "polling stopped; starting again");
          await pause(restartAfterMs);
        } else {
          log.warn({ err, retryInMs: retryEveryMs }, "getUpdates failed; retrying");
          await pause(retryEveryMs);
        }
      }
    }
  };
  const done = loop().finally(() => {
    running = false;
  });

  return {
    isRunning: () => running && !stopped,
    async stop() {
      if (stopped) return done;
      stopped = true;
      abort.abort();
      runner.stop();
      await done;
      await Promise.all(inFlight.values());
      // confirm what was handled (the answer's update, if any, stays unconfirmed)
      if (highest >= 0 && offset() > 0) {
        await bot.api
          .getUpdates({ offset: offset(), limit: 1, timeout: 0 })
          .catch((err: unknown) => log.warn({ err }, "could not confirm the last updates"));
      }
    },
  };
}
