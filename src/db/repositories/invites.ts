/**
 * Invitations (hashes only), the wrong-code failures behind the lockout, and redemption: the
 * claim of a code and the linking of the account, in one transaction.
 */
import { and, desc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../client.js";
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
} from "../schema.js";
import { audit } from "./audit.js";

export type InviteRow = typeof invites.$inferSelect;
export type NewInvite = typeof invites.$inferInsert;

/** What a redemption linked (the service adds `ok` and `again`). */
export type Redeemed =
  | {
      target: "official";
      officialId: number;
      agencyId: number;
      /** assignments linked by this invite */
      linked: number;
      /** the official has not chosen a language yet */
      needsLocale: boolean;
    }
  | { target: "admin"; adminId: number };

/** The campaign an invite without one links to: the sent one, else the newest (never a cancelled one). */
async function currentCampaignId(db: Db | Tx): Promise<number | undefined> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(ne(campaigns.status, "cancelled"))
    .orderBy(sql`(${campaigns.status} = 'sent') desc`, desc(campaigns.year), desc(campaigns.id))
    .limit(1);
  return row?.id;
}

function inviteFilter(filter: { agencyId?: number; target?: "official" | "admin" }) {
  const conds = [];
  if (filter.agencyId) conds.push(eq(invites.agencyId, filter.agencyId));
  if (filter.target) conds.push(eq(invites.target, filter.target));
  return conds.length ? and(...conds) : undefined;
}

export function invitesRepo(db: Db) {
  return {
    currentCampaignId: () => currentCampaignId(db),

    /** The agencies of the given services (those that exist). */
    async serviceAgencies(serviceIds: number[]): Promise<{ id: number; agencyId: number }[]> {
      return db
        .select({ id: services.id, agencyId: services.agencyId })
        .from(services)
        .where(inArray(services.id, serviceIds));
    },

    /** The agencies (not archived) with services in a campaign, by code: one invite each. */
    async campaignAgencies(
      campaignId: number,
    ): Promise<{ id: number; code: string; nameKk: string; nameRu: string }[]> {
      return db
        .selectDistinct({
          id: agencies.id,
          code: agencies.code,
          nameKk: agencies.nameKk,
          nameRu: agencies.nameRu,
        })
        .from(assignments)
        .innerJoin(agencies, eq(agencies.id, assignments.agencyId))
        .where(and(eq(assignments.campaignId, campaignId), isNull(agencies.archivedAt)))
        .orderBy(agencies.code);
    },

    /** Stores an invite; null when its code hash is taken (draw again). */
    async insert(v: NewInvite): Promise<number | null> {
      const rows = await db
        .insert(invites)
        .values(v)
        .onConflictDoNothing({ target: invites.codeHash })
        .returning({ id: invites.id });
      return rows[0]?.id ?? null;
    },

    /** Revokes an unused invite; false when it is unknown, used or already revoked. */
    async revoke(id: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(invites)
        .set({ revokedAt: now })
        .where(and(eq(invites.id, id), isNull(invites.usedAt), isNull(invites.revokedAt)))
        .returning({ id: invites.id });
      return rows.length > 0;
    },

    async byId(id: number): Promise<InviteRow | undefined> {
      const [row] = await db.select().from(invites).where(eq(invites.id, id));
      return row;
    },
    async byCodeHash(codeHash: string): Promise<InviteRow | undefined> {
      const [row] = await db.select().from(invites).where(eq(invites.codeHash, codeHash));
      return row;
    },

    /** Invites, newest first, with their agency's code (a page of them: `limit`, `offset`). */
    async list(filter: {
      agencyId?: number;
      target?: "official" | "admin";
      limit?: number;
      offset?: number;
    }): Promise<(InviteRow & { agencyCode: string | null })[]> {
      const rows = await db
        .select({ invite: invites, agencyCode: agencies.code })
        .from(invites)
        .leftJoin(agencies, eq(agencies.id, invites.agencyId))
        .where(inviteFilter(filter))
        .orderBy(desc(invites.id))
        .limit(filter.limit ?? 500)
        .offset(filter.offset ?? 0);
      return rows.map((r) => ({ ...r.invite, agencyCode: r.agencyCode }));
    },

    /** How many invites `list` pages through. */
    async count(filter: { agencyId?: number; target?: "official" | "admin" }): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(invites)
        .where(inviteFilter(filter));
      return row?.n ?? 0;
    },

    /** When a Telegram user sent wrong codes since `since`. */
    async failuresSince(telegramId: number, since: Date): Promise<Date[]> {
      const rows = await db
        .select({ at: codeFailures.at })
        .from(codeFailures)
        .where(and(eq(codeFailures.telegramId, telegramId), gt(codeFailures.at, since)));
      return rows.map((r) => r.at);
    },
    async recordFailure(telegramId: number, at: Date): Promise<void> {
      await db.insert(codeFailures).values({ telegramId, at });
    },

    /**
     * Claims the invite for `telegramId` and links the account, in one transaction; null when
     * the claim lost (the code was used, revoked or expired meanwhile). The claim is one
     * conditional UPDATE, so of two users racing for one code exactly one wins.
     */
    async redeem(invite: InviteRow, telegramId: number, now: Date): Promise<Redeemed | null> {
      return db.transaction(async (tx) => {
        const claimed = await tx
          .update(invites)
          .set({ usedAt: now, usedByTelegramId: telegramId })
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
          ? linkAdmin(tx, invite, telegramId)
          : linkOfficial(tx, invite, telegramId, now);
      });
    },
  };
}

