/**
 * Representative values for every variable of the locales, as the code passes them: numbers
 * (1, 2, 5, 21 and a grouped one), dates at month ends through src/i18n/format.ts, long names.
 * `variant` picks one of several values per pool so each key is rendered several times.
 */
import { toLocalDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate, formatDateTime, formatFileSize, formatNumber } from "../../src/i18n/format.js";

export const NUMBERS = [1, 2, 5, 21, 1234] as const;
export const VARIANTS = NUMBERS.length;

const DATES = ["2026-04-30", "2026-05-31", "2026-02-28", "2026-12-31", "2028-02-29"].map((d) =>
  toLocalDate(d),
);
const INSTANTS = [
  "2026-04-30T05:00:00Z",
  "2026-05-31T18:59:00Z",
  "2026-02-28T03:30:00Z",
  "2026-12-31T12:00:00Z",
  "2028-02-29T19:00:00Z",
].map((s) => new Date(s));
const TZ = "Asia/Almaty";

/** Keys whose $date / $time is an instant shown with its time. */
const DATE_TIME_KEYS = new Set([
  "admin-unreachable-since",
  "agenda-sent-version",
  "agenda-err-already-sent",
  "roadmap-version-line",
  "meeting-title",
  "invite-locked",
]);

const TEXT: Readonly<Record<Locale, Record<string, readonly string[]>>> = {
  ru: {
    service: [
      "Выдача справки о наличии либо отсутствии судимости, в том числе для выезда за пределы Республики Казахстан",
      "Регистрация",
    ],
    agency: ["Министерство внутренних дел Республики Казахстан", "МЮ"],
    name: ["Жумабекова Айгерим Нурлановна", "Иванов"],
    activity: ["Модификация и интеграция информационных систем"],
    place: ["г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, зал заседаний № 3"],
    comment: ["Уточните статистику за 2025 год"],
    text: ["Услуга оказывается через портал"],
    answer: ["Да"],
    justification: ["Все сведения есть в информационных системах"],
    title: ["Насколько востребована услуга (статистика)"],
    status: ["отправлено"],
    note: ["нет"],
    proposals: ["текст, 120 симв."],
    items: ["1. 10:00 — Регистрация (МЮ)\n2. 10:15 — Выдача справки (МВД)"],
    flags: ["одноразовый пароль, проактивный формат"],
    names: ["Иванов И. И., Петров П. П."],
    developer: ["АО «Национальные информационные технологии»"],
    current: ["15 рабочих дней"],
    target: ["5 рабочих дней"],
    columns: ["registry_code, name_kk, name_ru, agency_code"],
  },
  kk: {
    service: [
      "Соттылығының болуы не болмауы туралы анықтама беру, оның ішінде Қазақстан Республикасынан тыс жерлерге шығу үшін",
      "Тіркеу",
    ],
    agency: ["Қазақстан Республикасы Ішкі істер министрлігі", "ӘМ"],
    name: ["Жұмабекова Әйгерім Нұрланқызы", "Иванов"],
    activity: ["Ақпараттық жүйелерді модификациялау және интеграциялау"],
    place: ["Астана қ., Мәңгілік Ел даңғ., 8, Министрліктер үйі, № 3 мәжіліс залы"],
    comment: ["2025 жылғы статистиканы нақтылаңыз"],
    text: ["Қызмет портал арқылы көрсетіледі"],
    answer: ["Иә"],
    justification: ["Барлық мәліметтер ақпараттық жүйелерде бар"],
    title: ["Қызмет қаншалықты сұранысқа ие? (статистикасы)"],
    status: ["жіберілді"],
    note: ["жоқ"],
    proposals: ["мәтін, 120 таңба"],
    items: ["1. 10:00 — Тіркеу (ӘМ)\n2. 10:15 — Анықтама беру (ІІМ)"],
    flags: ["бір реттік пароль, проактивті қызмет"],
    names: ["Иванов И. И., Петров П. П."],
    developer: ["«Ұлттық ақпараттық технологиялар» АҚ"],
    current: ["15 жұмыс күні"],
    target: ["5 жұмыс күні"],
    columns: ["registry_code, name_kk, name_ru, agency_code"],
  },
};

/** Variables holding a year: the code passes them as strings, never grouped. */
const YEARS = new Set(["year", "lastYear", "firstYear"]);

export function sampleVars(
  key: string,
  vars: readonly string[],
  locale: Locale,
  variant: number,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const n = NUMBERS[variant % NUMBERS.length]!;
  for (const v of vars) {
    const texts = key === "agenda-version-line" && v === "items" ? undefined : TEXT[locale][v];
    if (texts) out[v] = texts[variant % texts.length]!;
    else if (YEARS.has(v) || (key.startsWith("err-demand-year") && (v === "min" || v === "max")))
      out[v] = String(2023 + (variant % 4));
    else if (
      v === "date" ||
      v === "due" ||
      v === "today" ||
      (v === "time" && key === "invite-locked")
    )
      out[v] = DATE_TIME_KEYS.has(key)
        ? formatDateTime(INSTANTS[variant % INSTANTS.length]!, locale, TZ)
        : formatDate(DATES[variant % DATES.length]!, locale);
    else if (v === "time" || v === "end") out[v] = ["10:00", "17:45"][variant % 2]!;
    else if (v === "missing") out[v] = ["3", "3, 5, 11"][variant % 2]!;
    else if (v === "link") out[v] = "https://gov.example.kz/meetings/12";
    else if (v === "code") out[v] = "048213";
    else if (v === "size") out[v] = formatFileSize([12_345, 2_500_000][variant % 2]!, locale);
    else if (v === "amount") out[v] = formatNumber(n, locale);
    // everything else is a count: the code passes numbers (Fluent groups them per locale)
    else out[v] = n;
  }
  return out;
}
