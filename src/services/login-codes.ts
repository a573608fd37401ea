/**
 * Logging in to the admin panel with a one-time code delivered by the bot to the admin's
 * linked Telegram.
 *
 * Rules:
 * - Every "send me a code" opens a login attempt named by an opaque random token (only its
 *   SHA-256 is stored) that the requester's form carries, bound to the requester (the login
 *   cookie of their browser). The code belongs to that attempt: 6 digits (domain/codes.ts),
 *   stored as HMAC(pepper), valid 5 minutes, single use, at most 5 wrong tries. Wrong tries by
 *   someone else spend their own attempt, never the admin's: nobody can lock an admin out.
 * - Unknown names, admins without Telegram and codes that could not be delivered open an
 *   attempt too (without a code): the answer, and what follows, is the same for every name.
 * - One code per requester and name per minute ("wait a minute"); the requester's previous
 *   attempt for that name is retired (only the newest code works).
 * - Code requests and verifications count against the client address's budget (10 per
 *   5 minutes), kept in PostgreSQL so every instance shares it.
 */
import { createHash, randomBytes } from "node:crypto";
import type { AdminRow } from "../db/repositories/admins.js";
import { audit } from "../db/repositories/audit.js";
import { adminNameKey } from "../domain/admins.js";
import {
  classifyLoginCode,
  generateLoginCode,
  hashCode,
  loginCodeExpiresAt,
  verifyCodeHash,
} from "../domain/codes.js";
import type { Notifications } from "../notifications/index.js";
import type { CoreDeps } from "./deps.js";

/** Minimum spacing of two codes for one requester and name. */
export const LOGIN_CODE_RESEND_SECONDS = 60;
/** Login requests (codes asked + codes typed) per client address and window. */
export const LOGIN_BUDGET = 10;
export const LOGIN_BUDGET_WINDOW_MS = 5 * 60_000;

export interface SendLoginCodeDeps extends CoreDeps {
  notifications: Pick<Notifications, "loginCode">;
}

/** Why no code went out (for the server log only: the page never says). */
export type NoCodeReason = "unknown" | "no-telegram" | "unreachable" | "send-failed";

export type RequestLoginCodeResult =
  | { ok: true; token: string; sent: { adminId: number; code: string } | { reason: NoCodeReason } }
  | { ok: false; reason: "wait" };

export type VerifyLoginCodeResult =
  | { verdict: "ok"; adminId: number }
  | { verdict: "wrong" | "expired" | "used" | "too-many-attempts" | "none" };

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Counts one login request of the client; false when its budget is spent. */
export async function takeLoginBudget(deps: CoreDeps, client: string): Promise<boolean> {
  const now = deps.now();
  const hits = await deps.repos.rateLimits.hit(`login:${client}`, now, LOGIN_BUDGET_WINDOW_MS);
  if (hits === 1) await deps.repos.rateLimits.purge(new Date(now.getTime() - 24 * 3600_000));
  return hits <= LOGIN_BUDGET;
}

/**
 * Opens a login attempt for what was typed (a name or a Telegram id) and sends the code when
 * it names an active admin the bot can reach. `prepare` may adjust the admin first (the
 * simulator gives one without Telegram a simulated account).
 */
export async function requestLoginCode(
  deps: SendLoginCodeDeps,
  req: { login: string; requester: string },
  prepare?: (admin: AdminRow) => Promise<AdminRow>,
): Promise<RequestLoginCodeResult> {
  const { repos } = deps;
  const now = deps.now();
  let admin = await repos.admins.findForLogin(req.login);
  if (admin && prepare) admin = await prepare(admin);
  const reason: NoCodeReason | null = !admin
    ? "unknown"
    : admin.telegramId == null
      ? "no-telegram"
      : !admin.reachable
        ? "unreachable"
        : null;
  const code = reason ? null : generateLoginCode();
  const token = randomBytes(32).toString("base64url");
  const id = await repos.loginCodes.open({
    tokenHash: sha256(token),
    adminId: admin?.id ?? null,
    codeHash: code ? hashCode(code, deps.pepper) : null,
    requester: req.requester,
    loginKey: adminNameKey(req.login),
    expiresAt: loginCodeExpiresAt(now),
    now,
    since: new Date(now.getTime() - LOGIN_CODE_RESEND_SECONDS * 1000),
  });
  if (id === null) return { ok: false, reason: "wait" };
  await repos.loginCodes.purgeExpired(new Date(now.getTime() - 24 * 3600_000));
  if (!admin || !code || reason) return { ok: true, token, sent: { reason: reason ?? "unknown" } };

  const d = await deps.notifications.loginCode(
    { telegramId: Number(admin.telegramId), locale: admin.locale },
    code,
  );
  if (d !== "sent") {
    await repos.loginCodes.forgetCode(id);
    return { ok: true, token, sent: { reason: d === "blocked" ? "unreachable" : "send-failed" } };
  }
  return { ok: true, token, sent: { adminId: admin.id, code } };
}

/** Checks a code typed into the attempt's form (token) by the requester who opened it. */
export async function verifyLoginCode(
  deps: CoreDeps,
  req: { token: string; requester: string; code: string },
): Promise<VerifyLoginCodeResult> {
  const { repos } = deps;
  const now = deps.now();
  const row = await repos.loginCodes.byToken(sha256(req.token), req.requester);
  if (!row) return { verdict: "none" };
  const state = classifyLoginCode(row, now);
  if (state === "used") return { verdict: "used" };
  if (state === "exhausted") return { verdict: "too-many-attempts" };
  if (state === "expired") return { verdict: "expired" };

  const digits = req.code.replace(/\s+/g, "");
  const right =
    row.codeHash != null &&
    row.adminId != null &&
    /^\d{6}$/.test(digits) &&
    verifyCodeHash(digits, row.codeHash, deps.pepper);
  if (right && row.adminId != null) {
    if (!(await repos.loginCodes.consume(row.id, now))) return { verdict: "used" };
    // deactivated since the code was sent: the code is dead
    const admin = await repos.admins.byId(row.adminId);
    return admin && !admin.archivedAt
      ? { verdict: "ok", adminId: admin.id }
      : { verdict: "expired" };
  }
  return (await repos.loginCodes.countWrongAttempt(row.id))
    ? { verdict: "wrong" }
    : { verdict: "too-many-attempts" };
}

/**
 * The whole login: a right code opens a session (audited). Returns the session's cookie id
 * and CSRF token, or the verdict to show.
 */
export async function logInWithCode(
  deps: CoreDeps,
  req: { token: string; requester: string; code: string },
): Promise<
  | { ok: true; adminId: number; session: { id: string; csrfToken: string } }
  | { ok: false; verdict: Exclude<VerifyLoginCodeResult["verdict"], "ok"> }
> {
  const v = await verifyLoginCode(deps, req);
  if (v.verdict !== "ok") return { ok: false, verdict: v.verdict };
  const session = await deps.repos.sessions.create(v.adminId, deps.now());
  await audit(deps.db, {
    actor: `admin:${v.adminId}`,
    action: "login",
    entity: "admin",
    entityId: v.adminId,
  });
  return { ok: true, adminId: v.adminId, session };
}
