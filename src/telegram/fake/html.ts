/**
 * A small but real parser for Telegram's `parse_mode: "HTML"` (https://core.telegram.org/bots/api#html-style).
 * Returns the plain text and its entities (offsets/lengths in UTF-16 code units), or throws a 400
 * `Bad Request: can't parse entities: <reason> at byte offset N` like Telegram does.
 *
 * Supported tags: b strong i em u ins s strike del tg-spoiler span.tg-spoiler a[href] code
 * pre (with optional inner code.language-x) blockquote[expandable] tg-emoji[emoji-id].
 * Entities: &lt; &gt; &amp; &quot; and numeric &#NNN; / &#xHH;. Stricter than Telegram in one
 * way, on purpose: a bare `&` that does not start one of those entities is an error (Telegram
 * leaves it as text), so escaping bugs fail tests.
 */
import type { MessageEntity } from "grammy/types";
import { badRequest, type TelegramApiError } from "./errors.js";

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

interface OpenTag {
  tag: string;
  start: number;
  bytePos: number;
  kind?: "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "code" | "pre";
  kindExtra?:
    | { type: "text_link"; url: string }
    | { type: "custom_emoji"; custom_emoji_id: string }
    | { type: "blockquote" | "expandable_blockquote" };
  language?: string;
  insidePre?: boolean;
}

const SIMPLE: Record<string, OpenTag["kind"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  pre: "pre",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function parseError(input: string, pos: number, reason: string): TelegramApiError {
  const offset = Buffer.byteLength(input.slice(0, pos), "utf8");
  return badRequest(`can't parse entities: ${reason} at byte offset ${offset}`);
}

/** Decodes the entity starting at `input[pos] === "&"`; returns [decoded, length] or undefined. */
function decodeEntity(input: string, pos: number): [string, number] | undefined {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(
    input.slice(pos, pos + 12),
  );
  if (!m) return undefined;
  if (m[3] !== undefined) {
    const named = NAMED_ENTITIES[m[3]];
    return named === undefined ? undefined : [named, m[0].length];
  }
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] ?? "", 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return [String.fromCodePoint(code), m[0].length];
}

/** Decodes entities inside an attribute value (lenient: a bare `&` stays as is). */
function decodeAttribute(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; ) {
    if (value[i] === "&") {
      const d = decodeEntity(value, i);
      if (d) {
        out += d[0];
        i += d[1];
        continue;
      }
    }
    out += value[i];
    i++;
  }
  return out;
}

/** Parses `name="v" name='v' name=v name` attributes of a start tag body. */
function parseAttributes(body: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const name = m[1]?.toLowerCase() ?? "";
    attrs.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

export function parseHtml(input: string): ParsedText {
  let text = "";
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "&") {
      const d = decodeEntity(input, i);
      if (!d) throw parseError(input, i, 'character "&" must be escaped as "&amp;"');
      text += d[0];
      i += d[1];
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i++;
      continue;
    }
    const begin = i;
    const close = input.indexOf(">", i);
    if (input[i + 1] === "/") {
      if (close < 0) throw parseError(input, begin, "Unclosed end tag");
      const name = input
        .slice(i + 2, close)
        .trim()
        .toLowerCase();
      const open = stack.pop();
      if (!open) throw parseError(input, begin, "Unexpected end tag");
      if (open.tag !== name) {
        throw parseError(
          input,
          begin,
          `Unmatched end tag, expected "</${open.tag}>", found "</${name}>"`,
        );
      }
      closeTag(open, text.length, entities);
      i = close + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(input.slice(i + 1));
    const name = (nameMatch?.[0] ?? "").toLowerCase();
    if (close < 0 && name !== "") throw parseError(input, begin, "Unclosed start tag");
    const known = name in SIMPLE || ["a", "span", "code", "blockquote", "tg-emoji"].includes(name);
    if (!known) throw parseError(input, begin, `Unsupported start tag "${name}"`);
    const attrs = parseAttributes(input.slice(i + 1 + name.length, close));
    const open: OpenTag = { tag: name, start: text.length, bytePos: begin };
    const parent = stack[stack.length - 1];
    if (name === "span") {
      if (attrs.get("class") !== "tg-spoiler") {
        throw parseError(input, begin, 'Tag "span" must have class "tg-spoiler"');
      }
      open.kind = "spoiler";
    } else if (name === "a") {
      const href = attrs.get("href");
      if (href) open.kindExtra = { type: "text_link", url: href };
    } else if (name === "code") {
      if (parent?.tag === "pre") {
        open.insidePre = true;
        const lang = /^language-(.+)$/.exec(attrs.get("class") ?? "");
        if (lang?.[1]) parent.language = lang[1];
      } else {
        open.kind = "code";
      }
    } else if (name === "blockquote") {
      open.kindExtra = { type: attrs.has("expandable") ? "expandable_blockquote" : "blockquote" };
    } else if (name === "tg-emoji") {
      const id = attrs.get("emoji-id");
      if (!id) throw parseError(input, begin, "Custom emoji identifier must be non-empty");
      open.kindExtra = { type: "custom_emoji", custom_emoji_id: id };
    } else {
      open.kind = SIMPLE[name];
    }
    stack.push(open);
    i = close + 1;
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    throw parseError(
      input,
      unclosed.bytePos,
      `Can't find end tag corresponding to start tag "${unclosed.tag}"`,
    );
  }
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function closeTag(open: OpenTag, end: number, entities: MessageEntity[]): void {
  const offset = open.start;
  const length = end - offset;
  if (length <= 0 || open.insidePre) return;
  if (open.kind === "pre") {
    entities.push(
      open.language
        ? { type: "pre", offset, length, language: open.language }
        : { type: "pre", offset, length },
    );
  } else if (open.kind) {
    entities.push({ type: open.kind, offset, length });
  } else if (open.kindExtra) {
    entities.push({ ...open.kindExtra, offset, length } as MessageEntity);
  }
}
