import type { I18n } from "@grammyjs/i18n";
import type { Locale } from "../domain/vocabulary.js";
import type { CoreDeps } from "../services/deps.js";
import type { InnerContext } from "./context.js";

/** Everything the bot's features need, passed once at creation. */
export interface BotDeps extends CoreDeps {
  /** the same bundle as CoreDeps.i18n, typed as the bot's middleware */
  i18n: I18n<InnerContext>;
  /** base URL of file downloads: `${apiRoot}/file/bot${token}/` */
  fileBase: string;
  /**
   * Documents the bot sends on request, built by the admin's document builders: the composition
   * root passes them in (a door never imports another door).
   */
  documents: {
    /** the annual report draft of a state body for a year, as DOCX in `lang` */
    annualReport(o: { year: number; agencyId: number; lang: Locale }): Promise<Uint8Array>;
  };
}
