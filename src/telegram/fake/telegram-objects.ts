/** Builders of Telegram-shaped JSON objects (chats, users, messages, media) for the fake server. */
import type { Message, MessageEntity } from "grammy/types";
import type { BotMessage, FakeChat, FakeUser, MediaKind, StoredFile } from "./types.js";

export interface BotIdentity {
  id: number;
  first_name: string;
  username: string;
}

export function userObject(u: FakeUser): Record<string, unknown> {
  return {
    id: u.id,
    is_bot: false,
    first_name: u.first_name,
    ...(u.username ? { username: u.username } : {}),
    ...(u.language_code ? { language_code: u.language_code } : {}),
  };
}

export function botUserObject(bot: BotIdentity): Record<string, unknown> {
  return { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
}

export function chatObject(chat: FakeChat): Record<string, unknown> {
  if (chat.type === "private") {
    return {
      id: chat.id,
      type: "private",
      first_name: chat.first_name ?? "",
      ...(chat.username ? { username: chat.username } : {}),
    };
  }
  return { id: chat.id, type: "group", title: chat.title ?? "" };
}

export function privateChat(u: FakeUser): FakeChat {
  return { id: u.id, type: "private", first_name: u.first_name, username: u.username };
}

/** The Telegram representation of a file in a message, by media kind. */
export function mediaObject(kind: MediaKind, f: StoredFile): unknown {
  const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size };
  switch (kind) {
    case "photo":
      return [{ ...base, width: 800, height: 600 }];
    case "sticker":
      return {
        ...base,
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: "👍",
      };
    case "voice":
      return { ...base, duration: 1, mime_type: f.mime_type ?? "audio/ogg" };
    case "video":
    case "animation":
      return {
        ...base,
        width: 640,
        height: 480,
        duration: 1,
        file_name: f.file_name,
        mime_type: f.mime_type,
      };
    default:
      return { ...base, file_name: f.file_name, mime_type: f.mime_type };
  }
}

/** Telegram `Message` for a bot message (as returned by sendMessage / in callback queries). */
export function botMessageObject(m: BotMessage, chat: FakeChat, bot: BotIdentity): Message {
  const msg: Record<string, unknown> = {
    message_id: m.message_id,
    from: botUserObject(bot),
    chat: chatObject(chat),
    date: m.date,
  };
  if (m.edited > 0) msg.edit_date = m.date;
  if (m.text !== undefined) msg.text = m.text;
  if (m.entities?.length) msg.entities = m.entities;
  if (m.media) msg[m.media.type] = mediaObject(m.media.type, m.media.file);
  if (m.caption) msg.caption = m.caption;
  if (m.caption_entities?.length) msg.caption_entities = m.caption_entities;
  if (m.reply_markup) msg.reply_markup = m.reply_markup;
  return msg as unknown as Message;
}

/** `bot_command` entities like Telegram produces for "/start abc" or "/help@bot". */
export function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const re = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cmd = m[2] ?? "";
    entities.push({
      type: "bot_command",
      offset: m.index + (m[1]?.length ?? 0),
      length: cmd.length,
    });
  }
  return entities;
}

const MIME_BY_EXT: Record<string, string> = {
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  ogg: "audio/ogg",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
};

export function guessMime(fileName: string, fallback?: string): string {
  const ext = /\.([a-zA-Z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const known = MIME_BY_EXT[ext];
  if (known) return known;
  return fallback && fallback !== "application/octet-stream"
    ? fallback
    : "application/octet-stream";
}
