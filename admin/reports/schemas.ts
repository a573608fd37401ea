/** The report's query: year, state body (none = the authorized body) and how many services 1.3 lists. */
import { z } from "zod";
import { REPORT_TOP_DEFAULT, REPORT_TOP_MAX } from "../../src/domain/annual-report.js";
import { DocLang } from "../documents/lang.js";

export const ReportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2200).optional().catch(undefined),
  agency: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  top: z.coerce
    .number()
    .int()
    .min(1)
    .max(REPORT_TOP_MAX)
    .catch(REPORT_TOP_DEFAULT)
    .default(REPORT_TOP_DEFAULT),
  lang: DocLang,
});
export type ReportQuery = z.infer<typeof ReportQuery>;
