/**
 * What tests and the admin playground read from the fake: the bot's messages per chat, both sides
 * of a conversation, users and chats, stored files, commands, menu button, reply keyboard, and
 * event-driven waiting (`waitFor` re-checks its condition on every change: recorded call, update,
 * poll start/end — no sleeping). Everything returned is a copy unless said otherwise.
 */
import type { BotCommand } from "grammy/types";
import { commandsKey, type FakeState } from "./state.js";
import type {
  BotMessage,
  ChatLogEntry,
  FakeBotApiEvents,
  FakeChat,
  FakeUser,
  StoredFile,
} from "./types.js";

/** Current state of the bot's messages in a chat (copies), oldest first, deleted included. */
export function messages(s: FakeState, chatId: number): BotMessage[] {
  return s.store.botMessages(chatId);
}

/** The bot's most recent message in the chat that isn't deleted. */
export function lastMessage(s: FakeState, chatId: number): BotMessage | undefined {
  return messages(s, chatId)
    .filter((m) => !m.deleted)
    .pop();
}

/** Both sides of a chat, oldest first (for the playground). */
export function transcript(s: FakeState, chatId: number): ChatLogEntry[] {
  return s.store.transcript(chatId);
}

export function users(s: FakeState): FakeUser[] {
  return s.store.users();
}

/** Known chats: private chats of added users, then groups. */
export function chats(s: FakeState): FakeChat[] {
  return s.store.chats();
}

/** Stored file by file_id (bytes in `.content`; the stored object itself). */
export function file(s: FakeState, fileId: string): StoredFile | undefined {
  return s.files.get(fileId);
}

/** Whether the bot answered the callback query with that id. */
export function callbackQueryAnswered(s: FakeState, callbackQueryId: string): boolean {
  return s.callbackQueries.get(callbackQueryId)?.answered === true;
}

/** Commands stored by setMyCommands for a language (default: none) and scope (default scope). */
export function commands(
  s: FakeState,
  languageCode?: string,
  scope?: { type: string; chat_id?: number; user_id?: number },
): BotCommand[] {
  return s.myCommands.get(commandsKey(scope, languageCode)) ?? [];
}

/** The reply keyboard currently shown in a chat (ReplyKeyboardMarkup), if any. */
export function replyKeyboard(s: FakeState, chatId: number): unknown {
  return s.replyKeyboards.get(chatId);
}

/**
 * Resolves with the first truthy value of `predicate`, re-checked whenever something happens
 * (every recorded call, update, poll start/end). Rejects after `timeoutMs` with the recent calls.
 */
export function waitFor<T>(
  s: FakeState,
  predicate: () => T | undefined | null | false,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      s.events.off("change", check);
    };
    const check = () => {
      if (done) return;
      try {
        const v = predicate();
        if (v !== undefined && v !== null && v !== false) {
          finish();
          resolve(v);
        }
      } catch (e) {
        finish();
        reject(e);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(
        new Error(
          `waitFor: condition not met within ${timeoutMs} ms: ${predicate.toString().slice(0, 300)}\nlast calls:\n${describeCalls(s, 12)}`,
        ),
      );
    }, timeoutMs);
    s.events.on("change", check);
    check();
  });
}

/** A readable list of the last `n` calls (for error messages). */
export function describeCalls(s: FakeState, n = 20): string {
  const lines = s.calls.slice(-n).map((c) => {
    const params = JSON.stringify(c.params, (_k, v) =>
      v instanceof Uint8Array ? `<${v.length} bytes>` : v,
    );
    const status = c.ok ? "ok" : `${c.errorCode} ${c.description}`;
    return `  ${c.method} ${params.length > 200 ? `${params.slice(0, 200)}…` : params} → ${status}`;
  });
  return lines.length ? lines.join("\n") : "  (no calls)";
}

/** Subscribes to events (new/edited/deleted bot messages, calls, updates); returns unsubscribe. */
export function on<K extends keyof FakeBotApiEvents>(
  s: FakeState,
  event: K,
  listener: (...args: FakeBotApiEvents[K]) => void,
): () => void {
  const l = listener as (...args: unknown[]) => void;
  s.events.on(event, l);
  return () => {
    s.events.off(event, l);
  };
}
