/**
 * Validates Bot API call parameters against `../bot-api-methods.json` (derived from the official
 * spec by scripts/compact-bot-api-spec.ts) and coerces them to their declared types:
 * Integer, Float, String, Boolean, `Array of X`, InputFile, and object types (an object, or a
 * JSON-serialized string of one). Form/query strings are coerced ("42", "true", JSON text); JSON
 * bodies must carry native types. Inline keyboards, reply markups, bot commands and message
 * entities are checked deeply. Unknown parameter names are rejected when `strict` (the default in
 * FakeBotApi), although real Telegram ignores them, so typos fail tests.
 */
import methodsJson from "../bot-api-methods.json" with { type: "json" };
import type { ParsedBody, UploadedPart } from "./body.js";
import { badRequest } from "./errors.js";

export interface FieldSpec {
  name: string;
  types: string[];
  required: boolean;
}

const METHODS = (methodsJson as { methods: Record<string, FieldSpec[]> }).methods;
const BY_LOWER = new Map(Object.keys(METHODS).map((m) => [m.toLowerCase(), m]));

/** Bot API method names are case-insensitive; returns the canonical name or undefined. */
export function canonicalMethod(name: string): string | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

export function methodFields(method: string): FieldSpec[] {
  return METHODS[method] ?? [];
}

/** An InputFile parameter: a multipart upload, or a file_id / URL string. */
export type FileParam = { kind: "upload"; part: UploadedPart } | { kind: "ref"; value: string };

export function isFileParam(v: unknown): v is FileParam {
  return (
    typeof v === "object" && v !== null && "kind" in v && (v.kind === "upload" || v.kind === "ref")
  );
}

class Mismatch extends Error {}

