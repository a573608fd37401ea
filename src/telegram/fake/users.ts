/**
 * Simulated users: what a person does in Telegram, turned into updates for the bot. Adding a user
 * means they started the bot (private chat id = user id); writing to the bot unblocks it.
 *
 * Each action builds the update and hands it over (`deliver`), chosen per update in this order:
 *  direct: `fake.onUpdate = async (update) => …` is set — awaited;
 *  webhook: after setWebhook the update is POSTed; the action resolves after the response
 *    (non-2xx → the action rejects);
 *  long polling: the update queues for getUpdates; the action resolves when a getUpdates response
 *    handed it over (or it was dropped), not when it was handled — use `waitFor` for the reaction.
 * Actions are async: a test bug (e.g. pressing a button that doesn't exist) rejects.
 */
import type { InlineKeyboardButton, Message, Update } from "grammy/types";
import type { NewUser } from "./chat-store.js";
import type { FakeState } from "./state.js";
import {
  botUserObject,
  chatObject,
  commandEntities,
  mediaObject,
  privateChat,
  userObject,
} from "./telegram-objects.js";
import type { FakeChat, FakeUser, MediaKind, UserDocument } from "./types.js";

/** Hands an update to the bot: direct (onUpdate), webhook, or the polling queue. */
async function deliver(s: FakeState, content: Record<string, unknown>): Promise<Update> {
  const update = { update_id: ++s.updateSeq, ...content } as Update;
  s.emit("update", update);
  if (s.onUpdate) await s.onUpdate(update);
  else await s.delivery.deliver(update);
  return update;
}

/** Registers a user who has started the bot (private chat id = user id). */
export function addUser(s: FakeState, u: NewUser): FakeUser {
  const user = s.store.addUser(u);
  s.emit("change");
  return user;
}

function ensureUser(s: FakeState, userId: number): FakeUser {
  return s.store.user(userId) ?? addUser(s, { id: userId });
}

/** The bot was blocked by the user (no update is sent; see myChatMember for that). */
export function block(s: FakeState, userId: number): void {
  ensureUser(s, userId).blocked = true;
}

export function unblock(s: FakeState, userId: number): void {
  ensureUser(s, userId).blocked = false;
}

function userMessage(
  s: FakeState,
  chat: FakeChat,
  user: FakeUser,
  content: Record<string, unknown>,
): Message {
  const message = {
    message_id: s.store.nextMessageId(chat.id),
    from: userObject(user),
    chat: chatObject(chat),
    date: Math.floor(Date.now() / 1000),
    ...content,
  } as unknown as Message;
  s.store.log(chat.id).push({ from: "user", message, deleted: false });
  return message;
}

/** A private text message from the user (adds the user if needed; writing unblocks the bot). */
export async function sendText(
  s: FakeState,
  userId: number,
  text: string,
  replyTo?: number,
): Promise<Update> {
  const user = ensureUser(s, userId);
  user.blocked = false;
  const entities = commandEntities(text);
  let reply: Message | undefined;
  if (replyTo !== undefined) {
    const m = s.store.botMessages(userId).find((x) => x.message_id === replyTo && !x.deleted);
    if (!m) throw new Error(`sendText: the bot has no message ${replyTo} in chat ${userId}`);
    reply = s.toMessage(m);
  }
  const message = userMessage(s, privateChat(user), user, {
    text,
    ...(entities.length ? { entities } : {}),
    ...(reply ? { reply_to_message: reply } : {}),
  });
  return deliver(s, { message });
}

/** The user edits a text message they sent earlier (Telegram sends an edited_message update). */
export async function editText(
  s: FakeState,
  userId: number,
  messageId: number,
  text: string,
): Promise<Update> {
  ensureUser(s, userId);
  const entry = s.store
    .log(userId)
    .find((e) => e.from === "user" && e.message.message_id === messageId);
  if (!entry) throw new Error(`editText: user ${userId} sent no message ${messageId}`);
  const entities = commandEntities(text);
  const edited = {
    ...entry.message,
    text,
    entities: entities.length ? entities : undefined,
    edit_date: Math.floor(Date.now() / 1000),
  } as Message;
  entry.message = edited;
  return deliver(s, { edited_message: edited });
}

