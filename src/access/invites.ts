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
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db, Tx } from "../db/client.js";
import { audit } from "../db/repositories/audit.js";
import {
  admins,
  agencies,
  assignmentOfficials,
  assignments,
  campaigns,
  codeFailures,
  invites,
  officials,
  services,
} from "../db/schema.js";
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

export type InviteRow = typeof invites.$inferSelect;

export interface InviteDeps {
  db: Db;
  pepper: string;
  now: () => Date;
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

async function currentCampaignId(db: Db | Tx): Promise<number | undefined> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .orderBy(sql`(${campaigns.status} = 'sent') desc`, desc(campaigns.year), desc(campaigns.id))
    .limit(1);
  return row?.id;
}

export async function createInvite(
  deps: InviteDeps,
  input: CreateInviteInput,
): Promise<{ id: number; code: string; link: string; expiresAt: Date }> {
  const { db } = deps;
  const target = input.target ?? "official";
  const now = deps.now();
  const ttlDays = input.ttlDays ?? INVITE_TTL_DAYS;
  if (!(ttlDays > 0 && ttlDays <= 365)) throw new InviteError("ttlDays must be 1–365");
  let serviceIds = input.serviceIds ?? null;
  let campaignId = input.campaignId;

  if (target === "admin") {
    if (!input.adminId) throw new InviteError("an admin invite needs adminId");
    const [a] = await db.select({ id: admins.id }).from(admins).where(eq(admins.id, input.adminId));
    if (!a) throw new InviteError(`admin ${input.adminId} does not exist`);
    serviceIds = null;
    campaignId = undefined;
  } else {
    if (!input.agencyId) throw new InviteError("an official invite needs agencyId");
    const [ag] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.agencyId));
    if (!ag) throw new InviteError(`agency ${input.agencyId} does not exist`);
    if (serviceIds) {
      serviceIds = [...new Set(serviceIds)];
      if (serviceIds.length === 0) throw new InviteError("the list of services is empty");
      const rows = await db
        .select({ id: services.id, agencyId: services.agencyId })
        .from(services)
        .where(inArray(services.id, serviceIds));
      const foreign = rows.filter((r) => r.agencyId !== input.agencyId).map((r) => r.id);
      if (rows.length !== serviceIds.length || foreign.length > 0) {
        throw new InviteError("every service must exist and belong to the invite's agency");
      }
    }
    campaignId ??= await currentCampaignId(db);
  }

  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  for (let attempt = 0; ; attempt++) {
    const code = generateInviteCode();
    const rows = await db
      .insert(invites)
      .values({
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
      })
      .onConflictDoNothing({ target: invites.codeHash })
      .returning({ id: invites.id });
    const row = rows[0];
    if (!row) {
      if (attempt < 5) continue; // a 49-bit collision: draw again
      throw new Error("could not draw a unique invite code");
    }
    await audit(db, {
      actor: input.createdBy ? `admin:${input.createdBy}` : "system",
      action: "invite.create",
      entity: "invite",
      entityId: row.id,
      after: { target, agencyId: input.agencyId, adminId: input.adminId, campaignId, serviceIds },
    });
    return { id: row.id, code, link: inviteLink(deps.botUsername, code), expiresAt };
  }
}

/** Revokes an unused invite; false when it is unknown, used or already revoked. */
export async function revokeInvite(db: Db, id: number, by?: number): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, id), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  if (rows.length > 0) {
    await audit(db, {
      actor: by ? `admin:${by}` : "system",
      action: "invite.revoke",
      entity: "invite",
      entityId: id,
    });
  }
  return rows.length > 0;
}

/** The QR code of an invite link: SVG markup (string) or a PNG image (Buffer). */
export async function inviteQr(link: string, format: "svg" | "png"): Promise<string | Buffer> {
  const opts = { errorCorrectionLevel: "M" as const, margin: 2 };
  if (format === "svg") return QRCode.toString(link, { ...opts, type: "svg" });
  return QRCode.toBuffer(link, { ...opts, type: "png", width: 512 });
}

