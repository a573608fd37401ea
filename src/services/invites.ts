/**
 * Invitations: the only way into the bot.
 *
 * The authorized body creates an invite for an official of an agency (optionally for some of
 * the agency's services in a campaign; null = all of them) or for an admin linking their
 * Telegram. The code (domain/codes.ts: 10 symbols of an alphabet without 0/O/1/I/L) is shown
 * once and stored only as HMAC(pepper); it expires (14 days by default), works once, and can
 * be revoked.
 *
 * Redemption (`redeemInvite`) rules:
 * - a user locked out (5 wrong codes within an hour, domain `lockedUntil`) is refused, even
 *   with a good code, until the lockout ends;
 * - malformed and unknown codes are "wrong" and count towards the lockout; expired, used and
 *   revoked codes are real codes and get their own answer without counting;
 * - re-using a code one already redeemed oneself answers ok again (a second tap on the link);
 * - the claim is one conditional UPDATE (`used_at is null and revoked_at is null and
 *   expires_at > now`) inside the transaction that links the account, so of two users racing
 *   for one code exactly one wins and the other is told the code was used;
 * - an official invite creates (or updates) the official, then links them to the invite's
 *   services in its campaign (the campaign current at redemption when the invite has none),
 *   creating the assignments if the service is not yet in the campaign. Several officials may
 *   share a questionnaire: one response per assignment, the answers' history names who wrote.
 */
import { audit } from "../db/repositories/audit.js";
import type { InviteRow } from "../db/repositories/invites.js";
import {
  classifyInvite,
  generateInviteCode,
  hashCode,
  INVITE_TTL_DAYS,
  type InviteState,
  LOCKOUT_MINUTES,
  lockedUntil,
  normalizeCode,
  WRONG_INVITE_WINDOW_MINUTES,
} from "../domain/codes.js";
import type { CoreDeps } from "./deps.js";

export type { InviteRow } from "../db/repositories/invites.js";

/** What invitations need of the core deps (the CLI builds just these). */
export type InviteCoreDeps = Pick<CoreDeps, "db" | "repos" | "pepper" | "now">;

export interface InviteDeps extends InviteCoreDeps {
  botUsername: string;
}

export interface CreateInviteInput {
  agencyId?: number;
  target?: "official" | "admin";
  adminId?: number;
  fullName?: string;
  position?: string;
  campaignId?: number;
  serviceIds?: number[] | null;
  createdBy?: number;
  ttlDays?: number;
}

export class InviteError extends Error {
  override name = "InviteError";
}

const DAY_MS = 86_400_000;

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

export async function createInvite(
  deps: InviteDeps,
  input: CreateInviteInput,
): Promise<{ id: number; code: string; link: string; expiresAt: Date }> {
  const { repos } = deps;
  const target = input.target ?? "official";
  const now = deps.now();
  const ttlDays = input.ttlDays ?? INVITE_TTL_DAYS;
  if (!(ttlDays > 0 && ttlDays <= 365)) throw new InviteError("ttlDays must be 1–365");
  let serviceIds = input.serviceIds ?? null;
  let campaignId = input.campaignId;

  if (target === "admin") {
    if (!input.adminId) throw new InviteError("an admin invite needs adminId");
    if (!(await repos.admins.byId(input.adminId)))
      throw new InviteError(`admin ${input.adminId} does not exist`);
    serviceIds = null;
    campaignId = undefined;
  } else {
    if (!input.agencyId) throw new InviteError("an official invite needs agencyId");
    if (!(await repos.agencies.byId(input.agencyId)))
      throw new InviteError(`agency ${input.agencyId} does not exist`);
    if (serviceIds) {
      serviceIds = [...new Set(serviceIds)];
      if (serviceIds.length === 0) throw new InviteError("the list of services is empty");
      const rows = await repos.invites.serviceAgencies(serviceIds);
      const foreign = rows.filter((r) => r.agencyId !== input.agencyId).map((r) => r.id);
      if (rows.length !== serviceIds.length || foreign.length > 0) {
        throw new InviteError("every service must exist and belong to the invite's agency");
      }
    }
    campaignId ??= await repos.invites.currentCampaignId();
  }

  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  for (let attempt = 0; ; attempt++) {
    const code = generateInviteCode();
    const id = await repos.invites.insert({
      codeHash: hashCode(code, deps.pepper),
      target,
      agencyId: target === "official" ? input.agencyId : null,
      adminId: target === "admin" ? input.adminId : null,
      fullName: input.fullName?.trim() || null,
      position: input.position?.trim() || null,
      campaignId: campaignId ?? null,
      serviceIds,
      expiresAt,
      createdBy: input.createdBy ?? null,
      createdAt: now,
    });
    if (id === null) {
      if (attempt < 5) continue; // a 49-bit collision: draw again
      throw new Error("could not draw a unique invite code");
    }
    await audit(deps.db, {
      actor: input.createdBy ? `admin:${input.createdBy}` : "system",
      action: "invite.create",
      entity: "invite",
      entityId: id,
      after: { target, agencyId: input.agencyId, adminId: input.adminId, campaignId, serviceIds },
    });
    return { id, code, link: inviteLink(deps.botUsername, code), expiresAt };
  }
}

