/**
 * The other materials of a questionnaire (p.8: explanatory note, proposals) as the response page
 * and its DOCX both name them: a file by its name and size, a text as written.
 */
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatFileSize } from "../../src/i18n/format.js";
import type { Translate } from "../../src/i18n/index.js";
import type { MaterialMeta } from "../../src/services/questionnaire.js";

export interface MaterialLine {
  id: number;
  label: string;
  /** "note.pdf (1,2 МБ)" for a file, the text otherwise */
  text: string;
  isFile: boolean;
}

export function materialLines(
  materials: readonly Pick<MaterialMeta, "id" | "kind" | "fileName" | "size" | "text">[],
  t: Translate,
  locale: Locale,
): MaterialLine[] {
  return materials.map((m) => {
    const label = t(`admin-material-${m.kind}`);
    if (m.fileName) {
      const size = m.size == null ? "" : ` (${formatFileSize(m.size, locale)})`;
      return { id: m.id, label, text: `${m.fileName}${size}`, isFile: true };
    }
    return { id: m.id, label, text: m.text ?? "", isFile: false };
  });
}
