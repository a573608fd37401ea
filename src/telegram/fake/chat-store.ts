/**
 * Users, group chats and per-chat transcripts (user and bot messages) of the fake server.
 * Private chat id = user id (positive); group ids are negative. Message ids count per chat.
 */
import { badRequest, forbidden } from "./errors.js";
import { privateChat } from "./telegram-objects.js";
import type { BotMessage, ChatLogEntry, FakeChat, FakeUser } from "./types.js";

export interface NewUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

/** A chat_id parameter as a number (NaN for "@username" and other strings). */
export function chatIdOf(raw: unknown): number {
  if (typeof raw === "number") return raw;
  if (typeof raw === "string" && /^-?\d+$/.test(raw)) return Number(raw);
  return Number.NaN;
}

export class ChatStore {
  private readonly userById = new Map<number, FakeUser>();
  private readonly groupById = new Map<number, FakeChat>();
  private readonly logByChat = new Map<number, ChatLogEntry[]>();
  private readonly lastMessageId = new Map<number, number>();

  /** Adds or updates a user (keeps the blocked flag and fields not given). */
  addUser(u: NewUser): FakeUser {
    if (!Number.isSafeInteger(u.id) || u.id <= 0) {
      throw new Error(`user id must be a positive integer, got ${u.id}`);
    }
    const existing = this.userById.get(u.id);
    const username = u.username ?? existing?.username;
    const languageCode = u.language_code ?? existing?.language_code;
    const user: FakeUser = {
      id: u.id,
      is_bot: false,
      first_name: u.first_name ?? existing?.first_name ?? `User ${u.id}`,
      ...(username ? { username } : {}),
      ...(languageCode ? { language_code: languageCode } : {}),
      blocked: existing?.blocked ?? false,
    };
    this.userById.set(u.id, user);
    return user;
  }

  user(id: number): FakeUser | undefined {
    return this.userById.get(id);
  }

  addGroup(groupChatId: number, title: string): FakeChat {
    const existing = this.groupById.get(groupChatId);
    if (existing) return existing;
    const group: FakeChat = { id: groupChatId, type: "group", title };
    this.groupById.set(groupChatId, group);
    return group;
  }

  chatById(id: number): FakeChat | undefined {
    if (id > 0) {
      const u = this.userById.get(id);
      return u ? privateChat(u) : undefined;
    }
    return this.groupById.get(id);
  }

  /** The chat the bot wants to send to, with Telegram's 403/400 answers. */
  resolveSendChat(raw: unknown): FakeChat {
    const id = chatIdOf(raw);
    if (id > 0) {
      const u = this.userById.get(id);
      if (!u) throw forbidden("bot can't initiate conversation with a user");
      if (u.blocked) throw forbidden("bot was blocked by the user");
      return privateChat(u);
    }
    const chat = Number.isNaN(id) ? undefined : this.groupById.get(id);
    if (!chat) throw badRequest("chat not found");
    return chat;
  }

  /** The live transcript of a chat (mutable). */
  log(chatId: number): ChatLogEntry[] {
    let log = this.logByChat.get(chatId);
    if (!log) {
      log = [];
      this.logByChat.set(chatId, log);
    }
    return log;
  }

  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  /** Copies of the bot's messages in a chat, oldest first, deleted ones included. */
  botMessages(chatId: number): BotMessage[] {
    return (this.logByChat.get(chatId) ?? []).flatMap((e) =>
      e.from === "bot" ? [{ ...e.message }] : [],
    );
  }

  /** A copy of both sides of a chat, oldest first. */
  transcript(chatId: number): ChatLogEntry[] {
    return (this.logByChat.get(chatId) ?? []).map((e) =>
      e.from === "bot" ? { from: "bot", message: { ...e.message } } : { ...e },
    );
  }

  users(): FakeUser[] {
    return [...this.userById.values()].map((u) => ({ ...u }));
  }

  /** Private chats of known users, then groups. */
  chats(): FakeChat[] {
    return [...[...this.userById.values()].map(privateChat), ...this.groupById.values()];
  }
}
