/**
 * One run of this conversation = one field of one activity: the question is asked, the
 * official's text is validated and saved at once, the activity is shown again and the run
 * ends. Nothing but the database holds progress, so a restart loses at most the question.
 */
import type { Conversation } from "@grammyjs/conversations";
import { z } from "zod";
import { type ActivityNo, canOfficialEditRoadmap } from "../../../domain/agenda.js";
import { compareDates, type LocalDate, localDate, makeLocalDate } from "../../../domain/time.js";
import { formatDate } from "../../../i18n/format.js";
import type { RoadmapField } from "../../../telegram/callbacks/roadmap.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { userLocale } from "../../locale.js";
import { roadmapStore } from "./store.js";
import { activityView, askView } from "./views.js";

export interface FieldArgs {
  roadmapId: number;
  no: ActivityNo;
  field: RoadmapField;
}

type Conv = Conversation<BotContext, InnerContext>;

export const MAX_FIELD_TEXT = 300;

const TextSchema = z.string().trim().min(1).max(MAX_FIELD_TEXT);

/** "DD.MM.YYYY" → a calendar date (undefined if it is not one). */
export const DateSchema = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{4}$/)
  .transform((s, ctx) => {
    const [d, m, y] = s.split(".").map(Number) as [number, number, number];
    try {
      return makeLocalDate(y, m, d);
    } catch {
      ctx.addIssue({ code: "custom", message: "not a date" });
      return z.NEVER;
    }
  });

type Parsed =
  | { ok: true; value: string }
  | { ok: false; key: string; vars?: Record<string, string> };

export function parseField(
  field: RoadmapField,
  text: string,
  today: LocalDate,
  locale: "kk" | "ru",
): Parsed {
  if (field !== "deadline") {
    const r = TextSchema.safeParse(text);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, key: "rmbot-err-length", vars: { max: String(MAX_FIELD_TEXT) } };
  }
  const r = DateSchema.safeParse(text);
  if (!r.success) return { ok: false, key: "rmbot-err-date" };
  if (compareDates(r.data, today) < 0) {
    return { ok: false, key: "rmbot-err-past", vars: { today: formatDate(today, locale) } };
  }
  return { ok: true, value: r.data };
}

export function createFieldConversation(deps: BotDeps) {
  const store = roadmapStore(deps);

  return async function roadmapField(conversation: Conv, ctx: InnerContext, args: FieldArgs) {
    const o = ctx.official;
    if (!o) return;
    const official = { id: o.id, agencyId: o.agencyId };
    const locale = userLocale(ctx);
    const t = ctx.t.bind(ctx);
    const roadmap = await conversation.external(() => store.forOfficial(official, args.roadmapId));
    if (!roadmap) {
      await ctx.reply(t("rmbot-stale"));
      return;
    }
    if (!canOfficialEditRoadmap(roadmap.status)) {
      await ctx.reply(t("rmbot-read-only"));
      return;
    }
    const ask = askView(t, roadmap, args.no, args.field);
    await ctx.reply(ask.text, { parse_mode: "HTML", reply_markup: ask.keyboard });

    for (;;) {
      const c = await conversation.wait();
      // any button (cancel, another roadmap, a questionnaire) is handled outside
      if (c.callbackQuery) return await conversation.halt({ next: true });
      const text = c.message?.text;
      if (text === undefined) {
        await c.reply(t("rmbot-text-only"));
        continue;
      }
      if (text.startsWith("/")) return await conversation.halt({ next: true });
      const today = await conversation.external(() => localDate(deps.now(), deps.tz));
      const parsed = parseField(args.field, text, today as LocalDate, locale);
      if (!parsed.ok) {
        await c.reply(t(parsed.key, parsed.vars), { parse_mode: "HTML" });
        continue;
      }
      const value = parsed.value;
      const result = await conversation.external(async () => {
        const status = await store.saveField(official, args.roadmapId, args.no, args.field, value);
        const fresh = await store.forOfficial(official, args.roadmapId);
        return { status, fresh: fresh ?? null };
      });
      if (result.status !== "saved" || !result.fresh) {
        await c.reply(t(result.status === "read-only" ? "rmbot-read-only" : "rmbot-stale"));
        return;
      }
      const view = activityView(t, locale, result.fresh, args.no);
      await c.reply(`${t("rmbot-saved")}\n\n${view.text}`, {
        parse_mode: "HTML",
        reply_markup: view.keyboard,
      });
      return;
    }
  };
}
