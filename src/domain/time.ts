/**
 * Calendar-date and time-zone helpers (pure: no I/O, no reading of the clock).
 *
 * Rules decided here:
 * - A calendar date is a `LocalDate`: a branded string "YYYY-MM-DD" (ISO 8601, proleptic
 *   Gregorian, years 1000–9999). Build one with `toLocalDate(str)` (validates, throws) or
 *   `isLocalDate(str)` (type guard); `LocalDateSchema` does the same for zod/jsonb input.
 *   Date arithmetic is done on "epoch days" (days since 1970-01-01), never on `Date` objects,
 *   so it is immune to the host time zone and DST.
 * - Instants are plain `Date`s. The mapping instant ⇄ local date/time for a zone is always
 *   computed through `Intl.DateTimeFormat` (never a hard-coded offset): Kazakhstan is UTC+5 all
 *   year since 2024-03-01, but the zone comes from config (TZ_NAME), and historical instants
 *   (Almaty was UTC+6 before 2024-03-01) must map correctly.
 * - `atLocalTime` for a local time that does not exist (spring-forward gap) yields the instant
 *   obtained with the offset in force just before the gap; for an ambiguous local time
 *   (fall-back overlap) it yields the earlier instant. Asia/Almaty has no DST today.
 * - `addMonths` clamps to the last day of the target month (31 Jan + 1 month = 28/29 Feb),
 *   as for terms counted in months in civil law.
 * - `dayOfWeek` is ISO 8601: 1 = Monday … 7 = Sunday.
 * - `diffDays(from, to)` = to − from in calendar days; `compareDates(a, b)` = sign(a − b).
 * - Showing dates and times to people is not done here: see src/i18n/format.ts.
 */
import { z } from "zod";

declare const localDateBrand: unique symbol;
/** A calendar date "YYYY-MM-DD" (no time, no zone). */
export type LocalDate = string & { readonly [localDateBrand]: "LocalDate" };
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DEFAULT_TZ = "Asia/Almaty";
export const MS_PER_DAY = 86_400_000;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True if `s` is a valid "YYYY-MM-DD" calendar date (years 1000–9999). */
export function isLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== "string") return false;
  const m = LOCAL_DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Validates and brands a "YYYY-MM-DD" string; throws RangeError otherwise. */
export function toLocalDate(s: string): LocalDate {
  if (!isLocalDate(s)) throw new RangeError(`Invalid LocalDate: ${JSON.stringify(s)}`);
  return s;
}

/** zod schema for a LocalDate coming from JSON/jsonb/forms. */
export const LocalDateSchema = z
  .string()
  .refine((s) => isLocalDate(s), { message: "Expected a date YYYY-MM-DD" })
  .transform((s) => s as LocalDate);

/** Builds a LocalDate from numeric parts (month 1–12); throws if invalid. */
export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  return toLocalDate(
    `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
}

/** Splits a LocalDate into numbers (month 1–12). */
export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  return {
    year: Number(d.slice(0, 4)),
    month: Number(d.slice(5, 7)),
    day: Number(d.slice(8, 10)),
  };
}

/** Days since 1970-01-01 (may be negative). */
export function toEpochDay(d: LocalDate): number {
  return Math.round(
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / MS_PER_DAY,
  );
}

/** Inverse of `toEpochDay` (Howard Hinnant's civil_from_days; no Date allocation). */
export function fromEpochDay(n: number): LocalDate {
  const z0 = n + 719_468;
  const era = Math.floor(z0 / 146_097);
  const doe = z0 - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}` as LocalDate;
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return n === 0 ? d : fromEpochDay(toEpochDay(d) + n);
}

