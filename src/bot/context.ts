import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Official } from "../db/repositories/officials.js";
import type { Locale } from "../domain/vocabulary.js";

/** What every handler can read about the sender (loaded once per update). */
export interface SenderFlavor {
  /** the linked official, or undefined for an unknown Telegram user */
  official?: Official;
  /** an unknown user's language chosen with /language (kept until they link) */
  chosenLocale?: Locale;
}

/** Context inside conversations: no session, no conversation controls. */
export type InnerContext = Context & I18nFlavor & SenderFlavor;
/** Context of the outer middleware tree. */
export type BotContext = ConversationFlavor<InnerContext>;
