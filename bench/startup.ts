/**
 * First start of `npm start` (node dist/main.js, built by `npm install`) on a fresh embedded PGlite:
 * time from spawn to the first /healthz 200, then idle RSS; a second start on the same data
 * directory as the warm figure; the same on the PostgreSQL server. Baselines in the same run:
 * a bare `node -e` HTTP server, and the sources run through tsx as `npm start` did before the
 * build step (`BENCH_STARTUP_TSX=0` leaves those rows out).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function rssMb(pid: number): Promise<number> {
  // the tsx loader runs the app in a child node process: sum the tree
  const { execSync } = await import("node:child_process");
  const pids = [
    pid,
    ...execSync(`pgrep -P ${pid} || true`).toString().split(/\s+/).filter(Boolean).map(Number),
  ];
  let kb = 0;
  for (const p of pids) {
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

/**
 * CPU time (user + system) the process has used: on a shared, loaded machine the wall time to
 * /healthz mostly measures waiting for a core, this is the work start-up itself takes.
 */
async function cpuTimeMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second)
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

async function timeToHealthy(
  cmd: string,
  args: (port: number) => string[],
  env: Record<string, string>,
) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(cmd, args(port), {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20)); // polling an external process: no event to await
  }
  const ms = performance.now() - t0;
  const cpuMs = await cpuTimeMs(child.pid!);
  await new Promise((r) => setTimeout(r, 1500)); // let start-up garbage settle before reading idle RSS
  const rss = await rssMb(child.pid!);
  const exited = new Promise((r) => child.once("exit", r));
  const s0 = performance.now();
  child.kill("SIGTERM");
  await exited;
  return { ms, cpuMs, rss, stopMs: performance.now() - s0 };
}

export async function benchStartup(): Promise<void> {
  // measure what the sources build to now, not whatever dist/ the last `npm install` left
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
  const dir = await mkdtemp(join(tmpdir(), "review-bench-"));
  try {
    const env = { DATA_DIR: dir, LOG_LEVEL: "warn", BOT_TOKEN: "", DATABASE_URL: "" };
    // exactly what `npm start` runs
    const node = process.execPath;
    const app = () => ["--max-semi-space-size=4", "dist/main.js"]; // as `npm start`
    const tsx = () => ["--import", "tsx", "src/main.ts"];
    const cold = await timeToHealthy(node, app, env);
    const warm = await timeToHealthy(node, app, env);
    const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
    const server = await timeToHealthy(node, app, { ...env, DATABASE_URL: serverUrl }).catch(
      () => undefined,
    );
    const withTsx = process.env.BENCH_STARTUP_TSX !== "0";
    const tsxWarm = withTsx ? await timeToHealthy(node, tsx, env) : undefined;
    const tsxServer = withTsx
      ? await timeToHealthy(node, tsx, { ...env, DATABASE_URL: serverUrl }).catch(() => undefined)
      : undefined;
    const bare = await timeToHealthy(
      process.execPath,
      (port) => ["-e", `require("http").createServer((q,s)=>s.end("ok")).listen(${port})`],
      {},
    );
    const row = (r: { ms: number; cpuMs: number; rss: number; stopMs: number }) => ({
      "to /healthz ms": Math.round(r.ms),
      "CPU ms until then": Math.round(r.cpuMs),
      "idle RSS MB": Math.round(r.rss),
      "SIGTERM→exit ms": Math.round(r.stopMs),
    });
    console.log("\n## Start-up (npm start = node dist/main.js, simulator)");
    console.table({
      "first start (fresh data dir)": row(cold),
      "warm start (same data dir)": row(warm),
      ...(server ? { "PostgreSQL server (DATABASE_URL)": row(server) } : {}),
      ...(tsxWarm ? { "baseline: tsx sources, warm PGlite (before the build)": row(tsxWarm) } : {}),
      ...(tsxServer ? { "baseline: tsx sources, PostgreSQL server": row(tsxServer) } : {}),
      "baseline: bare node http": row(bare),
    });
    console.log(
      "targets: first start < 2000 ms; warm < 1000 ms PGlite / < 500 ms server; idle RSS < 350 MB PGlite / < 100 MB server",
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