/** A document upload from the user; the bot can getFile + download it. */
export async function sendDocument(
  s: FakeState,
  userId: number,
  doc: UserDocument,
): Promise<Update> {
  const user = ensureUser(s, userId);
  user.blocked = false;
  const file = s.files.add("document", doc.file_name, doc.mime_type, doc.content, doc.file_size);
  const message = userMessage(s, privateChat(user), user, {
    document: mediaObject("document", file),
    ...(doc.caption ? { caption: doc.caption } : {}),
  });
  return deliver(s, { message });
}

/** A photo, sticker or voice message from the user (small placeholder bytes). */
export async function sendUserMedia(
  s: FakeState,
  userId: number,
  kind: Extract<MediaKind, "photo" | "sticker" | "voice">,
): Promise<Update> {
  const [name, mime] = USER_MEDIA[kind];
  const user = ensureUser(s, userId);
  user.blocked = false;
  const file = s.files.add(kind, name, mime, new TextEncoder().encode(`fake ${kind} bytes`));
  const message = userMessage(s, privateChat(user), user, { [kind]: mediaObject(kind, file) });
  return deliver(s, { message });
}

const USER_MEDIA = {
  photo: ["photo.jpg", "image/jpeg"],
  sticker: ["sticker.webp", "image/webp"],
  voice: ["voice.ogg", "audio/ogg"],
} as const;

/**
 * The user presses an inline button of a bot message. Throws (test bug) if the message or a
 * button with that callback_data doesn't exist. The bot must answer via answerCallbackQuery.
 */
export async function pressButton(
  s: FakeState,
  userId: number,
  messageId: number,
  callbackData: string,
): Promise<Update> {
  const user = ensureUser(s, userId);
  const msg = s.store.botMessages(userId).find((m) => m.message_id === messageId && !m.deleted);
  if (!msg) throw new Error(`pressButton: the bot has no message ${messageId} in chat ${userId}`);
  const buttons: InlineKeyboardButton[] = msg.reply_markup?.inline_keyboard.flat() ?? [];
  if (!buttons.some((b) => "callback_data" in b && b.callback_data === callbackData)) {
    const available = buttons.map((b) => ("callback_data" in b ? b.callback_data : `(${b.text})`));
    throw new Error(
      `pressButton: message ${messageId} has no button with callback_data ${JSON.stringify(callbackData)}; available: ${JSON.stringify(available)}`,
    );
  }
  const id = String(4_000_000_000_000 + ++s.callbackSeq);
  s.callbackQueries.set(id, { answered: false });
  return deliver(s, {
    callback_query: {
      id,
      from: userObject(user),
      message: s.toMessage(msg),
      chat_instance: String(-1_000_000 - userId),
      data: callbackData,
    },
  });
}

/** A message from `userId` in the group `groupChatId` (negative; created if new). */
export async function sendGroupText(
  s: FakeState,
  groupChatId: number,
  userId: number,
  text: string,
): Promise<Update> {
  if (groupChatId >= 0) throw new Error(`group chat ids are negative, got ${groupChatId}`);
  const group = addGroup(s, groupChatId);
  const user = ensureUser(s, userId);
  const entities = commandEntities(text);
  const message = userMessage(s, group, user, {
    text,
    ...(entities.length ? { entities } : {}),
  });
  return deliver(s, { message });
}

/** Registers a group chat the bot is a member of. */
export function addGroup(
  s: FakeState,
  groupChatId: number,
  title = `Group ${-groupChatId}`,
): FakeChat {
  return s.store.addGroup(groupChatId, title);
}

/** The user blocks ("kicked") or unblocks/restarts ("member") the bot: a my_chat_member update. */
export async function myChatMember(
  s: FakeState,
  userId: number,
  status: "kicked" | "member",
): Promise<Update> {
  const user = ensureUser(s, userId);
  const old = user.blocked ? "kicked" : "member";
  user.blocked = status === "kicked";
  const botUser = botUserObject(s.bot);
  return deliver(s, {
    my_chat_member: {
      chat: chatObject(privateChat(user)),
      from: userObject(user),
      date: Math.floor(Date.now() / 1000),
      old_chat_member:
        old === "kicked"
          ? { status: old, user: botUser, until_date: 0 }
          : { status: old, user: botUser },
      new_chat_member:
        status === "kicked" ? { status, user: botUser, until_date: 0 } : { status, user: botUser },
    },
  });
}