export function validateParams(
  method: string,
  body: ParsedBody,
  strict: boolean,
): Record<string, unknown> {
  const fields = methodFields(method);
  const known = new Set(fields.map((f) => f.name));
  if (strict) {
    for (const key of Object.keys(body.fields)) {
      if (!known.has(key)) {
        throw badRequest(
          `unknown parameter "${key}" for method ${method} (the fake Telegram rejects unknown parameters; real Telegram would ignore it)`,
        );
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    let value = body.fields[field.name];
    if (value === undefined && field.types.includes("InputFile") && body.files.has(field.name)) {
      value = `attach://${field.name}`;
    }
    if (value === undefined) {
      if (field.required) throw badRequest(`${field.name} is required`);
      continue;
    }
    const form = body.formKeys.has(field.name);
    let coerced: unknown;
    let matched = false;
    for (const type of field.types) {
      try {
        coerced = coerce(value, type, form, body);
        matched = true;
        break;
      } catch (e) {
        if (!(e instanceof Mismatch)) throw e;
      }
    }
    if (!matched) {
      throw badRequest(
        `parameter "${field.name}" must be of type ${field.types.join(" or ")}, got ${describe(value)}`,
      );
    }
    deepCheck(field, coerced);
    out[field.name] = coerced;
  }
  return out;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string")
    return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

function parseJsonString(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    throw new Mismatch();
  }
}

function coerce(value: unknown, type: string, form: boolean, body: ParsedBody): unknown {
  if (type.startsWith("Array of ")) {
    const inner = type.slice("Array of ".length);
    const arr = typeof value === "string" ? parseJsonString(value) : value;
    if (!Array.isArray(arr)) throw new Mismatch();
    return arr.map((el) => coerce(el, inner, false, body));
  }
  switch (type) {
    case "Integer":
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      if (form && typeof value === "string" && /^-?\d{1,16}$/.test(value)) return Number(value);
      throw new Mismatch();
    case "Float":
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (
        form &&
        typeof value === "string" &&
        value.trim() !== "" &&
        Number.isFinite(Number(value))
      )
        return Number(value);
      throw new Mismatch();
    case "String":
      if (typeof value === "string") return value;
      throw new Mismatch();
    case "Boolean":
      if (typeof value === "boolean") return value;
      if (form && (value === "true" || value === "false")) return value === "true";
      throw new Mismatch();
    case "InputFile": {
      if (typeof value !== "string" || !value.startsWith("attach://")) throw new Mismatch();
      const part = body.files.get(value.slice("attach://".length));
      if (!part) throw badRequest(`file ${value} is missing from the multipart body`);
      return { kind: "upload", part } satisfies FileParam;
    }
    default: {
      // an object type (InlineKeyboardMarkup, ReplyParameters, BotCommand, ...)
      const obj = typeof value === "string" ? parseJsonString(value) : value;
      if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw new Mismatch();
      return obj;
    }
  }
}

function deepCheck(field: FieldSpec, value: unknown): void {
  const types = field.types.join("|");
  if (types === "InputFile|String" && typeof value === "string") return;
  if (types === "InlineKeyboardMarkup") validateInlineKeyboard(value);
  else if (types.startsWith("InlineKeyboardMarkup|")) validateReplyMarkup(value);
  else if (types === "Array of BotCommand") validateBotCommands(value as unknown[]);
  else if (types === "Array of MessageEntity") validateEntities(value as unknown[]);
  else if (types === "ReplyParameters") {
    const mid = (value as { message_id?: unknown }).message_id;
    if (typeof mid !== "number" || !Number.isInteger(mid)) {
      throw badRequest("reply_parameters.message_id must be an Integer");
    }
  }
}

const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

export function validateInlineKeyboard(markup: unknown): void {
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest("inline_keyboard must be an Array of Array of InlineKeyboardButton");
  }
  let count = 0;
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      count++;
      if (typeof button !== "object" || button === null || Array.isArray(button)) {
        throw badRequest(
          "can't parse inline keyboard button: InlineKeyboardButton must be an Object",
        );
      }
      const b = button as Record<string, unknown>;
      if (typeof b.text !== "string") {
        throw badRequest(
          'can\'t parse inline keyboard button: Field "text" must be of type String',
        );
      }
      if (b.text.trim() === "") throw badRequest("BUTTON_TEXT_EMPTY");
      const actions = BUTTON_ACTIONS.filter((a) => b[a] !== undefined);
      if (actions.length === 0)
        throw badRequest("text buttons are unallowed in the inline keyboard");
      if (actions.length > 1) {
        throw badRequest(
          `inline keyboard button must have exactly one action field, got ${actions.join(", ")}`,
        );
      }
      if (b.callback_data !== undefined) {
        const data = b.callback_data;
        const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
        if (bytes < 1 || bytes > 64) throw badRequest("BUTTON_DATA_INVALID");
      }
      if (b.url !== undefined && !isButtonUrl(b.url)) throw badRequest("BUTTON_URL_INVALID");
    }
  }
  if (count > 100) throw badRequest("REPLY_MARKUP_TOO_LONG");
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function validateReplyMarkup(markup: unknown): void {
  const m = markup as Record<string, unknown>;
  if ("inline_keyboard" in m) {
    validateInlineKeyboard(m);
    return;
  }
  if ("keyboard" in m) {
    const rows = m.keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      throw badRequest("keyboard must be an Array of Array of KeyboardButton");
    }
    for (const row of rows as unknown[][]) {
      for (const b of row) {
        const text = typeof b === "string" ? b : (b as { text?: unknown } | null)?.text;
        if (typeof text !== "string" || text === "") {
          throw badRequest('can\'t parse keyboard button: Field "text" must be a non-empty String');
        }
      }
    }
    return;
  }
  if (m.remove_keyboard === true || m.force_reply === true) return;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function validateBotCommands(commands: unknown[]): void {
  if (commands.length > 100) throw badRequest("too many commands (at most 100)");
  for (const c of commands) {
    const { command, description } = c as { command?: unknown; description?: unknown };
    if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command)) {
      throw badRequest("BOT_COMMAND_INVALID");
    }
    if (typeof description !== "string" || description.length < 1 || description.length > 256) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
  }
}

function validateEntities(entities: unknown[]): void {
  for (const e of entities) {
    const { type, offset, length } = e as { type?: unknown; offset?: unknown; length?: unknown };
    if (typeof type !== "string" || !Number.isInteger(offset) || !Number.isInteger(length)) {
      throw badRequest("can't parse entities: MessageEntity needs type, offset and length");
    }
  }
}