async function linkAdmin(tx: Tx, invite: InviteRow, telegramId: number): Promise<Redeemed> {
  if (!invite.adminId) throw new Error(`admin invite ${invite.id} has no admin`);
  // one Telegram account per admin: a re-link moves it
  await tx
    .update(admins)
    .set({ telegramId: null })
    .where(and(eq(admins.telegramId, telegramId), ne(admins.id, invite.adminId)));
  await tx.update(admins).set({ telegramId, reachable: true }).where(eq(admins.id, invite.adminId));
  await audit(tx, {
    actor: `admin:${invite.adminId}`,
    action: "invite.redeem",
    entity: "admin",
    entityId: invite.adminId,
    after: { inviteId: invite.id, telegramId },
  });
  return { target: "admin", adminId: invite.adminId };
}

async function linkOfficial(
  tx: Tx,
  invite: InviteRow,
  telegramId: number,
  now: Date,
): Promise<Redeemed> {
  const agencyId = invite.agencyId;
  if (!agencyId) throw new Error(`official invite ${invite.id} has no agency`);
  const [previous] = await tx
    .select({ id: officials.id, agencyId: officials.agencyId })
    .from(officials)
    .where(eq(officials.telegramId, telegramId));
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
  if (previous && previous.agencyId !== agencyId) {
    await moveOfficial(tx, official.id, previous.agencyId, agencyId, invite.id);
    official.cursor = null;
  }

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
    target: "official",
    officialId: official.id,
    agencyId,
    linked,
    needsLocale: !official.locale,
  };
}

/**
 * One official, one agency: a re-invitation to another agency ends the links to the old
 * agency's questionnaires (its colleagues keep them) and forgets where the official stood.
 */
async function moveOfficial(
  tx: Tx,
  officialId: number,
  fromAgencyId: number,
  toAgencyId: number,
  inviteId: number,
): Promise<void> {
  const unlinked = await tx
    .delete(assignmentOfficials)
    .where(
      and(
        eq(assignmentOfficials.officialId, officialId),
        inArray(
          assignmentOfficials.assignmentId,
          tx
            .select({ id: assignments.id })
            .from(assignments)
            .where(ne(assignments.agencyId, toAgencyId)),
        ),
      ),
    )
    .returning({ id: assignmentOfficials.assignmentId });
  await tx.update(officials).set({ cursor: null }).where(eq(officials.id, officialId));
  await audit(tx, {
    actor: `official:${officialId}`,
    action: "official.agency-change",
    entity: "official",
    entityId: officialId,
    before: { agencyId: fromAgencyId },
    after: { agencyId: toAgencyId, inviteId, unlinked: unlinked.length },
  });
}
