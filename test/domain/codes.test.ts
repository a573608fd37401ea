import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  canonicalizeCode,
  classifyInvite,
  classifyLoginCode,
  formatInviteCode,
  generateInviteCode,
  generateLoginCode,
  hashCode,
  INVITE_TTL_DAYS,
  inviteExpiresAt,
  isLockedOut,
  LOCKOUT_MINUTES,
  LOGIN_CODE_MAX_ATTEMPTS,
  LOGIN_CODE_TTL_MINUTES,
  lockedUntil,
  loginCodeExpiresAt,
  normalizeCode,
  verifyCodeHash,
  WRONG_INVITE_LIMIT,
} from "../../src/domain/codes.js";

describe("codes", () => {
  it("alphabet is unambiguous", () => {
    expect(CODE_ALPHABET).toBe("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    for (const ch of "0O1IL") expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it("invite codes: length, alphabet, uniqueness over 10k samples, rough uniformity", () => {
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const c = generateInviteCode();
      expect(c).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/);
      seen.add(c);
      for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(10_000);
    expect(counts.size).toBe(CODE_ALPHABET.length);
    const expected = 100_000 / CODE_ALPHABET.length; // ≈ 3226 per symbol
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(expected * 0.85);
      expect(n).toBeLessThan(expected * 1.15);
    }
    expect(generateInviteCode(12)).toHaveLength(12);
    expect(() => generateInviteCode(2)).toThrow(RangeError);
  });

  it("formats for display and normalises input", () => {
    expect(formatInviteCode("ABCDEFGHJK")).toBe("ABCD-EFGH-JK");
    expect(normalizeCode("abcd-efgh jk")).toBe("ABCDEFGHJK");
    expect(normalizeCode("  ABCD–EFGH—JK \n")).toBe("ABCDEFGHJK"); // en/em dashes
    expect(normalizeCode(formatInviteCode("ABCDEFGHJK"))).toBe("ABCDEFGHJK");
    // Cyrillic А В Е К М Н Р С Т Х (upper and lower) typed on a Russian keyboard
    expect(normalizeCode("АВЕК-МНРС ТХ")).toBe("ABEKMHPCTX");
    expect(normalizeCode("авек-мнрс тх")).toBe("ABEKMHPCTX");
    expect(normalizeCode("АBCD-ЕFGH-JК", 10)).toBe("ABCDEFGHJK"); // mixed scripts
    // characters outside the alphabet → null (no guessing)
    expect(normalizeCode("ABCD-EFGH-JO")).toBeNull(); // Latin O
    expect(normalizeCode("ABCD-EFGH-JО")).toBeNull(); // Cyrillic О
    expect(normalizeCode("ABCD-EFGH-J0")).toBeNull();
    expect(normalizeCode("ABCD-EFGH-J1")).toBeNull();
    expect(normalizeCode("ABCD-EFGH-JL")).toBeNull();
    expect(normalizeCode("ABCD-EFGH-JЖ")).toBeNull();
    expect(normalizeCode(" - ")).toBeNull();
    expect(normalizeCode("ABCD-EFGH", 10)).toBeNull();
  });

  it("login codes: 6 digits, uniform over 000000–999999", () => {
    const firstDigit = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const c = generateLoginCode();
      expect(c).toMatch(/^\d{6}$/);
      firstDigit[Number(c[0])] = (firstDigit[Number(c[0])] ?? 0) + 1;
    }
    for (const n of firstDigit) {
      expect(n).toBeGreaterThan(800); // leading zeros are kept
      expect(n).toBeLessThan(1200);
    }
  });

  it("hashes with a pepper and verifies in constant time", () => {
    const pepper = "server-side-pepper-for-tests";
    const h = hashCode("ABCDEFGHJK", pepper);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode("abcd-efgh jk", pepper)).toBe(h);
    expect(hashCode("АВСD-ЕFGH-JК", pepper)).toBe(h); // Cyrillic lookalikes
    expect(hashCode("ABCDEFGHJK", "another-pepper")).not.toBe(h);
    expect(verifyCodeHash("abcd-efgh-jk", h, pepper)).toBe(true);
    expect(verifyCodeHash("ABCDEFGHJM", h, pepper)).toBe(false);
    expect(verifyCodeHash("ABCDEFGHJK", h, "another-pepper")).toBe(false);
    expect(verifyCodeHash("ABCDEFGHJK", h.toUpperCase(), pepper)).toBe(true);
    expect(verifyCodeHash("ABCDEFGHJK", h.slice(0, 63), pepper)).toBe(false);
    expect(verifyCodeHash("ABCDEFGHJK", "not-a-hash", pepper)).toBe(false);
    const login = "012345";
    expect(verifyCodeHash(login, hashCode(login, pepper), pepper)).toBe(true);
    expect(verifyCodeHash("012346", hashCode(login, pepper), pepper)).toBe(false);
    expect(() => hashCode("ABCDEFGHJK", "")).toThrow();
  });

  it("classifyInvite covers every state", () => {
    const issued = new Date("2026-04-01T05:00:00Z");
    const expiresAt = inviteExpiresAt(issued);
    expect(expiresAt.toISOString()).toBe("2026-04-15T05:00:00.000Z");
    expect(INVITE_TTL_DAYS).toBe(14);
    const before = new Date("2026-04-15T04:59:59Z");
    expect(classifyInvite({ expiresAt }, before)).toBe("ok");
    expect(classifyInvite({ expiresAt, usedAt: null, revokedAt: null }, before)).toBe("ok");
    expect(classifyInvite({ expiresAt }, expiresAt)).toBe("expired");
    expect(classifyInvite({ expiresAt, usedAt: issued }, before)).toBe("used");
    expect(classifyInvite({ expiresAt, revokedAt: issued }, before)).toBe("revoked");
    expect(classifyInvite({ expiresAt, usedAt: issued, revokedAt: issued }, expiresAt)).toBe(
      "revoked",
    );
    expect(classifyInvite({ expiresAt, usedAt: issued }, new Date("2026-05-01"))).toBe("used");
  });

  it("classifyLoginCode: TTL 5 minutes and 5 attempts", () => {
    const issued = new Date("2026-04-01T05:00:00Z");
    const expiresAt = loginCodeExpiresAt(issued);
    expect(expiresAt.getTime() - issued.getTime()).toBe(LOGIN_CODE_TTL_MINUTES * 60_000);
    const now = new Date("2026-04-01T05:04:59Z");
    expect(classifyLoginCode({ expiresAt, attempts: 0 }, now)).toBe("ok");
    expect(classifyLoginCode({ expiresAt, attempts: LOGIN_CODE_MAX_ATTEMPTS - 1 }, now)).toBe("ok");
    expect(classifyLoginCode({ expiresAt, attempts: LOGIN_CODE_MAX_ATTEMPTS }, now)).toBe(
      "exhausted",
    );
    expect(classifyLoginCode({ expiresAt, attempts: 0 }, expiresAt)).toBe("expired");
    expect(classifyLoginCode({ expiresAt, attempts: 0, usedAt: now }, now)).toBe("used");
  });

  it("locks out after 5 wrong invites within an hour, not after 5 spread over two hours", () => {
    expect(WRONG_INVITE_LIMIT).toBe(5);
    const t0 = new Date("2026-04-01T05:00:00Z").getTime();
    const min = (m: number) => new Date(t0 + m * 60_000);
    const burst = [0, 2, 4, 6, 8].map(min);
    expect(isLockedOut(burst.slice(0, 4), min(9))).toBe(false);
    expect(isLockedOut(burst, min(9))).toBe(true);
    expect(lockedUntil(burst, min(9))).toEqual(min(8 + LOCKOUT_MINUTES));
    expect(isLockedOut(burst, min(8 + LOCKOUT_MINUTES - 1))).toBe(true);
    expect(isLockedOut(burst, min(8 + LOCKOUT_MINUTES))).toBe(false);
    // failures "in the future" relative to now are ignored
    expect(isLockedOut(burst, min(7))).toBe(false);
    const spread = [0, 30, 60, 90, 120].map(min);
    expect(isLockedOut(spread, min(121))).toBe(false);
    expect(isLockedOut([...spread, min(125), min(130)], min(131))).toBe(false); // 90..130 = 4 in 1h
    expect(isLockedOut([...spread, min(125), min(130), min(135)], min(136))).toBe(true); // 90..135
    // 5 failures spanning exactly 60 minutes are not "within an hour"
    expect(isLockedOut([0, 15, 30, 45, 60].map(min), min(61))).toBe(false);
    expect(isLockedOut([0, 15, 30, 45, 59].map(min), min(61))).toBe(true);
  });

  it("canonicalizeCode keeps digits for login codes", () => {
    expect(canonicalizeCode(" 012 345 ")).toBe("012345");
  });
});
