/** Serves admin/static/* (CSS, JS) from memory under /static/; no CDN anywhere. */
import { readdirSync, readFileSync } from "node:fs";
import { Hono } from "hono";
import { ADMIN_STATIC_DIR } from "../src/paths.js";

const DIR = ADMIN_STATIC_DIR;
const TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  svg: "image/svg+xml",
};

export function staticRoutes(): Hono {
  const files = new Map<string, { body: string; type: string }>();
  for (const name of readdirSync(DIR)) {
    const ext = name.split(".").pop() ?? "";
    const type = TYPES[ext];
    if (type) files.set(name, { body: readFileSync(DIR + name, "utf8"), type });
  }
  const app = new Hono();
  app.get("/:name", (c) => {
    const f = files.get(c.req.param("name"));
    if (!f) return c.notFound();
    c.header("content-type", f.type);
    c.header("cache-control", "public, max-age=3600");
    return c.body(f.body);
  });
  return app;
}
