/** Campaigns: create (year, services, dates), edit, reminder policy, send the list; calendar overrides. */
import { Hono } from "hono";
import { z } from "zod";
import { audit } from "../../src/db/repositories/audit.js";
import { type CampaignRow, campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { servicesRepo } from "../../src/db/repositories/services.js";
import { kazakhstanCalendar } from "../../src/domain/calendar.js";
import { campaignDueDate } from "../../src/domain/deadlines.js";
import { parseReminderPolicy, ReminderPolicySchema } from "../../src/domain/reminders.js";
import { isLocalDate, type LocalDate, localDate } from "../../src/domain/time.js";
import type { Locale } from "../../src/domain/vocabulary.js";
import { formatDate } from "../../src/i18n/format.js";
import { sendCampaignList } from "../actions/send-list.js";
import { requireRole } from "../auth/session.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { readTable, toObjects } from "../imports.js";
import { idParam, nameOf, notFound, redirectOk } from "../lib.js";
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  formValues,
  PostForm,
  Select,
  TextArea,
  validate,
} from "../views/forms.js";
import { page } from "../views/layout.js";
import { countStates, loadProgress } from "./dashboard.js";

const optDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isLocalDate(v), "admin-err-date");
const CampaignSchema = z.object({
  year: z.coerce
    .number({ message: "admin-err-year" })
    .int("admin-err-year")
    .min(2015, "admin-err-year")
    .max(2100, "admin-err-year"),
  title: z.string().trim().min(1, "admin-err-required").max(300, "admin-err-too-long"),
  listSentOn: optDate,
  dueOn: optDate,
  serviceId: z.string().optional(),
  codes: z.string().max(200_000, "admin-err-too-long").optional(),
});
const PolicyForm = z.object({
  beforeWorkingDays: z.string().trim().max(200),
  onDueDate: z.string().optional(),
  overdueEveryWorkingDays: z.coerce
    .number()
    .int()
    .min(0, "admin-err-number")
    .max(60, "admin-err-number"),
  returnedEveryWorkingDays: z.coerce
    .number()
    .int()
    .min(1, "admin-err-number")
    .max(60, "admin-err-number"),
  sendAt: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "admin-err-time"),
  quietFrom: z
    .string()
    .trim()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, "admin-err-time"),
});
const OverrideSchema = z.object({
  date: z
    .string()
    .trim()
    .refine((v) => isLocalDate(v), "admin-err-date"),
  kind: z.enum(["off", "work"], { message: "admin-err-required" }),
  note: z.string().trim().max(300, "admin-err-too-long").optional(),
});

/** Registry codes from a textarea (any separators) → service ids; unknown codes reported. */
async function resolveCodes(c: Ctx, text: string): Promise<{ ids: number[]; unknown: string[] }> {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length === 0) return { ids: [], unknown: [] };
  const found = await servicesRepo(c.get("a").deps.db).byCodes(codes);
  const known = new Set(found.map((s) => s.registryCode));
  return { ids: found.map((s) => s.id), unknown: codes.filter((x) => !known.has(x)) };
}

