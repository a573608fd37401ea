/** Message text/caption formatting with Telegram's parse modes and length limits. */
import type { MessageEntity } from "grammy/types";
import { badRequest } from "./errors.js";
import { parseHtml } from "./html.js";

export interface FormattedText {
  text: string;
  entities?: MessageEntity[];
}

/**
 * Applies parse_mode (HTML parsed for real; MarkdownV2/Markdown rejected as unsupported by the
 * fake) and the limits: text 1–4096 characters, caption ≤ 1024, counted after entity parsing.
 */
export function formatText(
  raw: string,
  parseMode: unknown,
  entities: unknown,
  kind: "text" | "caption",
): FormattedText {
  let parsed: FormattedText;
  const mode = typeof parseMode === "string" ? parseMode.toLowerCase() : "";
  if (mode === "") parsed = { text: raw, entities: entities as MessageEntity[] | undefined };
  else if (mode === "html") parsed = parseHtml(raw);
  else if (mode === "markdownv2" || mode === "markdown") {
    throw badRequest(
      `parse_mode ${String(parseMode)} is not supported by the fake Telegram server (the product uses HTML)`,
    );
  } else throw badRequest(`unsupported parse_mode "${String(parseMode)}"`);
  if (kind === "text") {
    if (parsed.text.trim() === "") throw badRequest("message text is empty");
    if (parsed.text.length > 4096) throw badRequest("message is too long");
  } else if (parsed.text.length > 1024) {
    throw badRequest("message caption is too long");
  }
  return parsed.entities?.length ? parsed : { text: parsed.text };
}

/** Deep equality ignoring object key order; empty arrays equal absence. */
export function sameJson(a: unknown, b: unknown): boolean {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.length === 0 ? undefined : x.map(norm);
    if (x && typeof x === "object") {
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, norm((x as Record<string, unknown>)[k])]),
      );
    }
    return x;
  };
  return (JSON.stringify(norm(a)) ?? "") === (JSON.stringify(norm(b)) ?? "");
}
