/** Small helpers shared by the admin routes. */
import type { Context } from "hono";
import { z } from "zod";
import type { Locale } from "../src/domain/vocabulary.js";
import { formatDateTime } from "../src/i18n/format.js";
import { errorPage } from "./components/layout.js";
import type { AdminDeps, AdminEnv } from "./context.js";

export function botUsername(a: AdminDeps): string {
  return a.botUsername();
}

/** Dependencies of the login-code and invite services (src/services/). */
export function accessDeps(a: AdminDeps) {
  return { ...a.deps, notifications: a.notifications, botUsername: botUsername(a) };
}

/** An instant in the UI's language on the configured clock (TZ, Asia/Almaty by default). */
export function fmtDateTime(c: Context<AdminEnv>, d: Date | null | undefined): string {
  return d ? formatDateTime(d, c.get("locale"), c.get("a").deps.tz) : "—";
}

/** The name of a row in the UI's language. */
export function nameOf(row: { nameKk: string; nameRu: string }, locale: Locale): string {
  return locale === "kk" ? row.nameKk : row.nameRu;
}

/** Rows sorted by the name shown in the UI's language (that language's collation): dropdowns. */
export function byShownName<T extends { nameKk: string; nameRu: string }>(
  rows: readonly T[],
  locale: Locale,
): T[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => collator.compare(nameOf(a, locale), nameOf(b, locale)));
}

/** Options sorted by their label in the UI's language. */
export function byLabel<T extends { label: string }>(options: readonly T[], locale: Locale): T[] {
  const collator = new Intl.Collator(locale);
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}

export const IdParam = z.coerce.number().int().positive().max(2_147_483_647);

export function notFound(c: Context<AdminEnv>) {
  return errorPage(c, 404, c.get("t")("admin-not-found"));
}

const LOCAL_BASE = "http://local.invalid";

/**
 * A safe local redirect target ("/x", never "//host", "/\\host" or "/\t/host":
 * the path is resolved the way a browser would, which drops tabs and newlines
 * and reads backslashes as slashes).
 */
export function localPath(p: string | undefined, fallback = "/"): string {
  if (!p?.startsWith("/")) return fallback;
  try {
    const u = new URL(p, LOCAL_BASE);
    return u.origin === LOCAL_BASE ? u.pathname + u.search + u.hash : fallback;
  } catch {
    return fallback;
  }
}

export function redirectOk(c: Context<AdminEnv>, path: string, key: string) {
  const sep = path.includes("?") ? "&" : "?";
  return c.redirect(`${path}${sep}ok=${key}`, 303);
}

/** A Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266/8187). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\w.-]+/g, "_");
  const utf8 = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file download response. */
export function download(c: Context<AdminEnv>, bytes: Uint8Array, name: string, type: string) {
  c.header("content-type", type);
  c.header("content-disposition", attachment(name));
  c.header("x-content-type-options", "nosniff");
  return c.body(arrayBuffer(bytes));
}

/** A file download written as it is produced (no length known in advance). */
export function downloadStream(
  c: Context<AdminEnv>,
  body: ReadableStream<Uint8Array>,
  name: string,
  type: string,
) {
  c.header("content-type", type);
  c.header("content-disposition", attachment(name));
  c.header("x-content-type-options", "nosniff");
  return c.body(body);
}

/** Bytes as a fresh ArrayBuffer (what c.body() wants). */
function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
