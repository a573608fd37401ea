/** Dates, times, numbers, sizes, durations and progress as people read them (src/i18n/format.ts). */
import { describe, expect, it } from "vitest";
import { toLocalDate as d } from "../../src/domain/time.js";
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatProgress,
  formatTime,
} from "../../src/i18n/format.js";
import { createI18n, translator } from "../../src/i18n/index.js";

const NBSP = "\u00a0";
const i18n = createI18n({ strict: true });

describe("formatDate", () => {
  it("writes the official Kazakh form, not ICU's abbreviation", () => {
    expect(formatDate(d("2026-04-30"), "kk")).toBe("2026 жылғы 30 сәуір");
    expect(formatDate(d("2026-03-30"), "kk")).toBe("2026 жылғы 30 наурыз");
    expect(formatDate(d("2026-12-31"), "kk")).toBe("2026 жылғы 31 желтоқсан");
    expect(formatDate(d("2028-02-29"), "kk")).toBe("2028 жылғы 29 ақпан");
    expect(formatDate(d("2027-01-01"), "kk")).toBe("2027 жылғы 1 қаңтар");
  });

  it("writes the Russian genitive month and 'г.'", () => {
    expect(formatDate(d("2026-04-30"), "ru")).toBe("30 апреля 2026 г.");
    expect(formatDate(d("2026-03-30"), "ru")).toBe("30 марта 2026 г.");
    expect(formatDate(d("2026-05-31"), "ru")).toBe("31 мая 2026 г.");
    expect(formatDate(d("2028-02-29"), "ru")).toBe("29 февраля 2028 г.");
  });

  it("has all twelve months in both languages", () => {
    for (let m = 1; m <= 12; m++) {
      const date = d(`2026-${String(m).padStart(2, "0")}-15`);
      expect(formatDate(date, "kk")).toMatch(/^2026 жылғы 15 [а-яәғқңөұүһі]+$/);
      expect(formatDate(date, "ru")).toMatch(/^15 [а-я]+ 2026 г\.$/);
    }
  });
});

describe("formatDateTime", () => {
  it("shows the wall clock of the zone passed in", () => {
    const instant = new Date("2026-04-30T05:00:00Z");
    expect(formatDateTime(instant, "kk", "Asia/Almaty")).toBe("2026 жылғы 30 сәуір, 10:00");
    expect(formatDateTime(instant, "ru", "Asia/Almaty")).toBe("30 апреля 2026 г. в 10:00");
    expect(formatTime(instant, "Asia/Almaty")).toBe("10:00");
  });

  it("crosses midnight and month ends in the zone, not in UTC", () => {
    const lateUtc = new Date("2026-04-30T19:30:00Z");
    expect(formatDateTime(lateUtc, "ru", "Asia/Almaty")).toBe("1 мая 2026 г. в 00:30");
    expect(formatDateTime(lateUtc, "kk", "Asia/Almaty")).toBe("2026 жылғы 1 мамыр, 00:30");
    expect(formatDateTime(new Date("2026-12-31T18:59:00Z"), "kk", "Asia/Almaty")).toBe(
      "2026 жылғы 31 желтоқсан, 23:59",
    );
    // Almaty was UTC+6 before 2024-03-01
    expect(formatDateTime(new Date("2023-06-30T18:00:00Z"), "ru", "Asia/Almaty")).toBe(
      "1 июля 2023 г. в 00:00",
    );
  });
});

describe("numbers, sizes, progress, durations", () => {
  it("groups thousands with a no-break space", () => {
    expect(formatNumber(1_234_567, "kk")).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1_234_567, "ru")).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(21, "ru")).toBe("21");
    expect(formatNumber(1.5, "ru")).toBe("1,5");
  });

  it("writes file sizes in КБ/МБ, never Latin KB", () => {
    expect(formatFileSize(12 * 1024, "ru")).toBe(`12${NBSP}КБ`);
    expect(formatFileSize(100, "kk")).toBe(`1${NBSP}КБ`);
    expect(formatFileSize(1.5 * 1024 * 1024, "ru")).toBe(`1,5${NBSP}МБ`);
    expect(formatFileSize(10 * 1024 * 1024, "kk")).toBe(`10${NBSP}МБ`);
  });

  it("writes progress as N / M", () => {
    expect(formatProgress(5, 14, "kk")).toBe("5 / 14");
    expect(formatProgress(1200, 1500, "kk")).toBe(`1${NBSP}200 / 1${NBSP}500`);
  });

  it("writes durations with the Russian plural and the Kazakh singular", () => {
    const ru = translator(i18n, "ru");
    const kk = translator(i18n, "kk");
    const cases: [number, string, string][] = [
      [1, "1 рабочий день", "1 жұмыс күні"],
      [2, "2 рабочих дня", "2 жұмыс күні"],
      [5, "5 рабочих дней", "5 жұмыс күні"],
      [21, "21 рабочий день", "21 жұмыс күні"],
    ];
    for (const [n, r, k] of cases) {
      expect(formatDuration({ amount: n, unit: "workDays" }, ru, "ru")).toBe(r);
      expect(formatDuration({ amount: n, unit: "workDays" }, kk, "kk")).toBe(k);
    }
    expect(formatDuration({ amount: 3, unit: "hours" }, ru, "ru")).toBe("3 часа");
    expect(formatDuration({ amount: 1, unit: "minutes" }, ru, "ru")).toBe("1 минута");
    expect(formatDuration({ amount: 2000, unit: "minutes" }, kk, "kk")).toBe(`2${NBSP}000 минут`);
  });
});