/** Adds calendar months, clamping the day to the target month's length. */
export function addMonths(d: LocalDate, n: number): LocalDate {
  const { year, month, day } = dateParts(d);
  const idx = year * 12 + (month - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return makeLocalDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(d: LocalDate): IsoWeekday {
  return isoWeekdayOfEpochDay(toEpochDay(d));
}

/** ISO weekday of an epoch day (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(n: number): IsoWeekday {
  return (((((n + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** -1 if a < b, 0 if equal, 1 if a > b. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

// ---------------------------------------------------------------------------------------------
// Time zones

/** True if `s` is "HH:MM" (00:00–23:59). */
export function isHhmm(s: unknown): s is string {
  return typeof s === "string" && HHMM_RE.test(s);
}

/** Parses "HH:MM" into minutes since midnight; throws RangeError if invalid. */
export function hhmmToMinutes(hhmm: string): number {
  const m = HHMM_RE.exec(hhmm);
  if (!m) throw new RangeError(`Invalid time of day (HH:MM expected): ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True if Intl knows the IANA zone name. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    partsFormatters.set(tz, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instantMs: number, tz: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of partsFormatter(tz).formatToParts(instantMs)) {
    switch (p.type) {
      case "year":
      case "month":
      case "day":
      case "hour":
      case "minute":
      case "second":
        out[p.type] = Number(p.value);
        break;
      default:
        break;
    }
  }
  if (out.hour === 24) out.hour = 0; // defensive: some ICU versions print 24:00
  return out;
}

/** Offset of `tz` from UTC at the instant, in ms (e.g. +5h for Asia/Almaty since 2024-03-01). */
export function timeZoneOffsetMs(instant: Date | number, tz: string = DEFAULT_TZ): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const w = wallClock(wholeSecond, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

let lastLocalDate: { ms: number; tz: string; date: LocalDate } | undefined;

/** The calendar date of an instant in the zone. */
export function localDate(instant: Date, tz: string = DEFAULT_TZ): LocalDate {
  const ms = instant.getTime();
  // Schedulers call this with the same `now` for thousands of officials: memoise the last one.
  if (lastLocalDate && lastLocalDate.ms === ms && lastLocalDate.tz === tz)
    return lastLocalDate.date;
  const w = wallClock(ms, tz);
  const date = makeLocalDate(w.year, w.month, w.day);
  lastLocalDate = { ms, tz, date };
  return date;
}

/** Minutes since local midnight of an instant in the zone. */
export function localMinutesOfDay(instant: Date, tz: string = DEFAULT_TZ): number {
  const w = wallClock(instant.getTime(), tz);
  return w.hour * 60 + w.minute;
}

/** The instant at which the wall clock in `tz` shows `date` `hhmm` ("HH:MM"). */
export function atLocalTime(date: LocalDate, hhmm: string, tz: string = DEFAULT_TZ): Date {
  const key = `${date}T${hhmm}@${tz}`;
  let ms = atLocalTimeCache.get(key);
  if (ms === undefined) {
    ms = resolveLocalTime(date, hhmm, tz);
    if (atLocalTimeCache.size >= 4096) atLocalTimeCache.clear();
    atLocalTimeCache.set(key, ms);
  }
  return new Date(ms);
}

/** Memo of atLocalTime (pure for the lifetime of the process's tz database). */
const atLocalTimeCache = new Map<string, number>();

function resolveLocalTime(date: LocalDate, hhmm: string, tz: string): number {
  const minutes = hhmmToMinutes(hhmm);
  const { year, month, day } = dateParts(date);
  const asUtc = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  // Offsets in force a day before and a day after: equal in the common case (no transition).
  const offBefore = timeZoneOffsetMs(asUtc - MS_PER_DAY, tz);
  const offAfter = timeZoneOffsetMs(asUtc + MS_PER_DAY, tz);
  if (offBefore === offAfter) return asUtc - offBefore;
  const candidates: number[] = [];
  for (const off of [offBefore, offAfter]) {
    if (timeZoneOffsetMs(asUtc - off, tz) === off) candidates.push(asUtc - off);
  }
  // Overlap: both valid, take the earlier. Gap: none valid, use the offset before the gap.
  return candidates.length > 0 ? Math.min(...candidates) : asUtc - offBefore;
}
