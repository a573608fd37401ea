/**
 * Everything the product shows to people as a date, a time, a number, a file size, a duration or
 * an "N / M" progress, in Kazakh or Russian. The one place for it: the bot, the admin panel, the
 * documents and the notifications all call these.
 *
 * Rules decided here:
 * - Dates follow official usage, not ICU's abbreviations: kk "2026 жылғы 30 сәуір" (ICU prints
 *   "2026 ж. 30 сәуір"), ru "30 апреля 2026 г.". Month names are our own tables, so the output does
 *   not depend on the runtime's ICU data (small-icu builds have no Kazakh).
 * - A Russian date ends in "г.": messages never put another full stop right after it (a test
 *   renders every key and rejects "г..").
 * - A formatted date or number cannot take a Kazakh case ending (vowel harmony depends on the
 *   spoken number): messages are worded so no suffix is glued to a placeholder.
 * - Date-times are the wall clock of the zone passed in (Asia/Almaty in production):
 *   kk "2026 жылғы 30 сәуір, 10:00", ru "30 апреля 2026 г. в 10:00".
 * - Numbers are grouped by thousands with a no-break space (Intl's kk-KZ and ru-RU rules; ru does
 *   not group four-digit numbers). Years are not numbers: pass them as strings.
 * - File sizes use Cyrillic units in both languages ("КБ", "МБ"), rounded up for KB so a small
 *   file never shows "0 КБ".
 *
 * Pure (no I/O, no clock); imports only the date arithmetic of domain/time and types.
 */
import { dateParts, type LocalDate, localDate, localMinutesOfDay } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";

const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
] as const;

/** Genitive, as in "30 апреля". */
const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
] as const;

const NUMBER_LOCALES: Readonly<Record<Locale, string>> = { kk: "kk-KZ", ru: "ru-RU" };

/** kk "2026 жылғы 30 сәуір", ru "30 апреля 2026 г.". */
export function formatDate(date: LocalDate, locale: Locale): string {
  const { year, month, day } = dateParts(date);
  return locale === "kk"
    ? `${year} жылғы ${day} ${KK_MONTHS[month - 1]}`
    : `${day} ${RU_MONTHS[month - 1]} ${year} г.`;
}

/** "10:00": the wall clock of `tz` at the instant. */
export function formatTime(instant: Date, tz: string): string {
  const m = localMinutesOfDay(instant, tz);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** kk "2026 жылғы 30 сәуір, 10:00", ru "30 апреля 2026 г. в 10:00" (wall clock of `tz`). */
export function formatDateTime(instant: Date, locale: Locale, tz: string): string {
  const date = formatDate(localDate(instant, tz), locale);
  const time = formatTime(instant, tz);
  return locale === "kk" ? `${date}, ${time}` : `${date} в ${time}`;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** 1 234 567 (no-break space groups; ru leaves four digits ungrouped: 2000). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALES[locale]);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

const NBSP = "\u00a0";
const KB = 1024;
const MB = 1024 * 1024;

/** "12 КБ", "1,5 МБ" (no-break space before the unit; same units in kk and ru). */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= MB) {
    const mb = Math.round((bytes / MB) * 10) / 10;
    return `${formatNumber(mb, locale)}${NBSP}МБ`;
  }
  return `${formatNumber(Math.max(1, Math.ceil(bytes / KB)), locale)}${NBSP}КБ`;
}

/** "5 / 14": how much of a whole is done (answered questions, activities). */
export function formatProgress(done: number, total: number, locale: Locale): string {
  return `${formatNumber(done, locale)} / ${formatNumber(total, locale)}`;
}

export type DurationUnit = "workDays" | "calendarDays" | "hours" | "minutes";

const DURATION_KEYS: Readonly<Record<DurationUnit, string>> = {
  workDays: "sum-dur-workDays",
  calendarDays: "sum-dur-calendarDays",
  hours: "sum-dur-hours",
  minutes: "sum-dur-minutes",
};

/** What formatDuration needs of a translator (any `Translate` fits). */
type TranslateFn = (key: string, vars?: Record<string, string | number>) => string;

/**
 * "15 рабочих дней" / "15 жұмыс күні". The number goes in formatted (`amount`) and raw (`count`,
 * for the Russian plural selector).
 */
export function formatDuration(
  d: { amount: number; unit: DurationUnit },
  t: TranslateFn,
  locale: Locale,
): string {
  return t(DURATION_KEYS[d.unit], { count: d.amount, amount: formatNumber(d.amount, locale) });
}
