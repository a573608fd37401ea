/**
 * Bilingual by construction: kk.ftl and ru.ftl define the same keys, every key
 * the code asks for exists, and every message renders in both languages.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.js";

/** message key → the variables its text uses */
function variables(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const head = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
    if (head) current = head[1];
    else if (!/^\s/.test(line)) current = undefined;
    if (!current) continue;
    const vars = out.get(current) ?? [];
    for (const m of line.matchAll(/\$([a-zA-Z][\w-]*)/g))
      if (!vars.includes(m[1]!)) vars.push(m[1]!);
    out.set(current, vars);
  }
  return out;
}

function keys(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => /^([a-zA-Z][\w-]*)\s*=/.exec(l)?.[1])
    .filter((k): k is string => !!k);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const kk = keys("locales/kk.ftl");
const ru = keys("locales/ru.ftl");

describe("translations", () => {
  it("kk and ru define exactly the same keys, each once", () => {
    expect(new Set(kk).size).toBe(kk.length);
    expect(new Set(ru).size).toBe(ru.length);
    expect([...kk].sort()).toEqual([...ru].sort());
  });

  it("every key used in the code exists in both files", () => {
    const known = new Set(kk);
    const used = new Set<string>();
    for (const file of [...sources("src"), ...sources("admin")]) {
      const text = readFileSync(file, "utf8");
      // t("key"), ctx.t("key"), i18n.t(locale, "key"), tr("key") and *Key: "key" data
      for (const m of text.matchAll(/\b(?:t|tr|translate)\(\s*(?:[\w.]+,\s*)?"([a-z][\w-]+)"/g))
        used.add(m[1]!);
      for (const m of text.matchAll(/\b\w+Key:\s*"([a-z][\w-]+)"/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !known.has(k)).sort();
    expect(missing).toEqual([]);
  });

  it("every message renders in both languages without unresolved placeholders", () => {
    const i18n = createI18n({ strict: true });
    for (const locale of ["kk", "ru"]) {
      const vars = variables(`locales/${locale}.ftl`);
      for (const key of kk) {
        const args = Object.fromEntries((vars.get(key) ?? []).map((v) => [v, 1]));
        const text = i18n.t(locale, key, args);
        expect(text, `${locale}:${key}`).not.toMatch(/\{\s*\$|\{[a-z-]+\}/);
        expect(text.trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
