/**
 * A campaign's progress rows classified by state, for the dashboard, the
 * responses list and the campaign page (one query per fingerprint change).
 */
import { z } from "zod";
import type { CampaignRow, ProgressRow } from "../../src/db/repositories/campaigns.js";
import {
  emptyCounts,
  type ProgressState,
  progressState,
  type StateCounts,
} from "../../src/domain/progress.js";
import { localDate } from "../../src/domain/time.js";
import type { AdminDeps } from "../context.js";

export interface ClassifiedRow extends ProgressRow {
  state: ProgressState;
}

/**
 * The progress rows of a campaign, cached in memory (a cache only: keyed by a
 * fingerprint of the campaign's responses and assignments, and 60 s at most,
 * so registry renames show up within a minute).
 */
interface CacheEntry {
  version: string;
  at: number;
  rows: ProgressRow[];
  /** the rows classified for one due date and day (most requests ask the same) */
  classified?: { key: string; rows: ClassifiedRow[] };
}
const progressCache = new WeakMap<object, Map<number, CacheEntry>>();
async function cachedProgress(a: AdminDeps, campaignId: number): Promise<CacheEntry> {
  const repo = a.deps.repos.campaigns;
  let byCampaign = progressCache.get(a.deps.db);
  if (!byCampaign) {
    byCampaign = new Map();
    progressCache.set(a.deps.db, byCampaign);
  }
  const version = await repo.progressVersion(campaignId);
  const hit = byCampaign.get(campaignId);
  if (hit && hit.version === version && Date.now() - hit.at < 60_000) return hit;
  const entry = { version, at: Date.now(), rows: await repo.progress(campaignId) };
  byCampaign.set(campaignId, entry);
  return entry;
}

/** The campaign picked by `?campaign=`, or the current one. */
export async function pickCampaign(
  a: AdminDeps,
  campaignParam: string | undefined,
): Promise<CampaignRow | undefined> {
  const repo = a.deps.repos.campaigns;
  const id = z.coerce.number().int().positive().safeParse(campaignParam);
  return id.success ? await repo.byId(id.data) : await repo.current();
}

/** The campaign picked by `?campaign=` or the current one, with classified rows. */
export async function loadProgress(
  a: AdminDeps,
  campaignParam: string | undefined,
): Promise<{ campaign: CampaignRow; rows: ClassifiedRow[]; today: string } | undefined> {
  const campaign = await pickCampaign(a, campaignParam);
  if (!campaign) return undefined;
  const today = localDate(a.deps.now(), a.deps.tz);
  const entry = await cachedProgress(a, campaign.id);
  const key = `${campaign.dueOn}|${today}`;
  if (entry.classified?.key !== key) {
    const rows = entry.rows.map((r) => ({ ...r, state: progressState(r, campaign.dueOn, today) }));
    entry.classified = { key, rows };
  }
  return { campaign, rows: entry.classified.rows, today };
}

export function countStates(rows: { state: ProgressState }[]): StateCounts {
  const c = emptyCounts();
  for (const r of rows) {
    c[r.state]++;
    c.total++;
  }
  return c;
}
