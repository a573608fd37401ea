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
import { type LedgerKey, type LedgerOutcome, MAX_UNCERTAIN } from "../db/repositories/ledger.js";
import type { Logger } from "../logger.js";
import type { Outbox, SendResult } from "../telegram/outbox.js";
import { type ClaimKeeper, createClaimKeeper } from "./claims.js";

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
  /** the app's claim keeper (heartbeat, outcomes kept through a database outage); own one if absent */
  claims?: ClaimKeeper;
  /** hears Telegram's answer to every message (a planner run counts ambiguous failures) */
  onResult?: (r: SendResult) => void;
}

/** A permanent refusal (400 and the like) is not retried before this. */
const PERMANENT_RETRY_MS = 6 * 3600_000;

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
  const claims = deps.claims ?? createClaimKeeper(deps);
  const ledgerOutcome = (r: SendResult, at: Date): LedgerOutcome =>
    r.ok
      ? { ok: true, uncertain: r.uncertain }
      : {
          ok: false,
          error: `${r.reason}: ${r.error}`,
          uncertain: r.uncertain,
          // a transient failure (network, 5xx, Telegram down) is tried again on the next tick
          retryAt: r.transient ? at : new Date(at.getTime() + PERMANENT_RETRY_MS),
        };

  return {
    async send(chatId, message, ledger) {
      const claim = ledger ? await claims.claim({ chatId, ...ledger }, deps.now) : null;
      if (ledger && !claim) return "taken";
      let r: SendResult;
      try {
        // an earlier ambiguous attempt used up the retry: at most two copies can ever arrive
        const ambiguousRetries = claim
          ? Math.max(0, MAX_UNCERTAIN - 1 - claim.uncertain)
          : undefined;
        r = await outbox.send({ chatId, ...message }, { ambiguousRetries });
        deps.onResult?.(r);
      } catch (err) {
        if (claim) claims.release(claim);
        throw err;
      }
      if (claim) {
        const at = deps.now();
        // Telegram's answer is kept even when the database cannot take it now (written later)
        if ((await claims.settle(claim, ledgerOutcome(r, at), at)) === "lost")
          logger.warn({ chatId, ...ledger }, "ledger claim lost before its outcome was written");
      }
      return outcome(chatId, r).catch((err) => {
        // marking unreachable needs the database; the outcome itself is already kept
        logger.warn({ err, chatId }, "could not record the outcome of a notification");
        return r.ok ? "sent" : r.reason;
      });
    },
    async sendDocument(chatId, file, caption) {
      return outcome(chatId, await outbox.sendDocument(chatId, file, caption));
    },
  };
}
