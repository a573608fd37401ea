/**
 * Builds the campaign-wide sheet (one row per service) shared by XLSX and CSV: the header, and
 * the rows page by page as the database gives them (streamed: a country-wide campaign is tens of
 * thousands of rows). Only submitted (and accepted) questionnaires by default: a draft's answers
 * are not the agency's answer yet. With `drafts` every service is listed and a column says which
 * rows are drafts.
 */

import type { CampaignRow } from "../../src/db/repositories/campaigns.js";
import type { Repositories } from "../../src/db/repositories/index.js";
import { PROCESS_ITEMS } from "../../src/domain/process.js";
import { progressState } from "../../src/domain/progress.js";
import { QUESTION_COUNT } from "../../src/domain/questions.js";
import type { Locale, ResponseStatus } from "../../src/domain/vocabulary.js";
import type { Translate } from "../../src/i18n/index.js";
import {
  type CampaignQuestionnaire,
  campaignQuestionnairePages,
  nameIn,
} from "../../src/services/questionnaire.js";
import { processText } from "./process-table.js";
import { answerText, questionTitle } from "./questionnaire-table.js";
import type { SheetRow } from "./sheet.js";

export function campaignSheet(args: {
  repos: Repositories;
  campaign: CampaignRow;
  t: Translate;
  locale: Locale;
  today: string;
  drafts?: boolean;
}): { header: string[]; pages: AsyncIterable<SheetRow[]> } {
  const { t, locale, campaign } = args;
  const header = [
    t("admin-col-code"),
    t("admin-col-service"),
    t("admin-col-agency"),
    t("admin-col-state"),
  ];
  if (args.drafts) header.push(t("admin-col-draft"));
  const titles: string[] = [];
  for (let no = 1; no <= QUESTION_COUNT; no++) titles.push(questionTitle(no, t));
  for (let no = 1; no <= QUESTION_COUNT; no++) {
    header.push(`${no}. ${titles[no - 1]}`, `${no}. ${t("col-justification")}`);
  }
  // Appendix 1: one column per item, after the questionnaire's
  for (const item of PROCESS_ITEMS)
    header.push(t("p-col", { no: item.no, name: t(item.titleKey) }));
  const line = (r: CampaignQuestionnaire): SheetRow => {
    const out: SheetRow = [
      r.service.registryCode,
      nameIn(r.service, locale),
      nameIn(r.agency, locale),
      t(`admin-state-${progressState(r, campaign.dueOn, args.today)}`),
    ];
    if (args.drafts) out.push(isSubmitted(r.status) ? "" : t("admin-draft-mark"));
    for (let no = 1; no <= QUESTION_COUNT; no++) {
      const ans = r.answers[no];
      out.push(
        ans?.value != null ? answerText(no, ans.value, t, locale) : "",
        ans?.justification ?? "",
      );
    }
    for (const item of PROCESS_ITEMS) out.push(processText(item.no, r.process[item.no], t, locale));
    return out;
  };
  async function* pages() {
    const loaded = campaignQuestionnairePages({ repos: args.repos }, campaign.id, {
      submittedOnly: !args.drafts,
    });
    for await (const page of loaded) yield page.map(line);
  }
  return { header, pages: pages() };
}

/** Submitted to the authorized body (accepted ones too); returned ones are being revised. */
function isSubmitted(status: ResponseStatus | null): boolean {
  return status === "submitted" || status === "accepted";
}
