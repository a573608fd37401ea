/**
 * Derives `src/telegram/bot-api-methods.json` from the machine-readable Bot API spec vendored in
 * `vendor/telegram-bot-api-spec/api.json` (provenance, licence and how to update: SOURCE.md there).
 * The compact file keeps only what the fake Telegram server needs to validate method calls: every
 * method with its fields `{name, types, required}`, plus the spec's version and release date.
 *
 * Usage: npx tsx scripts/compact-bot-api-spec.ts [specPath] [outPath]
 * `test/telegram/fake/spec.test.ts` re-derives the file and asserts the committed copy is identical.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEFAULT_SPEC_PATH = fileURLToPath(
  new URL("../vendor/telegram-bot-api-spec/api.json", import.meta.url),
);
export const DEFAULT_OUT_PATH = fileURLToPath(
  new URL("../src/telegram/bot-api-methods.json", import.meta.url),
);

interface SpecField {
  name: string;
  types: string[];
  required: boolean;
}
interface Spec {
  version: string;
  release_date?: string;
  methods: Record<string, { fields?: SpecField[] }>;
}

/** Returns the compact JSON text (deterministic: methods sorted, one field per line). */
export function compactBotApiSpec(specJson: string): string {
  const spec = JSON.parse(specJson) as Spec;
  const names = Object.keys(spec.methods).sort();
  const lines: string[] = [];
  lines.push("{");
  lines.push(`  "version": ${JSON.stringify(spec.version)},`);
  lines.push(`  "release_date": ${JSON.stringify(spec.release_date ?? "")},`);
  lines.push(
    '  "source": "vendor/telegram-bot-api-spec/api.json (see SOURCE.md there), compacted by scripts/compact-bot-api-spec.ts; do not edit",',
  );
  lines.push('  "methods": {');
  names.forEach((name, i) => {
    const fields = spec.methods[name]?.fields ?? [];
    const comma = i < names.length - 1 ? "," : "";
    if (fields.length === 0) {
      lines.push(`    ${JSON.stringify(name)}: []${comma}`);
      return;
    }
    lines.push(`    ${JSON.stringify(name)}: [`);
    fields.forEach((f, j) => {
      const entry = JSON.stringify({ name: f.name, types: f.types, required: f.required });
      lines.push(`      ${entry}${j < fields.length - 1 ? "," : ""}`);
    });
    lines.push(`    ]${comma}`);
  });
  lines.push("  }");
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const specPath = process.argv[2] ?? DEFAULT_SPEC_PATH;
  const outPath = process.argv[3] ?? DEFAULT_OUT_PATH;
  const text = compactBotApiSpec(readFileSync(specPath, "utf8"));
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath} (${text.length} bytes)`);
}
