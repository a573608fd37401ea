import type { I18n } from "@grammyjs/i18n";
import type { CoreDeps } from "../services/deps.js";
import type { InnerContext } from "./context.js";

/** Everything the bot's features need, passed once at creation. */
export interface BotDeps extends CoreDeps {
  /** the same bundle as CoreDeps.i18n, typed as the bot's middleware */
  i18n: I18n<InnerContext>;
  /** base URL of file downloads: `${apiRoot}/file/bot${token}/` */
  fileBase: string;
}
