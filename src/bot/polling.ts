/**
 * Long polling that never takes the process down. @grammyjs/runner gives up on 401 and 409
 * ("terminated by other getUpdates request": a second instance with the same token) by
 * rejecting its task, which nothing awaited. Here a stopped runner is logged once as JSON and
 * started again after a pause (the other instance may be gone by then); a network outage is
 * retried every few seconds, so the first update after Telegram returns is not minutes late.
 */
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Logger } from "../logger.js";
import { ALLOWED_UPDATES, type TelegramBot } from "./index.js";

export interface PollingOptions {
  logger: Logger;
  /** pause before polling again after the runner stopped on an error */
  restartAfterMs?: number;
  /** pause between getUpdates retries while Telegram is unreachable */
  retryEveryMs?: number;
}

export interface Polling {
  isRunning(): boolean;
  /** stops taking updates; in-flight ones finish (the runner's own stop) */
  stop(): Promise<void>;
}

export function startPolling(telegram: TelegramBot, opts: PollingOptions): Polling {
  const restartAfterMs = opts.restartAfterMs ?? 10_000;
  let handle: RunnerHandle | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  // one JSON line per failed getUpdates (the runner itself is silent)
  telegram.bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (method === "getUpdates" && !res.ok) {
        opts.logger.warn(
          { error_code: res.error_code, description: res.description },
          "getUpdates refused",
        );
      }
      return res;
    } catch (err) {
      if (method === "getUpdates" && !signal?.aborted && !stopped) {
        opts.logger.warn({ err }, "getUpdates failed; retrying");
      }
      throw err;
    }
  });

  const launch = () => {
    if (stopped) return;
    const current = run(telegram.bot, {
      runner: {
        fetch: { allowed_updates: [...ALLOWED_UPDATES] },
        retryInterval: opts.retryEveryMs ?? 3_000,
        // the runner prints multi-line errors to the console: ours go through the JSON log
        silent: true,
      },
    });
    handle = current;
    current.task()?.catch((err: unknown) => {
      if (stopped) return;
      opts.logger.error({ err, restartInMs: restartAfterMs }, "polling stopped; starting again");
      timer = setTimeout(launch, restartAfterMs);
    });
  };
  launch();

  return {
    isRunning: () => !stopped && !!handle?.isRunning(),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (handle?.isRunning()) await handle.stop();
    },
  };
}
