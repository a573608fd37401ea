import type { ClaimKeeper } from "../notifications/claims.js";
import type { CoreDeps } from "../services/deps.js";
import type { Outbox } from "../telegram/outbox.js";

/** What the planners need: the core deps and the paced outbox their notifier sends through. */
export interface JobDeps extends CoreDeps {
  outbox: Outbox;
  /** the app's claim keeper (heartbeat, outcomes kept through a database outage) */
  claims?: ClaimKeeper;
}
