/**
 * The one path of every message the product sends on its own initiative:
 *   ledger claim (when the message must go at most once) → paced outbox → settle,
 * with one error policy: a 403 (blocked, deactivated, never started) marks the recipient
 * unreachable (officials and admins alike), anything else is a failure; both are recorded in
 * the ledger when the message has a ledger key, and logged.
 *
 * The message families (reminders, digest, list sent, review outcome, agenda, roadmaps, login
 * code) build their texts in their own modules and hand them to `send`.
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Repositories } from "../db/repositories/index.js";
import type { LedgerKey, LedgerOutcome } from "../db/repositories/ledger.js";
import type { Logger } from "../logger.js";
import type { Outbox, SendResult } from "../telegram/outbox.js";

export interface Message {
  text: string;
  parseMode?: "HTML";
  replyMarkup?: InlineKeyboardMarkup;
}

/** What became of one message: `taken` = the ledger key is sent or being sent by someone else. */
export type Delivery = "sent" | "blocked" | "failed" | "taken";

/** The ledger key of a message, the recipient's chat aside. */
export type LedgerSubject = Omit<LedgerKey, "chatId">;

export interface Notifier {
  send(chatId: number, message: Message, ledger?: LedgerSubject): Promise<Delivery>;
  sendDocument(
    chatId: number,
    file: { name: string; content: Uint8Array },
    caption?: string,
  ): Promise<Delivery>;
}

export interface NotifierDeps {
  repos: Pick<Repositories, "ledger" | "officials" | "admins">;
  outbox: Outbox;
  logger: Logger;
  /** the clock of claims and settles (a planner run passes its own, see jobs/reminders.ts) */
  now: () => Date;
}

export function createNotifier(deps: NotifierDeps): Notifier {
  const { repos, outbox, logger } = deps;

  /** The error policy, applied to every outcome. */
  const outcome = async (chatId: number, r: SendResult): Promise<Delivery> => {
    if (r.ok) return "sent";
    if (r.reason === "blocked") {
      await repos.officials.markUnreachable(chatId, deps.now());
      await repos.admins.markUnreachable(chatId);
      return "blocked";
    }
    logger.warn({ chatId, error: r.error }, "notification not delivered");
    return "failed";
  };
  const ledgerOutcome = (r: SendResult): LedgerOutcome =>
    r.ok ? { ok: true } : { ok: false, error: `${r.reason}: ${r.error}` };

  return {
    async send(chatId, message, ledger) {
      const claim = ledger ? await repos.ledger.claim({ chatId, ...ledger }, deps.now()) : null;
      if (ledger && !claim) return "taken";
      const r = await outbox.send({ chatId, ...message });
      if (claim && !(await repos.ledger.settle(claim, ledgerOutcome(r), deps.now())))
        logger.warn({ chatId, ...ledger }, "ledger claim lost before its outcome was written");
      return outcome(chatId, r);
    },
    async sendDocument(chatId, file, caption) {
      return outcome(chatId, await outbox.sendDocument(chatId, file, caption));
    },
  };
}
