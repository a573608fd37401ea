/**
 * One-time login codes for the admin panel, delivered by the bot to the admin's linked Telegram.
 *
 * Rules: 6 digits (domain/codes.ts), stored as HMAC(pepper) only, valid 5 minutes, single use,
 * at most 5 attempts. Issuing a new code retires the previous unused ones (only the newest code
 * works). At most one code per admin per minute (`rate-limited`), so the login form cannot be
 * used to flood someone's Telegram. A code that could not be delivered is deleted.
 */

import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { admins, loginCodes } from "../db/schema.js";
import {
  classifyLoginCode,
  generateLoginCode,
  hashCode,
  LOGIN_CODE_MAX_ATTEMPTS,
  LOGIN_CODE_TTL_MINUTES,
  loginCodeExpiresAt,
  verifyCodeHash,
} from "../domain/codes.js";
import type { Translations } from "../i18n/index.js";
import type { Outbox } from "../telegram/outbox.js";

/** Minimum spacing of two codes for one admin. */
export const LOGIN_CODE_RESEND_SECONDS = 60;

export interface LoginCodeDeps {
  db: Db;
  pepper: string;
  now: () => Date;
}

export interface SendLoginCodeDeps extends LoginCodeDeps {
  outbox: Outbox;
  i18n: Translations;
}

export type SendLoginCodeResult =
  | { ok: true; code: string }
  | { ok: false; reason: "no-telegram" | "unreachable" | "rate-limited" | "send-failed" };

export type VerifyLoginCodeResult =
  | "ok"
  | "wrong"
  | "expired"
  | "used"
  | "too-many-attempts"
  | "none";

/** After a 403 on an admin's chat: the panel shows it and login codes stop being sent. */
export async function markAdminUnreachable(db: Db, telegramId: number): Promise<void> {
  await db.update(admins).set({ reachable: false }).where(eq(admins.telegramId, telegramId));
}

export async function sendLoginCode(
  deps: SendLoginCodeDeps,
  adminId: number,
): Promise<SendLoginCodeResult> {
  const { db } = deps;
  const now = deps.now();
  const [admin] = await db.select().from(admins).where(eq(admins.id, adminId));
  if (!admin || admin.archivedAt || admin.telegramId == null)
    return { ok: false, reason: "no-telegram" };
  if (!admin.reachable) return { ok: false, reason: "unreachable" };

  const since = new Date(now.getTime() - LOGIN_CODE_RESEND_SECONDS * 1000);
  const code = generateLoginCode();
  // Check, retire and insert under a lock on the admin's row: two requests at once (a double
  // click, two instances) must not both pass the rate limit and send two codes.
  const rowId = await db.transaction(async (tx) => {
    await tx.select({ id: admins.id }).from(admins).where(eq(admins.id, adminId)).for("update");
    const [recent] = await tx
      .select({ id: loginCodes.id })
      .from(loginCodes)
      .where(and(eq(loginCodes.adminId, adminId), gt(loginCodes.createdAt, since)))
      .limit(1);
    if (recent) return null;
    // only the newest code works: retire the unused ones
    await tx
      .update(loginCodes)
      .set({ expiresAt: now })
      .where(
        and(
          eq(loginCodes.adminId, adminId),
          isNull(loginCodes.usedAt),
          gt(loginCodes.expiresAt, now),
        ),
      );
    const [row] = await tx
      .insert(loginCodes)
      .values({
        adminId,
        codeHash: hashCode(code, deps.pepper),
        expiresAt: loginCodeExpiresAt(now),
        createdAt: now,
      })
      .returning({ id: loginCodes.id });
    if (!row) throw new Error("login code insert returned nothing");
    return row.id;
  });
  if (rowId === null) return { ok: false, reason: "rate-limited" };

  const text = deps.i18n.t(admin.locale, "login-code", {
    code,
    minutes: LOGIN_CODE_TTL_MINUTES,
  });
  const sent = await deps.outbox.send({ chatId: admin.telegramId, text, parseMode: "HTML" });
  if (!sent.ok) {
    await db.delete(loginCodes).where(eq(loginCodes.id, rowId));
    return { ok: false, reason: sent.reason === "blocked" ? "unreachable" : "send-failed" };
  }
  return { ok: true, code };
}

export async function verifyLoginCode(
  deps: LoginCodeDeps,
  adminId: number,
  code: string,
): Promise<VerifyLoginCodeResult> {
  const { db } = deps;
  const now = deps.now();
  const [row] = await db
    .select()
    .from(loginCodes)
    .where(eq(loginCodes.adminId, adminId))
    .orderBy(desc(loginCodes.id))
    .limit(1);
  if (!row) return "none";
  const state = classifyLoginCode(row, now);
  if (state === "used") return "used";
  if (state === "exhausted") return "too-many-attempts";
  if (state === "expired") return "expired";

  const digits = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(digits) && verifyCodeHash(digits, row.codeHash, deps.pepper)) {
    // single use even when two requests race: only one update matches usedAt is null
    const won = await db
      .update(loginCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(loginCodes.id, row.id),
          isNull(loginCodes.usedAt),
          sql`${loginCodes.attempts} < ${LOGIN_CODE_MAX_ATTEMPTS}`,
        ),
      )
      .returning({ id: loginCodes.id });
    return won.length > 0 ? "ok" : "used";
  }
  const bumped = await db
    .update(loginCodes)
    .set({ attempts: sql`${loginCodes.attempts} + 1` })
    .where(and(eq(loginCodes.id, row.id), sql`${loginCodes.attempts} < ${LOGIN_CODE_MAX_ATTEMPTS}`))
    .returning({ attempts: loginCodes.attempts });
  return bumped.length > 0 ? "wrong" : "too-many-attempts";
}
