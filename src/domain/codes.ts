/**
 * One-time codes: invite codes (link a Telegram account to an official) and login codes
 * (one-time password for the admin panel). Pure apart from `node:crypto` randomness/HMAC.
 *
 * Rules decided here:
 * 1. Invite codes use the unambiguous alphabet "ABCDEFGHJKMNPQRSTUVWXYZ23456789" (31 symbols: no
 *    0/O, 1/I/L), 10 symbols by default (~49.5 bits), each symbol drawn with `crypto.randomInt`
 *    (uniform, no modulo bias). `generateInviteCode` returns the canonical form (no separators);
 *    `formatInviteCode` groups it for display: "ABCD-EFGH-JK".
 * 2. Input normalisation (`normalizeCode`): trim, drop spaces / dashes / underscores / dots
 *    (incl. Unicode dashes and NBSP), uppercase, map Cyrillic lookalikes typed on a Russian
 *    keyboard (А В Е К М Н Р С Т Х, and lowercase) to Latin. Anything still outside the alphabet
 *    (e.g. O — also Cyrillic О — 0, 1, I, L) makes the input invalid → null. No guessing of
 *    O→0 etc.: there is no 0 in the alphabet, so a typed O/0 is simply a wrong code.
 * 3. Login codes: 6 decimal digits, uniform over 000000–999999 (`randomInt(0, 10^6)`).
 * 4. Codes are stored only as HMAC-SHA256(pepper, canonical code) in hex, so a DB leak without
 *    the server-side pepper reveals nothing; `hashCode` canonicalises (separators, case,
 *    Cyrillic lookalikes) but does not validate, so it works for digits too. Verification is
 *    constant-time (`timingSafeEqual`). An empty pepper is rejected.
 * 5. Lifetimes/limits: invite valid 14 days; login code valid 5 minutes, at most 5 attempts;
 *    at most 5 wrong invite attempts per rolling hour, then a 60-minute lockout.
 * 6. `classifyInvite` precedence: revoked > used > expired > ok; expired when now ≥ expiresAt.
 * 7. `isLockedOut(failures, now)`: locked while now < f + 60 min for some failure f that is the
 *    5th of 5 failures lying within less than one hour (f − first < 60 min). Failures after
 *    `now` are ignored. Thus 5 failures in 10 minutes lock for an hour from the 5th; 5 failures
 *    spread over two hours never lock.
 */
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const INVITE_CODE_LENGTH = 10;
export const LOGIN_CODE_LENGTH = 6;

export const INVITE_TTL_DAYS = 14;
export const LOGIN_CODE_TTL_MINUTES = 5;
export const LOGIN_CODE_MAX_ATTEMPTS = 5;
/** Wrong invite codes allowed per rolling hour before lockout. */
export const WRONG_INVITE_LIMIT = 5;
export const WRONG_INVITE_WINDOW_MINUTES = 60;
export const LOCKOUT_MINUTES = 60;

const MINUTE_MS = 60_000;
const ALPHABET_SET = new Set(CODE_ALPHABET);

/** Cyrillic letters that look like Latin ones on a Russian keyboard (upper case). */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
};

const SEPARATORS = /[\s\-_.\u2010-\u2015\u2212]+/g;

/** A fresh invite code in canonical form (no separators). */
export function generateInviteCode(length: number = INVITE_CODE_LENGTH): string {
  if (!Number.isInteger(length) || length < 4 || length > 64) {
    throw new RangeError(`Invite code length must be 4–64, got ${length}`);
  }
  let out = "";
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** Groups a code for display: "ABCDEFGHJK" → "ABCD-EFGH-JK". */
export function formatInviteCode(code: string, groupSize = 4): string {
  const canonical = canonicalizeCode(code);
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += groupSize) {
    groups.push(canonical.slice(i, i + groupSize));
  }
  return groups.join("-");
}

