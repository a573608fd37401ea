import type { CoreDeps } from "../services/deps.js";
import type { Notifier } from "./notifier.js";

/** What the message families need: the core deps, the one notifier, the panel's public URL. */
export interface NotificationDeps extends CoreDeps {
  notifier: Notifier;
  /** the panel's public address (config `panelUrl`); undefined: no links, only materials */
  panelUrl: string | undefined;
}
