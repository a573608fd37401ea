/**
 * Working-day calendar of the Republic of Kazakhstan (pure; data from `date-holidays`).
 *
 * Deadlines in the Rules are counted in working days (e.g. 001 p.30: materials to Commission
 * members "не позднее 3 рабочих дней" before the meeting; 001 p.7, p.17, p.19–20, p.32–33), so
 * every deadline and reminder goes through this calendar.
 *
 * Rules decided here:
 * 1. Weekends are Saturday and Sunday (five-day working week).
 * 2. Public holidays come from `new Holidays("KZ")` (type "public"): New Year 1–2 Jan, Orthodox
 *    Christmas 7 Jan, 8 March, Nauryz 21–23 March, 1 May, 7 May, 9 May, 6 July, Constitution Day
 *    (30 Aug until 2025, 15 Mar from 2026 as the library models it), 25 Oct, 16 Dec, first day
 *    of Kurban ait (lunar, as computed by the library).
 * 3. Transferred days off are computed HERE, not taken from the library's "substitute" days.
 *    Labor Code of RK: when a weekend coincides with a holiday, the day off moves to the next
 *    working day after the holiday — except for the religious holidays (7 January, Kurban ait),
 *    which are never transferred. The library marks transferable holidays with an
 *    "if saturday… then next …" rule (the religious ones have none), but it mis-handles
 *    collisions: for Nauryz 2026 (Sat 21, Sun 22, Mon 23) it yields 23–24 March (23 is already a
 *    holiday) instead of the correct 24–25 March. We therefore take only the original holidays
 *    and move each weekend holiday, in date order, to the first day after it that is not a
 *    weekend, not a holiday and not already taken by another transfer.
 * 4. Overrides entered yearly by the authorized body (Government decree on moving days off)
 *    always win: `{ kind: "work" }` makes a day working (e.g. an extra working Saturday, or
 *    cancels a computed day off), `{ kind: "off" }` makes it a day off. For duplicate dates the
 *    last override in the list wins.
 * 5. `addWorkingDays(d, n)`: n > 0 → the n-th working day after d; n < 0 → the |n|-th working
 *    day before d; n = 0 → d unchanged (even if not working). d itself is never counted.
 * 6. `workingDaysBetween(a, b)` = number of working days in (a, b] when a ≤ b, and
 *    −workingDaysBetween(b, a) otherwise. For working days a and b:
 *    addWorkingDays(a, workingDaysBetween(a, b)) === b.
 * 7. `nextWorkingDay(d)` / `previousWorkingDay(d)` return d itself when d is working.
 * Years are computed lazily and cached per calendar (bit table + prefix sums), so lookups in
 * loops over 10,000 officials cost an array read; library results are cached per year/country.
 */
import { createRequire } from "node:module";
import type Holidays from "date-holidays";
import { fromEpochDay, isoWeekdayOfEpochDay, type LocalDate, toEpochDay } from "./time.js";

export type HolidayLocale = "kk" | "ru" | "en";
export type LocalizedName = Record<HolidayLocale, string>;

export interface CalendarOverride {
  date: LocalDate;
  kind: "off" | "work";
  note?: string;
}

/** A non-weekend reason for a day off (for the admin's calendar view). */
export interface DayOff {
  date: LocalDate;
  kind: "holiday" | "transfer" | "override";
  name: string;
}

export interface WorkingCalendarOptions {
  /** Yearly overrides from the authorized body. */
  overrides?: readonly CalendarOverride[];
  /** ISO country for date-holidays; default "KZ". */
  country?: string;
  /** Set false to use weekends + overrides only (tests, other jurisdictions). Default true. */
  publicHolidays?: boolean;
}

interface RawHoliday {
  epochDay: number;
  transferable: boolean;
  name: LocalizedName;
}

interface YearData {
  year: number;
  startEpoch: number;
  /** 1 = working day, index = epochDay − startEpoch. */
  working: Uint8Array;
  /** cum[i] = working days among indices 0..i−1 (length days+1). */
  cum: Int32Array;
  /** Reasons for non-weekend days off and for holidays overridden to "work" (not exposed). */
  reasons: Map<number, { kind: DayOff["kind"]; name: LocalizedName }>;
}

const LOCALES: readonly HolidayLocale[] = ["kk", "ru", "en"];
const rawCache = new Map<string, RawHoliday[]>();
const libraries = new Map<string, Holidays>();
// Loaded on the first holiday lookup, not at start-up: the library and its time-zone data
// take a few hundred ms to load and the first request (health, login) never needs them.
const require = createRequire(import.meta.url);
let HolidaysLib: typeof Holidays | undefined;

