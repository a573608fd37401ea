/**
 * What each Bot API method does once its parameters passed validation (validate.ts).
 *
 * Implemented for real: getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo,
 * sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage,
 * answerCallbackQuery, sendDocument, sendPhoto, sendSticker, sendVoice, sendAudio, sendVideo,
 * sendAnimation, getFile, setMyCommands, getMyCommands, deleteMyCommands, setChatMenuButton,
 * getChatMenuButton, sendChatAction, copyMessage, forwardMessage. Any other spec method: `true`
 * (other send* methods also check the chat and the rate limit). The methods that create or
 * change messages are in bot-messages.ts; update delivery is update-delivery.ts.
 *
 * Telegram behaviour reproduced here: answerCallbackQuery once per query ("query is too old…");
 * getFile refuses files > 20 MB ("file is too big"); commands stored per scope and language.
 */
import type { BotCommand } from "grammy/types";
import {
  copyOrForward,
  deleteMessage,
  editMessageCaption,
  editMessageReplyMarkup,
  editMessageText,
  sendMedia,
  sendMessage,
} from "./bot-messages.js";
import { badRequest } from "./errors.js";
import { commandsKey, type FakeState, type Params } from "./state.js";
import { botUserObject } from "./telegram-objects.js";
import type { MediaKind } from "./types.js";
import type { GetUpdatesParams } from "./update-delivery.js";

/** getFile refuses files larger than this (Telegram's 20 MB download limit for bots). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const MEDIA_METHODS: Record<string, MediaKind> = {
  sendDocument: "document",
  sendPhoto: "photo",
  sendSticker: "sticker",
  sendVoice: "voice",
  sendAudio: "audio",
  sendVideo: "video",
  sendAnimation: "animation",
};

/** Methods that send messages and are subject to flood limits. */
const SENDING_METHODS = new Set([
  "sendMessage",
  ...Object.keys(MEDIA_METHODS),
  "sendVideoNote",
  "sendMediaGroup",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "sendChecklist",
  "sendDice",
  "sendInvoice",
  "sendPaidMedia",
  "sendGame",
  "copyMessage",
  "copyMessages",
  "forwardMessage",
  "forwardMessages",
]);

/** Runs a validated call; throws TelegramApiError for Telegram's error answers. */
export function callMethod(s: FakeState, method: string, p: Params, signal: AbortSignal): unknown {
  const media = MEDIA_METHODS[method];
  if (media) return sendMedia(s, media, p);
  switch (method) {
    case "getMe":
      return {
        ...botUserObject(s.bot),
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
      };
    case "getUpdates":
      return s.delivery.getUpdates(p as GetUpdatesParams, signal);
    case "setWebhook":
      s.delivery.setWebhook(
        p.url as string,
        p.secret_token as string | undefined,
        p.drop_pending_updates === true,
      );
      return true;
    case "deleteWebhook":
      s.delivery.deleteWebhook(p.drop_pending_updates === true);
      return true;
    case "getWebhookInfo":
      return s.delivery.webhookInfo();
    case "sendMessage":
      return sendMessage(s, p);
    case "editMessageText":
      return editMessageText(s, p);
    case "editMessageCaption":
      return editMessageCaption(s, p);
    case "editMessageReplyMarkup":
      return editMessageReplyMarkup(s, p);
    case "deleteMessage":
      return deleteMessage(s, p);
    case "answerCallbackQuery":
      return answerCallbackQuery(s, p);
    case "getFile":
      return getFile(s, p);
    case "setMyCommands":
      s.myCommands.set(commandsKey(p.scope, p.language_code), p.commands as BotCommand[]);
      return true;
    case "getMyCommands":
      return s.myCommands.get(commandsKey(p.scope, p.language_code)) ?? [];
    case "deleteMyCommands":
      s.myCommands.delete(commandsKey(p.scope, p.language_code));
      return true;
    case "setChatMenuButton":
      s.menuButtons.set(String(p.chat_id ?? "default"), p.menu_button ?? { type: "default" });
      return true;
    case "getChatMenuButton":
      return s.menuButton(p.chat_id as number | undefined);
    case "sendChatAction":
      s.store.resolveSendChat(p.chat_id);
      return true;
    case "copyMessage":
      return copyOrForward(s, p, "copy");
    case "forwardMessage":
      return copyOrForward(s, p, "forward");
    default:
      if (SENDING_METHODS.has(method) && p.chat_id !== undefined) {
        const chat = s.store.resolveSendChat(p.chat_id);
        s.takeRateToken(chat.id);
      }
      return true;
  }
}

function answerCallbackQuery(s: FakeState, p: Params): true {
  const id = p.callback_query_id as string;
  const q = s.callbackQueries.get(id);
  if (!q || q.answered) {
    throw badRequest("query is too old and response timeout expired or query ID is invalid");
  }
  q.answered = true;
  s.callbackAnswers.push({
    callback_query_id: id,
    ...(p.text !== undefined ? { text: p.text as string } : {}),
    ...(p.show_alert !== undefined ? { show_alert: p.show_alert as boolean } : {}),
    ...(p.url !== undefined ? { url: p.url as string } : {}),
  });
  return true;
}

function getFile(s: FakeState, p: Params): unknown {
  const file = s.files.get(p.file_id as string);
  if (!file) throw badRequest("invalid file_id");
  if (file.file_size > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
  return {
    file_id: file.file_id,
    file_unique_id: file.file_unique_id,
    file_path: file.file_path,
    file_size: file.file_size,
  };
}