export interface InviteListItem extends InviteRow {
  state: InviteState;
  agencyCode: string | null;
}

/** Invites, newest first, with their state at `filter.now` (default: the current time). */
export async function listInvites(
  db: Db,
  filter: {
    agencyId?: number;
    target?: "official" | "admin";
    state?: InviteState;
    now?: Date;
    limit?: number;
  } = {},
): Promise<InviteListItem[]> {
  const now = filter.now ?? new Date();
  const conds = [];
  if (filter.agencyId) conds.push(eq(invites.agencyId, filter.agencyId));
  if (filter.target) conds.push(eq(invites.target, filter.target));
  const rows = await db
    .select({ invite: invites, agencyCode: agencies.code })
    .from(invites)
    .leftJoin(agencies, eq(agencies.id, invites.agencyId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(invites.id))
    .limit(filter.limit ?? 500);
  const out = rows.map((r) => ({
    ...r.invite,
    agencyCode: r.agencyCode,
    state: classifyInvite(r.invite, now),
  }));
  return filter.state ? out.filter((r) => r.state === filter.state) : out;
}

// ---------------------------------------------------------------------------------------------
// Redemption

export interface RedeemDeps {
  db: Db;
  pepper: string;
  now: () => Date;
}

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

async function lockout(db: Db, telegramId: number, now: Date): Promise<Date | null> {
  // a lockout can start from failures up to WINDOW before its 5th and lasts LOCKOUT after it
  const since = new Date(now.getTime() - (WRONG_INVITE_WINDOW_MINUTES + LOCKOUT_MINUTES) * 60_000);
  const rows = await db
    .select({ at: codeFailures.at })
    .from(codeFailures)
    .where(and(eq(codeFailures.telegramId, telegramId), gt(codeFailures.at, since)));
  return lockedUntil(
    rows.map((r) => r.at),
    now,
  );
}

/** The lockout in force for a Telegram user, if any (the bot checks it before any reply). */
export async function inviteLockout(deps: RedeemDeps, telegramId: number): Promise<Date | null> {
  return lockout(deps.db, telegramId, deps.now());
}

export async function redeemInvite(deps: RedeemDeps, input: RedeemInput): Promise<RedeemResult> {
  const { db } = deps;
  const now = deps.now();
  const until = await lockout(db, input.telegramId, now);
  if (until) return { ok: false, reason: "locked", until };

  const wrong = async (): Promise<RedeemResult> => {
    await db.insert(codeFailures).values({ telegramId: input.telegramId, at: now });
    const locked = await lockout(db, input.telegramId, now);
    return locked ? { ok: false, reason: "locked", until: locked } : { ok: false, reason: "wrong" };
  };

  const code = normalizeCode(input.code);
  if (!code) return wrong();
  const [invite] = await db
    .select()
    .from(invites)
    .where(eq(invites.codeHash, hashCode(code, deps.pepper)));
  if (!invite) return wrong();

  const state = classifyInvite(invite, now);
  if (state === "used" && invite.usedByTelegramId === input.telegramId) {
    return alreadyRedeemed(db, invite, input.telegramId);
  }
  if (state !== "ok") return { ok: false, reason: state };

  const result = await db.transaction(async (tx) => {
    const claimed = await tx
      .update(invites)
      .set({ usedAt: now, usedByTelegramId: input.telegramId })
      .where(
        and(
          eq(invites.id, invite.id),
          isNull(invites.usedAt),
          isNull(invites.revokedAt),
          gt(invites.expiresAt, now),
        ),
      )
      .returning({ id: invites.id });
    if (claimed.length === 0) return null;
    return invite.target === "admin"
      ? linkAdmin(tx, invite, input.telegramId)
      : linkOfficial(tx, invite, input.telegramId, now);
  });
  if (result) return result;
  // lost a race: say what the code is now
  const [fresh] = await db.select().from(invites).where(eq(invites.id, invite.id));
  const after = fresh ? classifyInvite(fresh, now) : "revoked";
  if (after === "used" && fresh?.usedByTelegramId === input.telegramId) {
    return alreadyRedeemed(db, fresh, input.telegramId);
  }
  return { ok: false, reason: after === "ok" ? "used" : after };
}

async function alreadyRedeemed(
  db: Db,
  invite: InviteRow,
  telegramId: number,
): Promise<RedeemResult> {
  if (invite.target === "admin" && invite.adminId) {
    return { ok: true, target: "admin", adminId: invite.adminId, again: true };
  }
  const [o] = await db.select().from(officials).where(eq(officials.telegramId, telegramId));
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

async function linkAdmin(tx: Tx, invite: InviteRow, telegramId: number): Promise<RedeemResult> {
  if (!invite.adminId) throw new Error(`admin invite ${invite.id} has no admin`);
  // one Telegram account per admin: a re-link moves it
  await tx
    .update(admins)
    .set({ telegramId: null })
    .where(and(eq(admins.telegramId, telegramId), sql`${admins.id} <> ${invite.adminId}`));
  await tx.update(admins).set({ telegramId, reachable: true }).where(eq(admins.id, invite.adminId));
  await audit(tx, {
    actor: `admin:${invite.adminId}`,
    action: "invite.redeem",
    entity: "admin",
    entityId: invite.adminId,
    after: { inviteId: invite.id, telegramId },
  });
  return { ok: true, target: "admin", adminId: invite.adminId, again: false };
}

async function linkOfficial(
  tx: Tx,
  invite: InviteRow,
  telegramId: number,
  now: Date,
): Promise<RedeemResult> {
  const agencyId = invite.agencyId;
  if (!agencyId) throw new Error(`official invite ${invite.id} has no agency`);
  const [official] = await tx
    .insert(officials)
    .values({
      telegramId,
      agencyId,
      fullName: invite.fullName,
      position: invite.position,
      lastSeenAt: now,
    })
    .onConflictDoUpdate({
      target: officials.telegramId,
      set: {
        agencyId,
        fullName: sql`coalesce(excluded.full_name, ${officials.fullName})`,
        position: sql`coalesce(excluded.position, ${officials.position})`,
        reachable: true,
        unreachableSince: null,
        lastSeenAt: now,
      },
    })
    .returning();
  if (!official) throw new Error("official upsert returned nothing");

  const campaignId = invite.campaignId ?? (await currentCampaignId(tx));
  let linked = 0;
  if (campaignId) {
    if (invite.serviceIds && invite.serviceIds.length > 0) {
      const svc = await tx
        .select({ id: services.id, agencyId: services.agencyId })
        .from(services)
        .where(inArray(services.id, invite.serviceIds));
      if (svc.length > 0) {
        await tx
          .insert(assignments)
          .values(
            svc.map((s) => ({ campaignId, serviceId: s.id, agencyId: s.agencyId, createdAt: now })),
          )
          .onConflictDoNothing();
      }
    }
    const targets = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(
          eq(assignments.campaignId, campaignId),
          invite.serviceIds && invite.serviceIds.length > 0
            ? inArray(assignments.serviceId, invite.serviceIds)
            : eq(assignments.agencyId, agencyId),
        ),
      );
    if (targets.length > 0) {
      const res = await tx
        .insert(assignmentOfficials)
        .values(targets.map((t) => ({ assignmentId: t.id, officialId: official.id })))
        .onConflictDoNothing()
        .returning({ id: assignmentOfficials.assignmentId });
      linked = res.length;
    }
  }
  await audit(tx, {
    actor: `official:${official.id}`,
    action: "invite.redeem",
    entity: "official",
    entityId: official.id,
    after: { inviteId: invite.id, telegramId, agencyId, campaignId, linked },
  });
  return {
    ok: true,
    target: "official",
    officialId: official.id,
    agencyId,
    linked,
    needsLocale: !official.locale,
    again: false,
  };
}
