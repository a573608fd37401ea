import { timingSafeEqual } from "node:crypto";
import type { Handler } from "hono";
import type { Logger } from "../logger.js";
import type { TelegramBot } from "./index.js";

export interface WebhookOptions {
  secretToken: string;
  logger: Logger;
  /** Telegram waits about this long before it re-delivers; longer updates go on after the 200 */
  timeoutMs?: number;
}

/**
 * The webhook's request handler (instead of grammY's webhookCallback, whose timeout leaves a
 * failing update's rejection unhandled and takes the process down):
 * - a wrong or missing X-Telegram-Bot-Api-Secret-Token → 401, nothing runs;
 * - a body that is not an update → 400 and one log line;
 * - an update still running after the timeout (a large file, a slow database) gets its 200 and
 *   goes on: an error status would make Telegram deliver it again while the first run continues;
 * - a failing update is retried when the failure may pass, else (or at last) logged once and
 *   the user told to repeat (update-runner.ts), before or after the 200.
 */
export function webhookHandler(telegram: TelegramBot, opts: WebhookOptions): Handler {
  const secret = Buffer.from(opts.secretToken);
  const timeoutMs = opts.timeoutMs ?? 9_000;
  return async (c) => {
    const header = Buffer.from(c.req.header("x-telegram-bot-api-secret-token") ?? "");
    if (header.length !== secret.length || !timingSafeEqual(header, secret)) {
      return c.text("secret token is wrong", 401);
    }
    let update: unknown;
    try {
      update = await c.req.json();
    } catch {
      opts.logger.warn("webhook: the body is not JSON");
      return c.text("Bad Request", 400);
    }
    if (!isUpdate(update)) {
      opts.logger.warn("webhook: the body is not an update");
      return c.text("Bad Request", 400);
    }
    // in order per chat, transient failures retried; a final failure is logged once (runner)
    const task = telegram.runner
      .handle(update)
      .catch((err) => opts.logger.error({ err, update_id: update.update_id }, "update failed"));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((r) => {
      timer = setTimeout(r, timeoutMs);
    });
    await Promise.race([task, timeout]);
    clearTimeout(timer);
    return c.body(null, 200);
  };
}

type Update = Parameters<TelegramBot["bot"]["handleUpdate"]>[0];

function isUpdate(v: unknown): v is Update {
  return (
    typeof v === "object" &&
    v !== null &&
    Number.isSafeInteger((v as { update_id?: unknown }).update_id)
  );
}
