/** The page frame: header with navigation and language switch, main, footer. */
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { AdminEnv } from "../context.js";
import { PostForm } from "./forms.js";
import { NAV_ITEMS } from "./nav.js";

export interface LayoutProps {
  c: Context<AdminEnv>;
  title: string;
  children?: Child;
  /** a notice shown above the content (e.g. after a redirect) */
  flash?: string;
}

function currentPath(c: Context<AdminEnv>): string {
  const u = new URL(c.req.url);
  return u.pathname + u.search;
}

export function Layout({ c, title, children, flash }: LayoutProps) {
  const t = c.get("t");
  const locale = c.get("locale");
  const admin = c.get("admin");
  const path = new URL(c.req.url).pathname;
  const back = encodeURIComponent(currentPath(c));
  const notice = flash ?? flashKey(c);
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t("admin-app-name")}`}</title>
        <link rel="stylesheet" href="/static/admin.css" />
        <script src="/static/admin.js" defer></script>
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            {t("admin-app-name")}
          </a>
          {admin ? (
            <nav aria-label={t("admin-nav-label")}>
              <ul>
                {NAV_ITEMS.filter((n) => !n.role || n.role === admin.role).map((n) => {
                  const active = n.href === "/" ? path === "/" : path.startsWith(n.href);
                  return (
                    <li>
                      <a href={n.href} aria-current={active ? "page" : undefined}>
                        {t(n.label)}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
          <div class="tools">
            <span class="langs">
              <a href={`/lang/kk?back=${back}`} aria-current={locale === "kk" ? "true" : undefined}>
                Қазақша
              </a>
              {" · "}
              <a href={`/lang/ru?back=${back}`} aria-current={locale === "ru" ? "true" : undefined}>
                Русский
              </a>
            </span>
            {admin ? (
              <PostForm c={c} action="/logout" class="inline">
                <span class="who">
                  {admin.name} ({t(`admin-role-${admin.role}`)})
                </span>{" "}
                <button type="submit" class="link">
                  {t("admin-logout")}
                </button>
              </PostForm>
            ) : null}
          </div>
        </header>
        <main>
          <h1>{title}</h1>
          {notice ? (
            <p class="notice" role="status">
              {notice}
            </p>
          ) : null}
          {children}
        </main>
      </body>
    </html>
  );
}

/** `?ok=admin-saved` after a redirect → the translated notice (only admin- keys). */
function flashKey(c: Context<AdminEnv>): string | undefined {
  const k = c.req.query("ok");
  if (!k || !/^admin-[a-z0-9-]+$/.test(k)) return undefined;
  try {
    return c.get("t")(k);
  } catch {
    return undefined;
  }
}

/** Renders a full page. */
export function page(c: Context<AdminEnv>, title: string, body: Child, status = 200) {
  return c.html(
    <>
      {raw("<!doctype html>")}
      <Layout c={c} title={title}>
        {body}
      </Layout>
    </>,
    status as 200,
  );
}
