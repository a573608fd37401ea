/**
 * The Bot API methods that create or change the bot's messages: sendMessage, send<Media>,
 * copyMessage, forwardMessage, editMessageText/Caption/ReplyMarkup and deleteMessage, with
 * Telegram's answers: 403 for unknown or blocked users, "chat not found", 429 from the flood
 * limiter (checked after the content, so a rejected call sends nothing), "message is not
 * modified", "message to edit not found". Text and captions are measured after entity parsing
 * (format.ts).
 */
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { chatIdOf } from "./chat-store.js";
import { badRequest } from "./errors.js";
import { formatText, sameJson } from "./format.js";
import { type FakeState, isDeleted, type Params } from "./state.js";
import { botUserObject } from "./telegram-objects.js";
import type { BotMessage, FakeChat, MediaKind } from "./types.js";

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

// ───────────────────────────── sending ─────────────────────────────

/** Inline keyboards stay on the message; reply keyboards are remembered per chat. */
function applyMarkup(
  s: FakeState,
  chatId: number,
  markup: unknown,
): InlineKeyboardMarkup | undefined {
  if (!markup || typeof markup !== "object") return undefined;
  if ("inline_keyboard" in markup) return markup as InlineKeyboardMarkup;
  if ("keyboard" in markup) s.replyKeyboards.set(chatId, markup);
  if ("remove_keyboard" in markup) s.replyKeyboards.delete(chatId);
  return undefined;
}

function storeBotMessage(
  s: FakeState,
  chat: FakeChat,
  content: Omit<BotMessage, "message_id" | "chat_id" | "date" | "edited" | "deleted">,
): BotMessage {
  const msg: BotMessage = {
    message_id: s.store.nextMessageId(chat.id),
    chat_id: chat.id,
    date: Math.floor(Date.now() / 1000),
    ...content,
    edited: 0,
    deleted: false,
  };
  s.store.log(chat.id).push({ from: "bot", message: msg });
  s.stats.sentMessages++;
  s.emit("message", msg);
  return msg;
}