/** Lenient canonical form: no separators, upper case, Cyrillic lookalikes → Latin. */
export function canonicalizeCode(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFKC").replace(SEPARATORS, "").toUpperCase()) {
    out += CYRILLIC_LOOKALIKES[ch] ?? ch;
  }
  return out;
}

/**
 * Canonical invite code from user input, or null if it contains characters outside the
 * alphabet, is empty, or (when given) has the wrong length.
 */
export function normalizeCode(input: string, expectedLength?: number): string | null {
  const c = canonicalizeCode(input);
  if (c.length === 0) return null;
  if (expectedLength !== undefined && c.length !== expectedLength) return null;
  for (const ch of c) if (!ALPHABET_SET.has(ch)) return null;
  return c;
}

/** A fresh 6-digit login code, uniform over 000000–999999. */
export function generateLoginCode(): string {
  return String(randomInt(0, 10 ** LOGIN_CODE_LENGTH)).padStart(LOGIN_CODE_LENGTH, "0");
}

/** HMAC-SHA256 (hex) of the canonical code, keyed with the server-side pepper. */
export function hashCode(code: string, pepper: string): string {
  if (!pepper) throw new Error("hashCode: pepper must be a non-empty secret");
  return createHmac("sha256", pepper).update(canonicalizeCode(code), "utf8").digest("hex");
}

/** Constant-time check of a code against a stored `hashCode` value. */
export function verifyCodeHash(code: string, hash: string, pepper: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(hash)) return false;
  const expected = Buffer.from(hashCode(code, pepper), "hex");
  const actual = Buffer.from(hash, "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export type InviteState = "ok" | "expired" | "used" | "revoked";

export interface InviteLike {
  expiresAt: Date;
  usedAt?: Date | null;
  revokedAt?: Date | null;
}

/** State of an invite at `now` (revoked > used > expired > ok). */
export function classifyInvite(invite: InviteLike, now: Date): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.usedAt) return "used";
  if (now.getTime() >= invite.expiresAt.getTime()) return "expired";
  return "ok";
}

/** Expiry instant of an invite issued at `issuedAt`. */
export function inviteExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + INVITE_TTL_DAYS * 24 * 60 * MINUTE_MS);
}

export type LoginCodeState = "ok" | "expired" | "used" | "exhausted";

export interface LoginCodeLike {
  expiresAt: Date;
  usedAt?: Date | null;
  /** Wrong attempts made so far against this code. */
  attempts: number;
}

/** State of a login code at `now` (used > exhausted > expired > ok). */
export function classifyLoginCode(code: LoginCodeLike, now: Date): LoginCodeState {
  if (code.usedAt) return "used";
  if (code.attempts >= LOGIN_CODE_MAX_ATTEMPTS) return "exhausted";
  if (now.getTime() >= code.expiresAt.getTime()) return "expired";
  return "ok";
}

/** Expiry instant of a login code issued at `issuedAt`. */
export function loginCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + LOGIN_CODE_TTL_MINUTES * MINUTE_MS);
}

/** End of the current lockout, or null if not locked out at `now` (see rule 7). */
export function lockedUntil(failures: readonly Date[], now: Date): Date | null {
  const t = now.getTime();
  const times = failures
    .map((f) => f.getTime())
    .filter((f) => f <= t)
    .sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = WRONG_INVITE_LIMIT - 1; i < times.length; i++) {
    const last = times[i] ?? 0;
    const first = times[i - (WRONG_INVITE_LIMIT - 1)] ?? 0;
    if (last - first < WRONG_INVITE_WINDOW_MINUTES * MINUTE_MS) {
      const end = last + LOCKOUT_MINUTES * MINUTE_MS;
      if (t < end && (until === null || end > until)) until = end;
    }
  }
  return until === null ? null : new Date(until);
}

/** True while a lockout caused by too many wrong invite codes is in force. */
export function isLockedOut(failures: readonly Date[], now: Date): boolean {
  return lockedUntil(failures, now) !== null;
}
