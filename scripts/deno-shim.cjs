/**
 * What @grammyjs/i18n's Node build asks of `Deno` (reading the locales directory, path.resolve's
 * cwd, the OS), on node:fs. The build (scripts/build.mjs) puts this in place of @deno/shim-deno,
 * whose full Deno namespace took ~200 ms of every start to load; tests and `npm run dev` keep the
 * real shim. A method i18n starts using that is missing here fails build.test.ts's locale check.
 */
"use strict";
const fs = require("node:fs");

const info = (s, link) => ({
  isFile: s.isFile(),
  isDirectory: s.isDirectory(),
  isSymlink: link ? s.isSymbolicLink() : false,
  size: s.size,
  mtime: s.mtime,
});
const entry = (d) => ({
  name: d.name,
  isFile: d.isFile(),
  isDirectory: d.isDirectory(),
  isSymlink: d.isSymbolicLink(),
});

const Deno = {
  build: { os: process.platform === "win32" ? "windows" : process.platform },
  cwd: () => process.cwd(),
  readTextFile: (p) => fs.promises.readFile(p, "utf8"),
  readTextFileSync: (p) => fs.readFileSync(p, "utf8"),
  readFile: async (p) => new Uint8Array(await fs.promises.readFile(p)),
  readFileSync: (p) => new Uint8Array(fs.readFileSync(p)),
  readDir: async function* (p) {
    for (const d of await fs.promises.readdir(p, { withFileTypes: true })) yield entry(d);
  },
  readDirSync: (p) => fs.readdirSync(p, { withFileTypes: true }).map(entry),
  realPath: (p) => fs.promises.realpath(p),
  realPathSync: (p) => fs.realpathSync(p),
  stat: async (p) => info(await fs.promises.stat(p), false),
  statSync: (p) => info(fs.statSync(p), false),
  lstat: async (p) => info(await fs.promises.lstat(p), true),
  lstatSync: (p) => info(fs.lstatSync(p), true),
};

module.exports = { Deno };
