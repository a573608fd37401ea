/**
 * A checked import kept between the preview and the confirmation, so the preview can be
 * paged and filtered and the confirm form carries a token, not the rows. One per admin and
 * registry (a new upload replaces it), in the database's key-value table so every instance
 * sees it; removed once written.
 */
import { randomBytes } from "node:crypto";
import { botStorageAdapter } from "../../src/db/repositories/bot-storage.js";
import type { Ctx } from "../context.js";
import type { RowReport } from "./imports.js";

export interface ImportDraft<T> {
  token: string;
  encoding?: string;
  reports: RowReport<T>[];
}

function store<T>(c: Ctx) {
  return botStorageAdapter<ImportDraft<T>>(c.get("a").deps.db, "import-draft");
}

function keyOf(c: Ctx, entity: string): string {
  return `${c.get("admin")?.id ?? 0}:${entity}`;
}

export async function saveDraft<T>(
  c: Ctx,
  entity: string,
  draft: Omit<ImportDraft<T>, "token">,
): Promise<ImportDraft<T>> {
  const full = { ...draft, token: randomBytes(12).toString("base64url") };
  await store<T>(c).write(keyOf(c, entity), full);
  return full;
}

/** The admin's draft for the registry; with `token`, only if it is still that draft. */
export async function loadDraft<T>(
  c: Ctx,
  entity: string,
  token?: string,
): Promise<ImportDraft<T> | undefined> {
  const d = await store<T>(c).read(keyOf(c, entity));
  if (!d || (token !== undefined && d.token !== token)) return undefined;
  return d;
}

export async function dropDraft(c: Ctx, entity: string): Promise<void> {
  await store(c).delete(keyOf(c, entity));
}
