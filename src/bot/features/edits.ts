import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Editing a sent message does not change a saved answer (answers are saved as they are given,
 * with history): say so, and how to change it, instead of staying silent. Handled before the
 * questionnaire so an active question never mistakes the edit for input.
 */
export function editsFeature() {
  const composer = new Composer<BotContext>();
  composer.chatType("private").on("edited_message", async (ctx) => {
    if (!ctx.official) return;
    await ctx.reply(ctx.t("edit-not-applied"), {
      reply_parameters: {
        message_id: ctx.editedMessage.message_id,
        allow_sending_without_reply: true,
      },
    });
  });
  return composer;
}
