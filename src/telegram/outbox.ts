/**
 * Messages the product sends on its own initiative (reminders, notifications,
 * agendas, login codes) go through one Outbox, which knows Telegram's manners:
 * pacing, 429/5xx retries, and 403 → recipient marked unreachable.
 *
 * This first implementation sends directly; the access/reminders work replaces
 * `createOutbox` with a paced one behind the same interface.
 */
import { type Api, GrammyError, type RawApi } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";

export interface OutgoingMessage {
  chatId: number;
  text: string;
  parseMode?: "HTML";
  replyMarkup?: InlineKeyboardMarkup;
}

export type SendResult =
  | { ok: true; messageId: number }
  | { ok: false; reason: "blocked" | "failed"; error: string };

export interface Outbox {
  send(msg: OutgoingMessage): Promise<SendResult>;
  sendDocument(
    chatId: number,
    file: { name: string; content: Uint8Array },
    caption?: string,
  ): Promise<SendResult>;
}

export interface OutboxHooks {
  /** called once per 403 so the recipient can be marked unreachable */
  onBlocked(chatId: number): Promise<void>;
}

export function isBlocked(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 403;
}

export function createOutbox(api: Api<RawApi>, hooks: OutboxHooks): Outbox {
  const wrap = async (chatId: number, call: () => Promise<{ message_id: number }>) => {
    try {
      const m = await call();
      return { ok: true, messageId: m.message_id } as const;
    } catch (err) {
      if (isBlocked(err)) {
        await hooks.onBlocked(chatId);
        return { ok: false, reason: "blocked", error: String(err) } as const;
      }
      return { ok: false, reason: "failed", error: String(err) } as const;
    }
  };
  return {
    send: (msg) =>
      wrap(msg.chatId, () =>
        api.sendMessage(msg.chatId, msg.text, {
          parse_mode: msg.parseMode,
          reply_markup: msg.replyMarkup,
        }),
      ),
    sendDocument: async (chatId, file, caption) => {
      const { InputFile } = await import("grammy");
      return wrap(chatId, () =>
        api.sendDocument(chatId, new InputFile(file.content, file.name), { caption }),
      );
    },
  };
}
