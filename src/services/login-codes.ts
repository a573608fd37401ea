/**
 * One-time login codes for the admin panel, delivered by the bot to the admin's linked Telegram.
 *
 * Rules: 6 digits (domain/codes.ts), stored as HMAC(pepper) only, valid 5 minutes, single use,
 * at most 5 attempts. Issuing a new code retires the previous unused ones (only the newest code
 * works). At most one code per admin per minute (`rate-limited`), so the login form cannot be
 * used to flood someone's Telegram. A code that could not be delivered is deleted.
 */
import {
  classifyLoginCode,
  generateLoginCode,
  hashCode,
  loginCodeExpiresAt,
  verifyCodeHash,
} from "../domain/codes.js";
import type { Notifications } from "../notifications/index.js";
import type { CoreDeps } from "./deps.js";

/** Minimum spacing of two codes for one admin. */
export const LOGIN_CODE_RESEND_SECONDS = 60;

export interface SendLoginCodeDeps extends CoreDeps {
  notifications: Pick<Notifications, "loginCode">;
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

export async function sendLoginCode(
  deps: SendLoginCodeDeps,
  adminId: number,
): Promise<SendLoginCodeResult> {
  const { repos } = deps;
  const now = deps.now();
  const admin = await repos.admins.byId(adminId);
  if (!admin || admin.archivedAt || admin.telegramId == null)
    return { ok: false, reason: "no-telegram" };
  if (!admin.reachable) return { ok: false, reason: "unreachable" };

  const code = generateLoginCode();
  const rowId = await repos.loginCodes.issue(adminId, {
    codeHash: hashCode(code, deps.pepper),
    expiresAt: loginCodeExpiresAt(now),
    now,
    since: new Date(now.getTime() - LOGIN_CODE_RESEND_SECONDS * 1000),
  });
  if (rowId === null) return { ok: false, reason: "rate-limited" };

  const d = await deps.notifications.loginCode(
    { telegramId: admin.telegramId, locale: admin.locale },
    code,
  );
  if (d !== "sent") {
    await repos.loginCodes.delete(rowId);
    return { ok: false, reason: d === "blocked" ? "unreachable" : "send-failed" };
  }
  return { ok: true, code };
}

export async function verifyLoginCode(
  deps: CoreDeps,
  adminId: number,
  code: string,
): Promise<VerifyLoginCodeResult> {
  const { repos } = deps;
  const now = deps.now();
  const row = await repos.loginCodes.latest(adminId);
  if (!row) return "none";
  const state = classifyLoginCode(row, now);
  if (state === "used") return "used";
  if (state === "exhausted") return "too-many-attempts";
  if (state === "expired") return "expired";

  const digits = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(digits) && verifyCodeHash(digits, row.codeHash, deps.pepper)) {
    return (await repos.loginCodes.consume(row.id, now)) ? "ok" : "used";
  }
  return (await repos.loginCodes.countWrongAttempt(row.id)) ? "wrong" : "too-many-attempts";
}