export function sendMessage(s: FakeState, p: Params): Message {
  const chat = s.store.resolveSendChat(p.chat_id);
  const formatted = formatText(p.text as string, p.parse_mode, p.entities, "text");
  s.takeRateToken(chat.id);
  const markup = applyMarkup(s, chat.id, p.reply_markup);
  const msg = storeBotMessage(s, chat, {
    text: formatted.text,
    rawText: p.text as string,
    ...(p.parse_mode ? { parse_mode: p.parse_mode as string } : {}),
    ...(formatted.entities ? { entities: formatted.entities } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  });
  return s.toMessage(msg);
}

export function sendMedia(s: FakeState, kind: MediaKind, p: Params): Message {
  const chat = s.store.resolveSendChat(p.chat_id);
  const file = s.files.fromParam(p[kind], kind);
  const caption =
    typeof p.caption === "string" && p.caption !== ""
      ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
      : undefined;
  s.takeRateToken(chat.id);
  const markup = applyMarkup(s, chat.id, p.reply_markup);
  const msg = storeBotMessage(s, chat, {
    media: { type: kind, file },
    ...(kind === "document" ? { document: file } : {}),
    ...(kind === "photo" ? { photo: file } : {}),
    ...(caption ? { caption: caption.text } : {}),
    ...(caption?.entities ? { caption_entities: caption.entities } : {}),
    ...(p.parse_mode ? { parse_mode: p.parse_mode as string } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  });
  return s.toMessage(msg);
}

export function copyOrForward(s: FakeState, p: Params, mode: "copy" | "forward"): unknown {
  const from = s.store.chatById(chatIdOf(p.from_chat_id));
  if (!from) throw badRequest("chat not found");
  const entry = s.store
    .log(from.id)
    .find((e) => e.message.message_id === p.message_id && !isDeleted(e));
  if (!entry) throw badRequest(`message to ${mode} not found`);
  const chat = s.store.resolveSendChat(p.chat_id);
  const src = entry.from === "bot" ? entry.message : userMessageContent(s, entry.message);
  const caption =
    mode === "copy" && typeof p.caption === "string"
      ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
      : undefined;
  s.takeRateToken(chat.id);
  const markup = mode === "copy" ? applyMarkup(s, chat.id, p.reply_markup) : undefined;
  const msg = storeBotMessage(s, chat, {
    ...(src.text !== undefined ? { text: src.text, rawText: src.text } : {}),
    ...(src.entities ? { entities: src.entities } : {}),
    ...(src.media ? { media: src.media } : {}),
    ...(src.media?.type === "document" ? { document: src.media.file } : {}),
    ...(src.media?.type === "photo" ? { photo: src.media.file } : {}),
    ...(caption ? { caption: caption.text } : src.caption ? { caption: src.caption } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  });
  if (mode === "copy") return { message_id: msg.message_id };
  const origin =
    entry.from === "user"
      ? { type: "user", sender_user: entry.message.from, date: entry.message.date }
      : { type: "user", sender_user: botUserObject(s.bot), date: entry.message.date };
  return { ...s.toMessage(msg), forward_origin: origin };
}

/** Content of a user message as a BotMessage-like shape (for copy/forward). */
function userMessageContent(
  s: FakeState,
  m: Message,
): Pick<BotMessage, "text" | "entities" | "caption" | "media"> {
  const files = [m.document, m.photo?.[m.photo.length - 1], m.sticker, m.voice].filter(Boolean);
  const fileId = (files[0] as { file_id?: string } | undefined)?.file_id;
  const file = fileId ? s.files.get(fileId) : undefined;
  const type: MediaKind = m.document
    ? "document"
    : m.photo
      ? "photo"
      : m.sticker
        ? "sticker"
        : "voice";
  return {
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.entities ? { entities: m.entities } : {}),
    ...(m.caption ? { caption: m.caption } : {}),
    ...(file ? { media: { type, file } } : {}),
  };
}

// ───────────────────────────── editing ─────────────────────────────

function findBotMessage(s: FakeState, p: Params, purpose: "edit" | "delete"): BotMessage {
  if (p.inline_message_id !== undefined) {
    throw badRequest("inline messages are not supported by the fake Telegram server");
  }
  if (p.chat_id === undefined) throw badRequest("chat_id is required");
  if (p.message_id === undefined) throw badRequest("message_id is required");
  const chat = s.store.chatById(chatIdOf(p.chat_id));
  if (!chat) throw badRequest("chat not found");
  const entry = s.store
    .log(chat.id)
    .find((e) => e.from === "bot" && e.message.message_id === p.message_id && !e.message.deleted);
  if (entry?.from !== "bot") throw badRequest(`message to ${purpose} not found`);
  return entry.message;
}

export function editMessageText(s: FakeState, p: Params): Message {
  const msg = findBotMessage(s, p, "edit");
  if (msg.text === undefined) throw badRequest("there is no text in the message to edit");
  const formatted = formatText(p.text as string, p.parse_mode, p.entities, "text");
  const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
  if (
    formatted.text === msg.text &&
    sameJson(formatted.entities, msg.entities) &&
    sameJson(markup, msg.reply_markup)
  ) {
    throw badRequest(NOT_MODIFIED);
  }
  msg.text = formatted.text;
  msg.rawText = p.text as string;
  setOptional(msg, "parse_mode", p.parse_mode as string | undefined);
  setOptional(msg, "entities", formatted.entities);
  setOptional(msg, "reply_markup", markup);
  return markEdited(s, msg);
}

export function editMessageCaption(s: FakeState, p: Params): Message {
  const msg = findBotMessage(s, p, "edit");
  if (!msg.media) throw badRequest("there is no caption in the message to edit");
  const formatted =
    typeof p.caption === "string" && p.caption !== ""
      ? formatText(p.caption, p.parse_mode, p.caption_entities, "caption")
      : undefined;
  const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
  if (
    formatted?.text === msg.caption &&
    sameJson(formatted?.entities, msg.caption_entities) &&
    sameJson(markup, msg.reply_markup)
  ) {
    throw badRequest(NOT_MODIFIED);
  }
  setOptional(msg, "caption", formatted?.text);
  setOptional(msg, "caption_entities", formatted?.entities);
  setOptional(msg, "reply_markup", markup);
  return markEdited(s, msg);
}

export function editMessageReplyMarkup(s: FakeState, p: Params): Message {
  const msg = findBotMessage(s, p, "edit");
  const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
  if (sameJson(markup, msg.reply_markup)) throw badRequest(NOT_MODIFIED);
  setOptional(msg, "reply_markup", markup);
  return markEdited(s, msg);
}

function markEdited(s: FakeState, msg: BotMessage): Message {
  msg.edited++;
  s.emit("edited", msg);
  return s.toMessage(msg);
}

/** Deletes a bot or user message (bot messages stay in the transcript, marked deleted). */
export function deleteMessage(s: FakeState, p: Params): true {
  const chat = s.store.chatById(chatIdOf(p.chat_id));
  if (!chat) throw badRequest("chat not found");
  const entry = s.store
    .log(chat.id)
    .find((e) => e.message.message_id === p.message_id && !isDeleted(e));
  if (!entry) throw badRequest("message to delete not found");
  if (entry.from === "bot") {
    entry.message.deleted = true;
    s.emit("deleted", entry.message);
  } else {
    entry.deleted = true;
    s.emit("change");
  }
  return true;
}

function setOptional<K extends keyof BotMessage>(
  msg: BotMessage,
  key: K,
  value: BotMessage[K] | undefined,
): void {
  if (value === undefined) delete msg[key];
  else msg[key] = value;
}
