/**
 * Registry import routes: upload → checked preview (kept as a draft, paged and filtered) →
 * confirm (writes only new and changed rows, refuses when the registry moved since the check)
 * → the registry list with the counts (`?ok=admin-imported&created=…`).
 */
import type { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { formatFileSize } from "../../src/i18n/format.js";
import { requireRole } from "../auth/session.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { readTable, TABLE_LIMITS, TableError, toObjects } from "../documents/read-table.js";
import { validForm, validQuery } from "../validation.js";
import type { RegistrySpec } from "./crud.js";
import { dropDraft, type ImportDraft, loadDraft, saveDraft } from "./drafts.js";
import { compareWithRegistry, countStatuses, ROW_STATUSES, type RowReport } from "./imports.js";
import {
  ImportPreview,
  ImportRefused,
  PREVIEW_PAGE,
  type PreviewView,
  UploadForm,
} from "./pages/import.js";

const PreviewQuery = z.object({
  view: z.enum(["all", ...ROW_STATUSES]).catch("all"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
const ConfirmForm = z.object({ draft: z.string().min(1).max(64) });

/** errors first, then changed, new, unchanged; by line within each */
const ORDER = Object.fromEntries(ROW_STATUSES.map((s, i) => [s, i]));

async function uploadedFile(c: Ctx): Promise<File | null> {
  const body = await c.req.parseBody();
  const f = body.file;
  return f instanceof File && f.size > 0 ? f : null;
}

export function mountImport<Row extends { id: number; archivedAt: Date | null }, Input, ImportRow>(
  app: Hono<AdminEnv>,
  spec: RegistrySpec<Row, Input, ImportRow>,
): void {
  const { path, entity } = spec;
  const imp = spec.import;
  const importPath = `${path}/import`;
  const previewPath = `${importPath}/preview`;
  const sec = requireRole("secretary");

  const upload = (c: Ctx, error?: string, errorVars?: Record<string, string | number>) => {
    if (error) c.status(400);
    return c.render(
      <UploadForm
        action={importPath}
        columns={imp.columns.join(", ")}
        maxRows={TABLE_LIMITS.rows}
        error={error}
        errorVars={errorVars}
      />,
      { title: c.get("t")(imp.title) },
    );
  };
  const refused = (c: Ctx, message: string, status: 400 | 409 = 400) => {
    c.status(status);
    return c.render(<ImportRefused message={message} uploadPath={importPath} />, {
      title: c.get("t")(imp.title),
    });
  };
  /** the valid rows compared with the registry as it is now */
  const compared = async (c: Ctx, reports: RowReport<ImportRow>[]) => {
    const codes = reports.flatMap((r) => (r.data ? [imp.codeOf(r.data)] : []));
    return compareWithRegistry(reports, await imp.existing(c, codes), imp.columns, imp.codeOf);
  };
  const preview = (
    c: Ctx,
    draft: ImportDraft<ImportRow>,
    q: { view: PreviewView; page: number },
    notice?: string,
  ) => {
    const chosen = draft.reports
      .filter((r) => q.view === "all" || r.status === q.view)
      .sort((a, b) => (ORDER[a.status] ?? 0) - (ORDER[b.status] ?? 0) || a.line - b.line);
    const pages = Math.max(1, Math.ceil(chosen.length / PREVIEW_PAGE));
    const page = Math.min(q.page, pages);
    return c.render(
      <ImportPreview
        rows={chosen.slice((page - 1) * PREVIEW_PAGE, page * PREVIEW_PAGE)}
        counts={countStatuses(draft.reports)}
        total={draft.reports.length}
        columns={imp.columns}
        view={q.view}
        page={page}
        pages={pages}
        previewPath={previewPath}
        uploadPath={importPath}
        action={`${importPath}/confirm`}
        token={draft.token}
        encoding={draft.encoding}
        notice={notice}
      />,
      { title: c.get("t")(imp.title) },
    );
  };

  app.get(importPath, sec, (c) => upload(c));
  app.post(importPath, sec, async (c) => {
    const file = await uploadedFile(c);
    if (!file) return upload(c, "admin-import-no-file");
    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable(file);
    } catch (err) {
      if (err instanceof TableError) {
        const vars = { ...err.vars };
        if (typeof vars.size === "number") vars.size = formatFileSize(vars.size, c.get("locale"));
        return upload(c, err.key, vars);
      }
      return upload(c, "admin-import-unreadable");
    }
    const { rows, notes } = toObjects(table);
    const reports = await compared(c, await imp.reports(c, rows, notes));
    const draft = await saveDraft(c, entity, { reports, encoding: table.encoding });
    return preview(c, draft, { view: "all", page: 1 });
  });
  app.get(previewPath, sec, validQuery(PreviewQuery), async (c) => {
    const draft = await loadDraft<ImportRow>(c, entity);
    if (!draft) return refused(c, "admin-import-stale");
    return preview(c, draft, c.req.valid("query"));
  });
  app.post(
    `${importPath}/confirm`,
    sec,
    validForm(ConfirmForm, (c) => refused(c, "admin-import-stale")),
    async (c) => {
      const a = c.get("a");
      const draft = await loadDraft<ImportRow>(c, entity, c.req.valid("form").draft);
      if (!draft) return refused(c, "admin-import-stale");
      // the registry may have moved since the preview: never overwrite what was not shown
      const now = await compared(c, draft.reports);
      // field by field: jsonb does not keep the key order of the stored objects
      const seen = (r: RowReport<ImportRow>) =>
        JSON.stringify([r.status, r.changes.map((ch) => [ch.column, ch.before, ch.after])]);
      if (now.some((r, i) => seen(r) !== seen(draft.reports[i] as RowReport<ImportRow>))) {
        const fresh = await saveDraft(c, entity, { ...draft, reports: now });
        c.status(409);
        return preview(c, fresh, { view: "all", page: 1 }, "admin-import-moved");
      }
      const writing = now.filter((r) => r.status === "new" || r.status === "changed");
      const rows = z.array(imp.rowSchema).safeParse(writing.map((r) => r.data));
      const inputs = rows.success ? await imp.inputs(c, rows.data) : null;
      if (!rows.success || !inputs) return refused(c, "admin-import-stale");
      const res = await spec.repo(a.deps.repos).upsertMany(inputs);
      const counts = countStatuses(now);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "import",
        entity,
        after: { ...res, unchanged: counts.unchanged, codes: rows.data.map(imp.codeOf) },
      });
      await dropDraft(c, entity);
      const q = new URLSearchParams({
        ok: "admin-imported",
        created: String(res.created),
        updated: String(res.updated),
        unchanged: String(counts.unchanged),
      });
      return c.redirect(`${path}?${q}`, 303);
    },
  );
}
