/**
 * The other materials of p.8, attached after the review: the explanatory note
 * (a PDF/DOC/DOCX/ODT file up to 20 MB, or text) and additional proposals
 * (text). Files are downloaded once and kept in the database with their name,
 * type, size and checksum, so the admin can open them without Telegram.
 */

import { createHash } from "node:crypto";
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { trimInvisible } from "../../../domain/answers/parse.js";
import { contentMatchesType } from "../../../domain/files.js";
import { acceptedDiagram, DIAGRAM_TYPES } from "../../../domain/process.js";
import { isEditable } from "../../../domain/questionnaire.js";
import { loadOfficialQuestionnaire } from "../../../services/questionnaire.js";
import { pcb } from "../../../telegram/callbacks/process.js";
import { cb } from "../../../telegram/callbacks/questionnaire.js";
import type { BotContext, InnerContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { isCommand } from "../../middleware/commands.js";
import { sendProcessReview } from "../process/screens.js";
import { sendReview } from "./form.js";

export interface MaterialArgs {
  responseId: number;
  /** "diagram": the current business process of Appendix 1 (PDF, DOCX, VSDX, PNG; no text) */
  kind: "note" | "proposals" | "diagram";
}

const ASK: Record<MaterialArgs["kind"], string> = {
  note: "material-note-ask",
  proposals: "material-proposals-ask",
  diagram: "p-diagram-ask",
};

/** Telegram's Bot API download limit (a self-hosted Bot API server lifts it). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ACCEPTED: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
};

export function acceptedDocument(
  fileName: string | undefined,
  mime: string | undefined,
): string | null {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && ACCEPTED[ext]) return ACCEPTED[ext];
  const byMime = Object.values(ACCEPTED).find((m) => m === mime);
  return byMime ?? null;
}

const extensionOf = (mime: string) =>
  Object.keys({ ...ACCEPTED, ...DIAGRAM_TYPES }).find(
    (k) => (ACCEPTED[k] ?? DIAGRAM_TYPES[k]) === mime,
  );

type Conv = Conversation<BotContext, InnerContext>;

export function createMaterialConversation(deps: BotDeps) {
  const load = (officialId: number, responseId: number) =>
    loadOfficialQuestionnaire(deps, officialId, { responseId }).then((q) => q ?? null);

  return async function material(conversation: Conv, ctx: InnerContext, args: MaterialArgs) {
    const officialId = ctx.official?.id;
    if (!officialId) return;
    const t = ctx.t.bind(ctx);
    const info = await conversation.external(() => load(officialId, args.responseId));
    if (!info || !isEditable(info.status)) {
      await ctx.reply(t("qn-read-only"));
      return;
    }
    const diagram = args.kind === "diagram";
    const back = diagram
      ? pcb.action(args.responseId, "review")
      : cb.review(args.responseId, "show");
    await ctx.reply(t(ASK[args.kind]), {
      reply_markup: new InlineKeyboard().text(t("btn-cancel"), back),
    });

    for (;;) {
      const c = await conversation.wait();
      // any button (cancel, another questionnaire, the list) leaves this step
      if (c.callbackQuery) await conversation.halt({ next: true });
      if (isCommand(c)) {
        await c.reply(t("unknown-command"));
        continue;
      }
      const raw = c.message?.text;
      if (raw !== undefined && !diagram) {
        // a text of zero-width spaces or fillers shows nothing: it is not a material
        const text = trimInvisible(raw);
        if (text.length === 0) {
          await c.reply(t("err-empty"));
          continue;
        }
        await conversation.external(() =>
          deps.repos.responses.putMaterial({
            responseId: args.responseId,
            kind: args.kind,
            text,
            uploadedBy: officialId,
            now: deps.now(),
          }),
        );
        break;
      }
      const doc = c.message?.document;
      if (doc && args.kind !== "proposals") {
        const mime = diagram
          ? acceptedDiagram(doc.file_name, doc.mime_type)
          : acceptedDocument(doc.file_name, doc.mime_type);
        if (!mime) {
          await c.reply(t(diagram ? "p-diagram-bad-type" : "material-bad-type"));
          continue;
        }
        if ((doc.file_size ?? 0) > MAX_FILE_BYTES) {
          await c.reply(t("material-too-big"));
          continue;
        }
        let path: string | undefined;
        try {
          path = (await c.api.getFile(doc.file_id)).file_path;
        } catch {
          path = undefined;
        }
        const stored = path
          ? await conversation.external(async () => {
              const res = await fetch(deps.fileBase + path);
              if (!res.ok) return "failed";
              const content = new Uint8Array(await res.arrayBuffer());
              if (content.byteLength > MAX_FILE_BYTES) return "too-big";
              // the name says PDF: the bytes must say so too
              if (!contentMatchesType(mime, content)) return "not-that-type";
              await deps.repos.responses.putMaterial({
                responseId: args.responseId,
                kind: args.kind,
                fileName: doc.file_name ?? `${args.kind}.${extensionOf(mime)}`,
                mimeType: mime,
                size: content.byteLength,
                sha256: createHash("sha256").update(content).digest("hex"),
                content,
                uploadedBy: officialId,
                now: deps.now(),
              });
              return "stored";
            })
          : "failed";
        if (stored !== "stored") {
          await c.reply(
            t(
              stored === "not-that-type"
                ? diagram
                  ? "p-diagram-bad-content"
                  : "material-bad-content"
                : stored === "too-big" || (doc.file_size ?? 0) > MAX_FILE_BYTES
                  ? "material-too-big"
                  : "material-download-failed",
            ),
          );
          continue;
        }
        break;
      }
      await c.reply(t(args.kind === "proposals" ? "qn-text-only" : ASK[args.kind]));
    }
    await ctx.reply(t("material-saved"));
    const fresh = await conversation.external(() => load(officialId, args.responseId));
    if (fresh) await (diagram ? sendProcessReview(ctx, fresh) : sendReview(ctx, fresh));
  };
}