export interface CampaignInvite {
  agency: { id: number; code: string; nameKk: string; nameRu: string };
  code: string;
  link: string;
  expiresAt: Date;
}

/**
 * One invitation per agency with services in the campaign (each links the agency's services
 * there). The codes exist only in the returned value: they are stored hashed, so whoever shows
 * them must say it is the only time. "closed"/"cancelled" campaigns get none; [] when the
 * campaign has no agencies.
 */
export async function createCampaignInvites(
  deps: InviteDeps,
  input: { campaignId: number; createdBy?: number; ttlDays?: number },
): Promise<CampaignInvite[] | "not-found" | "not-open"> {
  const campaign = await deps.repos.campaigns.byId(input.campaignId);
  if (!campaign) return "not-found";
  if (campaign.status === "closed" || campaign.status === "cancelled") return "not-open";
  const agencies = await deps.repos.invites.campaignAgencies(campaign.id);
  const out: CampaignInvite[] = [];
  for (const agency of agencies) {
    const invite = await createInvite(deps, {
      agencyId: agency.id,
      campaignId: campaign.id,
      createdBy: input.createdBy,
      ttlDays: input.ttlDays,
    });
    out.push({ agency, code: invite.code, link: invite.link, expiresAt: invite.expiresAt });
  }
  return out;
}

/** Revokes an unused invite; false when it is unknown, used or already revoked. */
export async function revokeInvite(
  deps: InviteCoreDeps,
  id: number,
  by?: number,
): Promise<boolean> {
  const ok = await deps.repos.invites.revoke(id, deps.now());
  if (ok) {
    await audit(deps.db, {
      actor: by ? `admin:${by}` : "system",
      action: "invite.revoke",
      entity: "invite",
      entityId: id,
    });
  }
  return ok;
}

/** The QR code of an invite link: SVG markup (string) or a PNG image (Buffer). */
export async function inviteQr(link: string, format: "svg" | "png"): Promise<string | Buffer> {
  const opts = { errorCorrectionLevel: "M" as const, margin: 2 };
  const { default: QRCode } = await import("qrcode"); // only the invitation pages draw one
  if (format === "svg") return QRCode.toString(link, { ...opts, type: "svg" });
  return QRCode.toBuffer(link, { ...opts, type: "png", width: 512 });
}

export interface InviteListItem extends InviteRow {
  state: InviteState;
  agencyCode: string | null;
}

