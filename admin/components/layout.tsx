/**
 * The page frame (header with navigation and language switch, main), used as
 * the hono/jsx-renderer layout: a route answers with
 * `c.render(<Page />, { title })`; set a non-200 status with c.status() first.
 */
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { html } from "hono/html";
import type { Child } from "hono/jsx";
import { jsxRenderer, RequestContext } from "hono/jsx-renderer";
import { translator } from "../../src/i18n/index.js";
import { LANG_COOKIE } from "../auth/session.js";
import type { AdminEnv } from "../context.js";
import { PostForm } from "./forms.js";
import { NAV_ITEMS } from "./nav.js";
import { useCtx } from "./request.js";

export interface PageProps {
  title: string;
  /** a notice shown above the content (e.g. after a redirect) */
  flash?: string;
}

declare module "hono" {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: declaration merging needs the interface
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

function currentPath(c: Context<AdminEnv>): string {
  const u = new URL(c.req.url);
  return u.pathname + u.search;
}

function Frame({ title, children, flash }: PageProps & { children?: Child }) {
  const c = useCtx();
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
              <PostForm action="/logout" class="inline">
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

/** The renderer middleware createAdmin mounts: every c.render() gets the frame. */
export const pageRenderer = () =>
  jsxRenderer<AdminEnv>(({ children, title, flash }) => (
    <Frame title={title} flash={flash}>
      {children}
    </Frame>
  ));

/** A piece of HTML without the frame (e.g. a fragment a page polls), with the request context. */
export function fragment(c: Context<AdminEnv>, body: Child) {
  return c.html(<RequestContext.Provider value={c}>{body}</RequestContext.Provider>);
}

/**
 * An error in the panel's frame and language (401, 403, 404, 413, 500), also for requests
 * stopped before the session was loaded (the body limit, the Origin check): the language then
 * comes from the cookie.
 */
export function errorPage(
  c: Context<AdminEnv>,
  status: 401 | 403 | 404 | 409 | 413 | 500,
  message: string,
) {
  if (!c.get("t")) {
    const locale = getCookie(c, LANG_COOKIE) === "kk" ? "kk" : "ru";
    c.set("locale", locale);
    c.set("t", translator(c.get("a").deps.i18n, locale));
  }
  const t = c.get("t");
  const page = (
    <RequestContext.Provider value={c}>
      <Frame title={t("admin-error-title", { status })}>
        <p class="notice error" role="alert" id="error">
          {message}
        </p>
        <p>
          <a href={status === 401 ? "/login" : "/"}>
            {t(status === 401 ? "admin-error-login" : "admin-error-home")}
          </a>
        </p>
      </Frame>
    </RequestContext.Provider>
  );
  return c.html(html`<!DOCTYPE html>${page}`, status);
}
