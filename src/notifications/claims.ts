/**
 * The claims one instance holds in the reminder ledger, kept alive and written down:
 *
 * - heartbeat: while a claimed message is in flight (pacing, retry_after, a slow Telegram, an
 *   outcome not yet written) its lease is renewed every `heartbeatMs`, so a short lease is safe
 *   for a live owner and a dead owner's rows come back within the lease (issue 11 #3, #7);
 * - outcomes survive a database outage: when `settle` cannot reach the database, the outcome
 *   (e.g. "Telegram accepted it") is kept in memory and written as soon as the database answers,
 *   and the claim stays renewed meanwhile: a message Telegram accepted is never sent again
 *   because its `sent` could not be written at once (issue 11 #4).
 *
 * One keeper per app (src/app.ts), shared by the planners' runs and the notifications.
 */
import type { Repositories } from "../db/repositories/index.js";
import {
  CLAIM_LEASE_MS,
  type LedgerClaim,
  type LedgerKey,
  type LedgerOutcome,
} from "../db/repositories/ledger.js";
import type { Logger } from "../logger.js";

export interface ClaimKeeperOptions {
  leaseMs?: number;
  /** default a third of the lease */
  heartbeatMs?: number;
  /** first pause between attempts to write kept outcomes (doubled up to 5 s); default 250 ms */
  retryMs?: number;
}

export interface ClaimKeeperStats {
  /** outcomes that could not be written at once (database unreachable) */
  kept: number;
  /** of those, written later */
  writtenLater: number;
  /** claims found taken over by another owner when settling (lease lost) */
  lost: number;
  renewals: number;
}

export interface ClaimKeeper {
  readonly stats: ClaimKeeperStats;
  claim(key: LedgerKey, now: () => Date): Promise<LedgerClaim | null>;
  /** writes the outcome now, or keeps it and writes it when the database answers */
  settle(
    claim: LedgerClaim,
    outcome: LedgerOutcome,
    at: Date,
  ): Promise<"settled" | "lost" | "kept">;
  /** the work of a claim stopped without an outcome (a crash of the sender): its lease runs out */
  release(claim: LedgerClaim): void;
  /** outcomes not yet written */
  readonly pending: number;
  /** waits (at most `timeoutMs`) until every kept outcome is written; returns how many remain */
  flush(timeoutMs?: number): Promise<number>;
  /** stops the heartbeat and the retries (after flush) */
  close(): void;
}

interface Held {
  claim: LedgerClaim;
  now: () => Date;
  kept?: { outcome: LedgerOutcome; at: Date };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

export function createClaimKeeper(
  deps: { repos: Pick<Repositories, "ledger">; logger: Logger },
  opts: ClaimKeeperOptions = {},
): ClaimKeeper {
  const { repos, logger } = deps;
  const leaseMs = opts.leaseMs ?? CLAIM_LEASE_MS;
  const heartbeatMs = opts.heartbeatMs ?? Math.floor(leaseMs / 3);
  const retryMs = opts.retryMs ?? 250;
  const held = new Map<number, Held>();
  const stats: ClaimKeeperStats = { kept: 0, writtenLater: 0, lost: 0, renewals: 0 };
  let timer: NodeJS.Timeout | undefined;
  let retrying: Promise<void> | undefined;
  let closed = false;
  let drained: (() => void)[] = [];

  const keptCount = () => [...held.values()].filter((h) => h.kept).length;

  const heartbeat = async () => {
    // one statement per clock (normally one run at a time)
    const byClock = new Map<() => Date, LedgerClaim[]>();
    for (const h of held.values()) byClock.set(h.now, [...(byClock.get(h.now) ?? []), h.claim]);
    for (const [now, claims] of byClock) {
      try {
        stats.renewals += await repos.ledger.renew(claims, now(), leaseMs);
      } catch (err) {
        logger.warn({ err, claims: claims.length }, "could not renew reminder claims");
      }
    }
  };
  const track = () => {
    if (held.size > 0 && !timer && !closed) {
      timer = setInterval(() => void heartbeat(), heartbeatMs);
      timer.unref();
    } else if (held.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  const drop = (claim: LedgerClaim) => {
    held.delete(claim.id);
    track();
  };

  /** Writes kept outcomes until none is left (the database answers again). */
  const retryKept = async () => {
    let delay = retryMs;
    while (!closed) {
      const kept = [...held.values()].filter((h) => h.kept);
      if (kept.length === 0) break;
      let failed = false;
      for (const h of kept) {
        try {
          const k = h.kept as NonNullable<Held["kept"]>;
          const ok = await repos.ledger.settle(h.claim, k.outcome, k.at);
          if (ok) stats.writtenLater++;
          else stats.lost++;
          drop(h.claim);
        } catch {
          failed = true;
          break;
        }
      }
      if (!failed) continue;
      await sleep(delay);
      delay = Math.min(delay * 2, 5_000);
    }
    if (stats.kept > 0)
      logger.info(
        { writtenLater: stats.writtenLater, remaining: keptCount() },
        "kept reminder outcomes written",
      );
    retrying = undefined;
    for (const d of drained) d();
    drained = [];
  };

  return {
    stats,
    get pending() {
      return keptCount();
    },
    async claim(key, now) {
      const claim = await repos.ledger.claim(key, now(), leaseMs);
      if (claim) {
        held.set(claim.id, { claim, now });
        track();
      }
      return claim;
    },
    async settle(claim, outcome, at) {
      const h = held.get(claim.id);
      try {
        const ok = await repos.ledger.settle(claim, outcome, at);
        drop(claim);
        if (!ok) stats.lost++;
        return ok ? "settled" : "lost";
      } catch (err) {
        // the database did not answer: keep the outcome, keep the claim alive, write it later
        stats.kept++;
        if (h) h.kept = { outcome, at };
        else held.set(claim.id, { claim, now: () => at, kept: { outcome, at } });
        track();
        if (!retrying) {
          logger.warn(
            { err },
            "reminder outcome not written (database unreachable): kept, retrying",
          );
          retrying = retryKept();
        }
        return "kept";
      }
    },
    release: drop,
    async flush(timeoutMs = 5_000) {
      if (retrying) {
        const done = new Promise<void>((r) => drained.push(r));
        await Promise.race([done, sleep(timeoutMs)]);
      }
      return keptCount();
    },
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      const remaining = keptCount();
      if (remaining > 0)
        logger.error(
          { remaining },
          "reminder outcomes not written at shutdown: they may be sent again after their lease",
        );
    },
  };
}