function ServicePicker(props: {
  c: Ctx;
  services: Awaited<ReturnType<ReturnType<typeof servicesRepo>["list"]>>;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const t = props.c.get("t");
  const locale: Locale = props.c.get("locale");
  const selected = new Set((props.values?.serviceId ?? "").split("\n"));
  const groups = new Map<string, typeof props.services>();
  for (const s of props.services) {
    const k = nameOf({ nameKk: s.agencyNameKk, nameRu: s.agencyNameRu }, locale);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return (
    <fieldset>
      <legend>{t("admin-campaign-services")}</legend>
      <label>
        {t("admin-campaign-pick")}
        <select name="serviceId" multiple size={10}>
          {[...groups.entries()].map(([agency, list]) => (
            <optgroup label={agency}>
              {list.map((s) => (
                <option value={String(s.id)} selected={selected.has(String(s.id))}>
                  {s.registryCode} — {nameOf(s, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <TextArea
        c={props.c}
        name="codes"
        label={t("admin-campaign-codes")}
        hint={t("admin-campaign-codes-hint")}
        values={props.values}
        errors={props.errors}
        rows={3}
      />
      <label>
        {t("admin-campaign-codes-file")}
        <input type="file" name="file" accept=".csv,.xlsx" />
      </label>
    </fieldset>
  );
}

/** Service ids from the picker, the codes textarea and an optional file (registry_code column). */
async function pickedServices(
  c: Ctx,
  values: FormValues,
): Promise<{ ids: number[]; unknown: string[] }> {
  const ids = new Set(
    (values.serviceId ?? "")
      .split("\n")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  let text = values.codes ?? "";
  const body = await c.req.parseBody();
  const file = body.file;
  if (file instanceof File && file.size > 0) {
    try {
      const { rows } = toObjects(await readTable(file));
      text += `\n${rows.map((r) => r.registry_code ?? r.code ?? "").join("\n")}`;
    } catch {
      return { ids: [], unknown: [file.name] };
    }
  }
  const r = await resolveCodes(c, text);
  for (const id of r.ids) ids.add(id);
  return { ids: [...ids], unknown: r.unknown };
}

async function defaultDue(c: Ctx, listSentOn: string | undefined): Promise<string> {
  const overrides = await c.get("a").deps.repos.calendar.overrides();
  const cal = kazakhstanCalendar(
    overrides.map((o) => ({ date: o.date as LocalDate, kind: o.kind, note: o.note ?? undefined })),
  );
  const start = (listSentOn ?? localDate(c.get("a").deps.now(), c.get("a").deps.tz)) as LocalDate;
  return campaignDueDate(start, cal);
}

export function campaignsRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/campaigns", async (c) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const list = await campaignsRepo(c.get("a").deps.db).list();
    return page(
      c,
      t("admin-campaigns-title"),
      <>
        {c.get("admin")?.role === "secretary" ? (
          <p class="actions">
            <a href="/campaigns/new">{t("admin-campaign-new")}</a> ·{" "}
            <a href="/calendar">{t("admin-calendar-title")}</a>
          </p>
        ) : null}
        <table>
          <thead>
            <tr>
              <th>{t("admin-field-year")}</th>
              <th>{t("admin-field-title")}</th>
              <th>{t("admin-campaign-list-sent")}</th>
              <th>{t("admin-campaign-due")}</th>
              <th>{t("admin-col-state")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((k) => (
              <tr>
                <td>{k.year}</td>
                <td>
                  <a href={`/campaigns/${k.id}`}>{k.title}</a>
                </td>
                <td>{k.listSentOn ? formatDate(k.listSentOn as LocalDate, locale) : "—"}</td>
                <td>{formatDate(k.dueOn as LocalDate, locale)}</td>
                <td>{t(`admin-campaign-status-${k.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });

  const newForm = async (c: Ctx, values: FormValues, errors: FieldErrors = {}, status = 200) => {
    const t = c.get("t");
    const services = await servicesRepo(c.get("a").deps.db).list();
    return page(
      c,
      t("admin-campaign-new"),
      <PostForm c={c} action="/campaigns" multipart>
        <FormErrors c={c} errors={errors} />
        <div class="grid">
          <Field
            c={c}
            name="year"
            type="number"
            label={t("admin-field-year")}
            values={values}
            errors={errors}
            required
          />
          <Field
            c={c}
            name="title"
            label={t("admin-field-title")}
            values={values}
            errors={errors}
            required
          />
        </div>
        <div class="grid">
          <Field
            c={c}
            name="listSentOn"
            type="date"
            label={t("admin-campaign-list-sent")}
            values={values}
            errors={errors}
          />
          <Field
            c={c}
            name="dueOn"
            type="date"
            label={t("admin-campaign-due")}
            hint={t("admin-campaign-due-hint")}
            values={values}
            errors={errors}
          />
        </div>
        <ServicePicker c={c} services={services} values={values} errors={errors} />
        <button type="submit">{t("admin-campaign-create")}</button>
      </PostForm>,
      status,
    );
  };

  app.get("/campaigns/new", requireRole("secretary"), (c) => {
    const year = localDate(c.get("a").deps.now(), c.get("a").deps.tz).slice(0, 4);
    return newForm(c, { year, title: c.get("t")("admin-campaign-default-title", { year }) });
  });

  app.post("/campaigns", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(CampaignSchema, values);
    if (!r.ok) return newForm(c, values, r.errors, 400);
    const picked = await pickedServices(c, values);
    if (picked.unknown.length) {
      return newForm(
        c,
        values,
        { codes: "admin-err-unknown-codes", _form: "admin-err-unknown-codes" },
        400,
      );
    }
    const dueOn = r.data.dueOn ?? (await defaultDue(c, r.data.listSentOn));
    if (r.data.listSentOn && dueOn < r.data.listSentOn) {
      return newForm(c, values, { dueOn: "admin-err-due-before-sent" }, 400);
    }
    const campaign = await campaignsRepo(a.deps.db).create({
      year: r.data.year,
      title: r.data.title,
      listSentOn: r.data.listSentOn ?? null,
      dueOn,
      reminderPolicy: parseReminderPolicy({}),
    });
    const added = await campaignsRepo(a.deps.db).addServices(campaign.id, picked.ids);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "create",
      entity: "campaign",
      entityId: campaign.id,
      after: { ...campaign, services: added },
    });
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  const show = async (
    c: Ctx,
    campaign: CampaignRow,
    forms: {
      policy?: { values: FormValues; errors: FieldErrors };
      edit?: { values: FormValues; errors: FieldErrors };
      add?: { values: FormValues; errors: FieldErrors };
    } = {},
    status = 200,
  ) => {
    const a = c.get("a");
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const sec = c.get("admin")?.role === "secretary";
    const [loaded, services] = await Promise.all([
      loadProgress(a, String(campaign.id)),
      sec ? servicesRepo(a.deps.db).list() : Promise.resolve([]),
    ]);
    const rows = loaded?.rows ?? [];
    const counts = countStates(rows);
    const policy = parseReminderPolicy(campaign.reminderPolicy);
    const pv: FormValues = forms.policy?.values ?? {
      beforeWorkingDays: policy.beforeWorkingDays.join(", "),
      onDueDate: policy.onDueDate ? "on" : "",
      overdueEveryWorkingDays: String(policy.overdueEveryWorkingDays),
      returnedEveryWorkingDays: String(policy.returnedEveryWorkingDays),
      sendAt: policy.sendAt,
      quietFrom: policy.quietFrom ?? "",
    };
    const ev: FormValues = forms.edit?.values ?? {
      title: campaign.title,
      listSentOn: campaign.listSentOn ?? "",
      dueOn: campaign.dueOn,
    };
    return page(
      c,
      `${campaign.year} — ${campaign.title}`,
      <>
        <p>
          {t("admin-col-state")}: <strong>{t(`admin-campaign-status-${campaign.status}`)}</strong> ·{" "}
          {t("admin-campaign-list-sent")}:{" "}
          {campaign.listSentOn ? formatDate(campaign.listSentOn as LocalDate, locale) : "—"} ·{" "}
          {t("admin-campaign-due")}: {formatDate(campaign.dueOn as LocalDate, locale)} ·{" "}
          {t("admin-campaign-services")}: {counts.total}
        </p>
        <p class="actions">
          <a href={`/?campaign=${campaign.id}`}>{t("admin-nav-dashboard")}</a> ·{" "}
          <a href={`/responses?campaign=${campaign.id}`}>{t("admin-nav-responses")}</a> ·{" "}
          <a href={`/campaigns/${campaign.id}/export.xlsx?lang=${locale}`}>
            {t("admin-export-xlsx")}
          </a>{" "}
          ·{" "}
          <a href={`/campaigns/${campaign.id}/export.csv?lang=${locale}`}>
            {t("admin-export-csv")}
          </a>
        </p>
        {sec ? (
          <section>
            <h2>{t("admin-campaign-send")}</h2>
            <p>
              {t(
                campaign.status === "draft"
                  ? "admin-campaign-send-help"
                  : "admin-campaign-resend-help",
              )}
            </p>
            <PostForm
              c={c}
              action={`/campaigns/${campaign.id}/send`}
              confirm={t("admin-campaign-send-confirm")}
            >
              <button type="submit" disabled={counts.total === 0}>
                {t(campaign.status === "draft" ? "admin-campaign-send" : "admin-campaign-resend")}
              </button>
            </PostForm>
          </section>
        ) : null}
        <section>
          <h2>
            {t("admin-campaign-services")} ({rows.length})
          </h2>
          {sec ? (
            <details open={forms.add !== undefined || rows.length === 0}>
              <summary>{t("admin-campaign-add-services")}</summary>
              <PostForm c={c} action={`/campaigns/${campaign.id}/services`} multipart>
                <FormErrors c={c} errors={forms.add?.errors} />
                <ServicePicker
                  c={c}
                  services={services}
                  values={forms.add?.values}
                  errors={forms.add?.errors}
                />
                <button type="submit">{t("admin-campaign-add")}</button>
              </PostForm>
            </details>
          ) : null}
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>{t("admin-col-code")}</th>
                  <th>{t("admin-col-service")}</th>
                  <th>{t("admin-col-agency")}</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, 300).map((r) => (
                  <tr>
                    <td>{r.registryCode}</td>
                    <td>{nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}</td>
                    <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                    <td>
                      {sec && !r.responseId ? (
                        <PostForm
                          c={c}
                          action={`/campaigns/${campaign.id}/services/${r.serviceId}/remove`}
                          class="inline"
                        >
                          <button type="submit" class="link">
                            {t("admin-remove")}
                          </button>
                        </PostForm>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > 300 ? <p>{t("admin-list-truncated", { count: 300 })}</p> : null}
        </section>
        {sec ? (
          <section class="grid">
            <PostForm c={c} action={`/campaigns/${campaign.id}`}>
              <h2>{t("admin-campaign-edit")}</h2>
              <FormErrors c={c} errors={forms.edit?.errors} />
              <Field
                c={c}
                name="title"
                label={t("admin-field-title")}
                values={ev}
                errors={forms.edit?.errors}
                required
              />
              <Field
                c={c}
                name="listSentOn"
                type="date"
                label={t("admin-campaign-list-sent")}
                values={ev}
                errors={forms.edit?.errors}
              />
              <Field
                c={c}
                name="dueOn"
                type="date"
                label={t("admin-campaign-due")}
                values={ev}
                errors={forms.edit?.errors}
                required
              />
              <button type="submit">{t("admin-save")}</button>
            </PostForm>
            <PostForm c={c} action={`/campaigns/${campaign.id}/policy`}>
              <h2>{t("admin-policy-title")}</h2>
              <FormErrors c={c} errors={forms.policy?.errors} />
              <Field
                c={c}
                name="beforeWorkingDays"
                label={t("admin-policy-before")}
                hint={t("admin-policy-before-hint")}
                values={pv}
                errors={forms.policy?.errors}
              />
              <label>
                <input
                  type="checkbox"
                  name="onDueDate"
                  value="on"
                  checked={pv.onDueDate === "on"}
                />{" "}
                {t("admin-policy-on-due")}
              </label>
              <Field
                c={c}
                name="overdueEveryWorkingDays"
                type="number"
                label={t("admin-policy-overdue")}
                values={pv}
                errors={forms.policy?.errors}
              />
              <Field
                c={c}
                name="returnedEveryWorkingDays"
                type="number"
                label={t("admin-policy-returned")}
                values={pv}
                errors={forms.policy?.errors}
              />
              <Field
                c={c}
                name="sendAt"
                type="time"
                label={t("admin-policy-send-at")}
                values={pv}
                errors={forms.policy?.errors}
              />
              <Field
                c={c}
                name="quietFrom"
                type="time"
                label={t("admin-policy-quiet-from")}
                values={pv}
                errors={forms.policy?.errors}
              />
              <button type="submit">{t("admin-save")}</button>
            </PostForm>
          </section>
        ) : null}
      </>,
      status,
    );
  };

  const load = async (c: Ctx) => {
    const id = idParam(c);
    return id ? campaignsRepo(c.get("a").deps.db).byId(id) : undefined;
  };

  app.get("/campaigns/:id{[0-9]+}", async (c) => {
    const campaign = await load(c);
    return campaign ? show(c, campaign) : notFound(c);
  });

  const EditSchema = CampaignSchema.pick({ title: true, listSentOn: true }).extend({
    dueOn: z
      .string()
      .trim()
      .refine((v) => isLocalDate(v), "admin-err-date"),
  });
  app.post("/campaigns/:id{[0-9]+}", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const r = validate(EditSchema, values);
    if (!r.ok) return show(c, campaign, { edit: { values, errors: r.errors } }, 400);
    if (r.data.listSentOn && r.data.dueOn < r.data.listSentOn) {
      return show(
        c,
        campaign,
        { edit: { values, errors: { dueOn: "admin-err-due-before-sent" } } },
        400,
      );
    }
    const after = {
      title: r.data.title,
      listSentOn: r.data.listSentOn ?? null,
      dueOn: r.data.dueOn,
    };
    await campaignsRepo(a.deps.db).update(campaign.id, after);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update",
      entity: "campaign",
      entityId: campaign.id,
      before: { title: campaign.title, listSentOn: campaign.listSentOn, dueOn: campaign.dueOn },
      after,
    });
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/policy", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const r = validate(PolicyForm, values);
    if (!r.ok) return show(c, campaign, { policy: { values, errors: r.errors } }, 400);
    const days = r.data.beforeWorkingDays
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    const policy = ReminderPolicySchema.safeParse({
      beforeWorkingDays: days,
      onDueDate: r.data.onDueDate === "on",
      overdueEveryWorkingDays: r.data.overdueEveryWorkingDays,
      returnedEveryWorkingDays: r.data.returnedEveryWorkingDays,
      sendAt: r.data.sendAt,
      quietFrom: r.data.quietFrom || undefined,
    });
    if (!policy.success) {
      const field = String(policy.error.issues[0]?.path[0] ?? "sendAt");
      return show(
        c,
        campaign,
        {
          policy: {
            values,
            errors: {
              [field]: field === "beforeWorkingDays" ? "admin-err-days" : "admin-err-policy",
            },
          },
        },
        400,
      );
    }
    await campaignsRepo(a.deps.db).update(campaign.id, { reminderPolicy: policy.data });
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "update-policy",
      entity: "campaign",
      entityId: campaign.id,
      before: campaign.reminderPolicy,
      after: policy.data,
    });
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post("/campaigns/:id{[0-9]+}/services", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const values = await formValues(c);
    const picked = await pickedServices(c, values);
    if (picked.unknown.length || picked.ids.length === 0) {
      return show(
        c,
        campaign,
        {
          add: {
            values,
            errors: {
              codes: picked.unknown.length ? "admin-err-unknown-codes" : "admin-err-required",
            },
          },
        },
        400,
      );
    }
    const added = await campaignsRepo(a.deps.db).addServices(campaign.id, picked.ids);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "add-services",
      entity: "campaign",
      entityId: campaign.id,
      after: { serviceIds: picked.ids, added },
    });
    return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
  });

  app.post(
    "/campaigns/:id{[0-9]+}/services/:sid{[0-9]+}/remove",
    requireRole("secretary"),
    async (c) => {
      const a = c.get("a");
      const campaign = await load(c);
      const sid = idParam(c, "sid");
      if (!campaign || !sid) return notFound(c);
      await campaignsRepo(a.deps.db).removeService(campaign.id, sid);
      await audit(a.deps.db, {
        actor: actorOf(c.get("admin")),
        action: "remove-service",
        entity: "campaign",
        entityId: campaign.id,
        before: { serviceId: sid },
      });
      return redirectOk(c, `/campaigns/${campaign.id}`, "admin-saved");
    },
  );

  app.post("/campaigns/:id{[0-9]+}/send", requireRole("secretary"), async (c) => {
    const campaign = await load(c);
    if (!campaign) return notFound(c);
    const res = await sendCampaignList(c.get("a"), campaign, actorOf(c.get("admin")));
    const t = c.get("t");
    const fresh = (await load(c)) ?? campaign;
    return page(
      c,
      `${fresh.year} — ${fresh.title}`,
      <section>
        <p class="notice" role="status">
          {t("admin-campaign-sent", {
            officials: res.officials,
            sent: res.sent,
            failed: res.failed,
            skipped: res.skipped,
          })}
        </p>
        <p>
          <a href={`/campaigns/${fresh.id}`}>{t("admin-back")}</a> ·{" "}
          <a href={`/?campaign=${fresh.id}`}>{t("admin-nav-dashboard")}</a>
        </p>
      </section>,
    );
  });

  // ───────────── working-day calendar ─────────────
  const calendarPage = async (
    c: Ctx,
    values: FormValues = {},
    errors: FieldErrors = {},
    status = 200,
  ) => {
    const t = c.get("t");
    const locale: Locale = c.get("locale");
    const list = await c.get("a").deps.repos.calendar.overrides();
    const sec = c.get("admin")?.role === "secretary";
    return page(
      c,
      t("admin-calendar-title"),
      <>
        <p>{t("admin-calendar-help")}</p>
        <table>
          <thead>
            <tr>
              <th>{t("admin-col-date")}</th>
              <th>{t("admin-col-kind")}</th>
              <th>{t("admin-col-note")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {list.map((o) => (
              <tr>
                <td>{formatDate(o.date as LocalDate, locale)}</td>
                <td>{t(`admin-calendar-${o.kind}`)}</td>
                <td>{o.note ?? ""}</td>
                <td>
                  {sec ? (
                    <PostForm c={c} action={`/calendar/${o.date}/delete`} class="inline">
                      <button type="submit" class="link">
                        {t("admin-remove")}
                      </button>
                    </PostForm>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {sec ? (
          <PostForm c={c} action="/calendar" class="narrow">
            <FormErrors c={c} errors={errors} />
            <Field
              c={c}
              name="date"
              type="date"
              label={t("admin-col-date")}
              values={values}
              errors={errors}
              required
            />
            <Select
              c={c}
              name="kind"
              label={t("admin-col-kind")}
              values={values}
              errors={errors}
              options={[
                { value: "off", label: t("admin-calendar-off") },
                { value: "work", label: t("admin-calendar-work") },
              ]}
            />
            <Field c={c} name="note" label={t("admin-col-note")} values={values} errors={errors} />
            <button type="submit">{t("admin-add")}</button>
          </PostForm>
        ) : null}
      </>,
      status,
    );
  };
  app.get("/calendar", (c) => calendarPage(c));
  app.post("/calendar", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const values = await formValues(c);
    const r = validate(OverrideSchema, values);
    if (!r.ok) return calendarPage(c, values, r.errors, 400);
    const row = { date: r.data.date, kind: r.data.kind, note: r.data.note || null };
    await a.deps.repos.calendar.putOverride(row);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "put",
      entity: "calendar",
      entityId: row.date,
      after: row,
    });
    return redirectOk(c, "/calendar", "admin-saved");
  });
  app.post("/calendar/:date/delete", requireRole("secretary"), async (c) => {
    const a = c.get("a");
    const date = c.req.param("date");
    if (!isLocalDate(date)) return notFound(c);
    await a.deps.repos.calendar.deleteOverride(date);
    await audit(a.deps.db, {
      actor: actorOf(c.get("admin")),
      action: "delete",
      entity: "calendar",
      entityId: date,
    });
    return redirectOk(c, "/calendar", "admin-saved");
  });

  return app;
}