function rawHolidays(country: string, year: number): RawHoliday[] {
  const cacheKey = `${country}:${year}`;
  const cached = rawCache.get(cacheKey);
  if (cached) return cached;
  let hd = libraries.get(country);
  if (!hd) {
    HolidaysLib ??= require("date-holidays") as typeof Holidays;
    hd = new HolidaysLib(country);
    libraries.set(country, hd);
  }
  const byKey = new Map<string, RawHoliday>();
  for (const locale of LOCALES) {
    for (const h of hd.getHolidays(year, locale)) {
      if (h.type !== "public" || h.substitute) continue;
      const date = h.date.slice(0, 10);
      const key = `${date}|${h.rule}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          epochDay: toEpochDay(date as LocalDate),
          // The library encodes "if saturday/sunday then next …" exactly for the holidays the
          // Labor Code transfers; 7 January and Kurban ait have no such clause.
          transferable: /then next/.test(h.rule),
          name: { kk: h.name, ru: h.name, en: h.name },
        };
        byKey.set(key, entry);
      }
      entry.name[locale] = h.name;
    }
  }
  const list = [...byKey.values()].sort((a, b) => a.epochDay - b.epochDay);
  rawCache.set(cacheKey, list);
  return list;
}

function isWeekendEpoch(n: number): boolean {
  return isoWeekdayOfEpochDay(n) >= 6;
}

function yearStartEpoch(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / 86_400_000);
}

function joinNames(a: LocalizedName, b: LocalizedName): LocalizedName {
  return { kk: `${a.kk}; ${b.kk}`, ru: `${a.ru}; ${b.ru}`, en: `${a.en}; ${b.en}` };
}

function transferName(of: LocalizedName): LocalizedName {
  return {
    kk: `Ауыстырылған демалыс күні (${of.kk})`,
    ru: `Перенесённый выходной день (${of.ru})`,
    en: `Transferred day off (${of.en})`,
  };
}

const OVERRIDE_OFF_NAME: LocalizedName = {
  kk: "Қосымша демалыс күні",
  ru: "Дополнительный выходной день",
  en: "Additional day off",
};

export class WorkingCalendar {
  readonly overrides: readonly CalendarOverride[];
  private readonly country: string;
  private readonly usePublicHolidays: boolean;
  private readonly overrideByEpoch = new Map<number, CalendarOverride>();
  private readonly years = new Map<number, YearData>();
  private last: YearData | undefined;

  constructor(options: WorkingCalendarOptions = {}) {
    this.overrides = [...(options.overrides ?? [])];
    this.country = options.country ?? "KZ";
    this.usePublicHolidays = options.publicHolidays ?? true;
    for (const o of this.overrides) this.overrideByEpoch.set(toEpochDay(o.date), o);
  }

  /** A copy of this calendar with other overrides (e.g. after the admin edits them). */
  withOverrides(overrides: readonly CalendarOverride[]): WorkingCalendar {
    return new WorkingCalendar({
      overrides,
      country: this.country,
      publicHolidays: this.usePublicHolidays,
    });
  }

  isWorkingDay(d: LocalDate): boolean {
    return this.isWorkingEpoch(toEpochDay(d));
  }

  /** The n-th working day after (n > 0) or before (n < 0) d; d itself when n = 0. */
  addWorkingDays(d: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer: ${n}`);
    if (n === 0) return d;
    const step = n > 0 ? 1 : -1;
    let left = Math.abs(n);
    let e = toEpochDay(d);
    while (left > 0) {
      e += step;
      if (this.isWorkingEpoch(e)) left--;
    }
    return fromEpochDay(e);
  }

  /** Working days in (a, b] if a ≤ b, else the negated count for (b, a]. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number {
    const ea = toEpochDay(a);
    const eb = toEpochDay(b);
    if (ea === eb) return 0;
    if (eb < ea) return -this.countBetweenEpoch(eb, ea);
    return this.countBetweenEpoch(ea, eb);
  }

  /** d if working, else the first working day after d. */
  nextWorkingDay(d: LocalDate): LocalDate {
    let e = toEpochDay(d);
    while (!this.isWorkingEpoch(e)) e++;
    return fromEpochDay(e);
  }

  /** d if working, else the last working day before d. */
  previousWorkingDay(d: LocalDate): LocalDate {
    let e = toEpochDay(d);
    while (!this.isWorkingEpoch(e)) e--;
    return fromEpochDay(e);
  }

  /**
   * Why d is a day off, other than being a plain weekend: a public holiday, a transferred day
   * off, or an "off" override (its note, if any). Null for working days and ordinary weekends.
   */
  holidayName(d: LocalDate, locale: HolidayLocale = "ru"): string | null {
    const e = toEpochDay(d);
    if (this.isWorkingEpoch(e)) return null;
    const o = this.overrideByEpoch.get(e);
    const reason = this.yearOf(e).reasons.get(e);
    if (o?.kind === "off" && o.note) return o.note;
    return reason ? reason.name[locale] : null;
  }

  /** All non-weekend days off of a year, in date order (holidays, transfers, overrides). */
  daysOff(year: number, locale: HolidayLocale = "ru"): DayOff[] {
    const y = this.yearData(year);
    const out: DayOff[] = [];
    for (let i = 0; i < y.working.length; i++) {
      const e = y.startEpoch + i;
      if (y.working[i]) continue;
      const reason = y.reasons.get(e);
      if (!reason) continue;
      const o = this.overrideByEpoch.get(e);
      out.push({
        date: fromEpochDay(e),
        kind: reason.kind,
        name: o?.kind === "off" && o.note ? o.note : reason.name[locale],
      });
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------

  private isWorkingEpoch(e: number): boolean {
    const y = this.yearOf(e);
    return y.working[e - y.startEpoch] === 1;
  }

  private countBetweenEpoch(ea: number, eb: number): number {
    // working days in (ea, eb], ea < eb
    const ya = this.yearOf(ea);
    const yb = this.yearOf(eb);
    if (ya === yb)
      return (yb.cum[eb - yb.startEpoch + 1] ?? 0) - (ya.cum[ea - ya.startEpoch + 1] ?? 0);
    let total = (ya.cum[ya.working.length] ?? 0) - (ya.cum[ea - ya.startEpoch + 1] ?? 0);
    for (let year = ya.year + 1; year < yb.year; year++) {
      const y = this.yearData(year);
      total += y.cum[y.working.length] ?? 0;
    }
    return total + (yb.cum[eb - yb.startEpoch + 1] ?? 0);
  }

  private yearOf(e: number): YearData {
    const last = this.last;
    if (last && e >= last.startEpoch && e < last.startEpoch + last.working.length) return last;
    let year = 1970 + Math.floor(e / 365.2425);
    if (e < yearStartEpoch(year)) year--;
    else if (e >= yearStartEpoch(year + 1)) year++;
    const y = this.yearData(year);
    this.last = y;
    return y;
  }

  private yearData(year: number): YearData {
    const cached = this.years.get(year);
    if (cached) return cached;
    const startEpoch = yearStartEpoch(year);
    const days = yearStartEpoch(year + 1) - startEpoch;
    const working = new Uint8Array(days);
    const reasons = new Map<number, { kind: DayOff["kind"]; name: LocalizedName }>();

    for (let i = 0; i < days; i++) working[i] = isWeekendEpoch(startEpoch + i) ? 0 : 1;

    if (this.usePublicHolidays) {
      // Neighbouring years too: a late-December weekend holiday may transfer into January, and
      // transfers must skip the next year's early-January holidays.
      const all = [year - 1, year, year + 1].flatMap((y) => rawHolidays(this.country, y));
      const holidayDays = new Set(all.map((h) => h.epochDay));
      const taken = new Set<number>();
      const inYear = (e: number) => e >= startEpoch && e < startEpoch + days;
      for (const h of all) {
        if (inYear(h.epochDay)) {
          const prev = reasons.get(h.epochDay);
          reasons.set(h.epochDay, {
            kind: "holiday",
            name: prev ? joinNames(prev.name, h.name) : h.name,
          });
          working[h.epochDay - startEpoch] = 0;
        }
        if (!h.transferable || !isWeekendEpoch(h.epochDay)) continue;
        let t = h.epochDay + 1;
        while (isWeekendEpoch(t) || holidayDays.has(t) || taken.has(t)) t++;
        taken.add(t);
        if (inYear(t)) {
          reasons.set(t, { kind: "transfer", name: transferName(h.name) });
          working[t - startEpoch] = 0;
        }
      }
    }

    for (const [e, o] of this.overrideByEpoch) {
      if (e < startEpoch || e >= startEpoch + days) continue;
      if (o.kind === "work") {
        working[e - startEpoch] = 1;
      } else {
        working[e - startEpoch] = 0;
        if (!reasons.has(e)) reasons.set(e, { kind: "override", name: OVERRIDE_OFF_NAME });
      }
    }

    const cum = new Int32Array(days + 1);
    for (let i = 0; i < days; i++) cum[i + 1] = (cum[i] ?? 0) + (working[i] ?? 0);

    const data: YearData = { year, startEpoch, working, cum, reasons };
    this.years.set(year, data);
    return data;
  }
}

/** The default Kazakhstan calendar (optionally with the authorized body's overrides). */
export function kazakhstanCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  return new WorkingCalendar({ overrides, country: "KZ" });
}
