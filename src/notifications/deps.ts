import type { CoreDeps } from "../services/deps.js";
import type { Notifier } from "./notifier.js";

/** What the message families need: the core deps, the one notifier, the panel's public URL. */
export interface NotificationDeps extends CoreDeps {
  notifier: Notifier;
  /** PUBLIC_URL without the trailing slash ("" when unset: links are then relative) */
  publicUrl: string;
}
