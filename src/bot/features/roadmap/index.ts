/**
 * The roadmap (Appendix 3) in Telegram: an official of the agency that owns it opens it from
 * the notification (`rm:<id>`), picks an activity and fills its responsible, deadline and
 * completion form one field at a time (conversation.ts). Approved roadmaps are read-only;
 * buttons of other agencies' or deleted roadmaps are "no longer active".
 */
import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import { type ActivityNo, canOfficialEditRoadmap } from "../../../domain/agenda.js";
import { parseRoadmapCallback } from "../../../telegram/callbacks/roadmap.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { userLocale } from "../../locale.js";
import { createFieldConversation, type FieldArgs } from "./conversation.js";
import { roadmapStore } from "./store.js";
import { activityView, roadmapView } from "./views.js";

export function roadmapFeature(deps: BotDeps) {
  const store = roadmapStore(deps);
  const composer = new Composer<BotContext>();

  composer.use(createConversation(createFieldConversation(deps), "roadmapField"));

  composer.callbackQuery(/^r[maf]:/, async (ctx) => {
    const t = ctx.t.bind(ctx);
    const data = parseRoadmapCallback(ctx.callbackQuery.data);
    const official = ctx.official;
    const roadmap =
      data && official ? await store.forOfficial(official, data.roadmapId) : undefined;
    if (!data || !official || !roadmap) {
      return ctx.answerCallbackQuery({ text: t("rmbot-stale") });
    }
    const locale = userLocale(ctx);
    if (data.t !== "open" && !canOfficialEditRoadmap(roadmap.status)) {
      await ctx.answerCallbackQuery({ text: t("rmbot-read-only") });
      await ctx.conversation.exitAll();
      const view = roadmapView(t, locale, roadmap);
      return ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
    }
    await ctx.answerCallbackQuery();
    // a questionnaire question or another field in progress is left (its answers are saved)
    await ctx.conversation.exitAll();
    switch (data.t) {
      case "open": {
        const view = roadmapView(t, locale, roadmap);
        return ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
      }
      case "activity": {
        const view = activityView(t, locale, roadmap, data.no as ActivityNo);
        return ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
      }
      case "field": {
        const args: FieldArgs = {
          roadmapId: data.roadmapId,
          no: data.no as ActivityNo,
          field: data.field,
        };
        return ctx.conversation.enter("roadmapField", args);
      }
    }
  });

  return composer;
}