/** Invites, newest first, with their state at `filter.now` (default: the deps' clock). */
export async function listInvites(
  deps: InviteCoreDeps,
  filter: {
    agencyId?: number;
    target?: "official" | "admin";
    state?: InviteState;
    now?: Date;
    limit?: number;
    offset?: number;
  } = {},
): Promise<InviteListItem[]> {
  const now = filter.now ?? deps.now();
  const rows = await deps.repos.invites.list(filter);
  const out = rows.map((r) => ({ ...r, state: classifyInvite(r, now) }));
  return filter.state ? out.filter((r) => r.state === filter.state) : out;
}

// ---------------------------------------------------------------------------------------------
// Redemption

export interface RedeemInput {
  telegramId: number;
  /** what the user sent: the /start payload or a typed code */
  code: string;
}

export type RedeemResult =
  | {
      ok: true;
      target: "official";
      officialId: number;
      agencyId: number;
      /** assignments linked by this invite */
      linked: number;
      /** the official has not chosen a language yet */
      needsLocale: boolean;
      /** the same user had already redeemed this code */
      again: boolean;
    }
  | { ok: true; target: "admin"; adminId: number; again: boolean }
  | { ok: false; reason: "wrong" | "expired" | "used" | "revoked" }
  | { ok: false; reason: "locked"; until: Date };

async function lockout(deps: InviteCoreDeps, telegramId: number, now: Date): Promise<Date | null> {
  // a lockout can start from failures up to WINDOW before its 5th and lasts LOCKOUT after it
  const since = new Date(now.getTime() - (WRONG_INVITE_WINDOW_MINUTES + LOCKOUT_MINUTES) * 60_000);
  return lockedUntil(await deps.repos.invites.failuresSince(telegramId, since), now);
}

/** The lockout in force for a Telegram user, if any (the bot checks it before any reply). */
export async function inviteLockout(
  deps: InviteCoreDeps,
  telegramId: number,
): Promise<Date | null> {
  return lockout(deps, telegramId, deps.now());
}

export async function redeemInvite(
  deps: InviteCoreDeps,
  input: RedeemInput,
): Promise<RedeemResult> {
  const { repos } = deps;
  const now = deps.now();
  const until = await lockout(deps, input.telegramId, now);
  if (until) return { ok: false, reason: "locked", until };

  const wrong = async (): Promise<RedeemResult> => {
    await repos.invites.recordFailure(input.telegramId, now);
    const locked = await lockout(deps, input.telegramId, now);
    return locked ? { ok: false, reason: "locked", until: locked } : { ok: false, reason: "wrong" };
  };

  const code = normalizeCode(input.code);
  if (!code) return wrong();
  const invite = await repos.invites.byCodeHash(hashCode(code, deps.pepper));
  if (!invite) return wrong();

  const state = classifyInvite(invite, now);
  if (state === "used" && invite.usedByTelegramId === input.telegramId) {
    return alreadyRedeemed(deps, invite, input.telegramId);
  }
  if (state !== "ok") return { ok: false, reason: state };

  const result = await repos.invites.redeem(invite, input.telegramId, now);
  if (result) return { ok: true, ...result, again: false };
  // lost a race: say what the code is now
  const fresh = await repos.invites.byId(invite.id);
  const after = fresh ? classifyInvite(fresh, now) : "revoked";
  if (after === "used" && fresh?.usedByTelegramId === input.telegramId) {
    return alreadyRedeemed(deps, fresh, input.telegramId);
  }
  return { ok: false, reason: after === "ok" ? "used" : after };
}

async function alreadyRedeemed(
  deps: InviteCoreDeps,
  invite: InviteRow,
  telegramId: number,
): Promise<RedeemResult> {
  if (invite.target === "admin" && invite.adminId) {
    return { ok: true, target: "admin", adminId: invite.adminId, again: true };
  }
  const o = await deps.repos.officials.byTelegramId(telegramId);
  if (!o) return { ok: false, reason: "used" };
  return {
    ok: true,
    target: "official",
    officialId: o.id,
    agencyId: o.agencyId,
    linked: 0,
    needsLocale: !o.locale,
    again: true,
  };
}
