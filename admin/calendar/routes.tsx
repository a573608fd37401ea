/**
 * The working-day calendar: Kazakhstan's holidays plus the overrides the secretary enters
 * (extra days off, transferred working days) that every deadline is counted on.
 */
import { Hono } from "hono";
import { isLocalDate, type LocalDate } from "../../src/domain/time.js";
import type { Acting } from "../../src/services/acting.js";
import { deleteCalendarOverride, putCalendarOverride } from "../../src/services/calendar.js";
import { requireRole } from "../auth/session.js";
import type { FieldErrors, FormValues } from "../components/forms.js";
import { type AdminEnv, actorOf, type Ctx } from "../context.js";
import { notFound, redirectOk } from "../lib.js";
import { validForm } from "../validation.js";
import { CalendarPage } from "./pages/calendar.js";
import { OverrideSchema } from "./schemas.js";

const acting = (c: Ctx): Acting => ({ deps: c.get("a").deps, actor: actorOf(c.get("admin")) });

async function calendarPage(c: Ctx, values?: FormValues, errors?: FieldErrors) {
  const list = await c.get("a").deps.repos.calendar.overrides();
  return c.render(<CalendarPage list={list} values={values} errors={errors} />, {
    title: c.get("t")("admin-calendar-title"),
  });
}

export function calendarRoutes(): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();

  app.get("/calendar", (c) => calendarPage(c));

  app.post(
    "/calendar",
    requireRole("secretary"),
    validForm(OverrideSchema, calendarPage),
    async (c) => {
      const { date, kind, note } = c.req.valid("form");
      await putCalendarOverride(acting(c), { date: date as LocalDate, kind, note: note || null });
      return redirectOk(c, "/calendar", "admin-saved");
    },
  );

  app.post("/calendar/:date/delete", requireRole("secretary"), async (c) => {
    const date = c.req.param("date");
    if (!isLocalDate(date)) return notFound(c);
    await deleteCalendarOverride(acting(c), date);
    return redirectOk(c, "/calendar", "admin-saved");
  });

  return app;
}
