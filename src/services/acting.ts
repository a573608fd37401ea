/** Who makes a change: the deps and the actor recorded in the audit log ("admin:3"). */
import type { CoreDeps } from "./deps.js";

export interface Acting {
  deps: CoreDeps;
  actor: string;
}
