// npm run bench — the portal at national scale (issue 12, ADR 0030). Prints one table of figures
// with their targets (asserts nothing; exit code 0 unless it could not run):
//  1. a throwaway embedded PostgreSQL with two databases: national-scale synthetic data and the
//     Hokkaido share of it alone (scripts/bench/national-data.ts);
//  2. the production build (`npm start`'s script builds when stale), the portal on each database
//     with the bench's page variants enabled (PORTAL_BENCH=1);
//  3. autocannon at 8 connections, each figure the median of 5 runs after a warm-up:
//     (a) a region page uncached, (b) the same markup without database work, (c) the page from
//     the public-page cache, (d) a static file of the same bytes; the facility-counts API; 本庁's
//     review queue; the page on national vs Hokkaido-only data; Prisma vs `pg` on the hottest
//     query; Lighthouse on a region page and the map (/regions). BENCH_SKIP_LIGHTHOUSE=1 skips it.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { repoRoot } from "../lib/ops/paths";
import { BENCH_ADMIN, startBenchDatabases } from "./bench/databases";
import { CONNECTIONS, RUNS, measure, measureInterleaved, type LoadFigures } from "./bench/http-load";
import { lighthouseFigures } from "./bench/lighthouse-figures";
import { startPortal, signIn, type BenchPortal } from "./bench/portal";
import { prismaVsPg } from "./bench/prisma-vs-pg";
import { figureTable, type Figure } from "./bench/stats";

const t0 = Date.now();
const say = (line: string) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const STATIC_FILE = "/bench/region.html";
const portals: BenchPortal[] = [];
let disposeDb: (() => Promise<void>) | undefined;

async function cleanup() {
  for (const p of portals.splice(0)) await p.stop().catch(() => {});
  await disposeDb?.();
  disposeDb = undefined;
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void cleanup().finally(() => process.exit(130)));

/** The Hokkaido region with the longest facility list (the page's heaviest case). */
async function heaviestRegion(superuserUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: superuserUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ code: string }>(`
      SELECT r.code FROM home_care_region r JOIN prefecture p ON p.id = r.prefecture_id AND p.code = '01'
      JOIN home_care_region_member hm ON hm.region_id = r.id AND hm.valid_to IS NULL
      JOIN facility_snapshot_entry e ON e.municipality_id = hm.municipality_id
      GROUP BY r.code ORDER BY count(*) DESC, r.code LIMIT 1`);
    return rows[0].code;
  } finally {
    await c.end();
  }
}

async function body(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return res.text();
}

const ms = (f: LoadFigures) => `p50 ${f.p50.toFixed(1)} ms, ${f.rps.toFixed(0)} req/s${f.failed ? `, ${f.failed} failed` : ""}`;

async function main() {
  say(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const { dbs, dispose } = await startBenchDatabases(say);
  disposeDb = dispose;
  const secret = randomBytes(32).toString("base64url");
  const code = await heaviestRegion(dbs.national.superuserUrl);

  say("starting the portal on the national data (next build first if the build is stale)…");
  let national = await startPortal(dbs.national, secret);
  portals.push(national);
  const page = `${national.baseUrl}/regions/${code}`;
  const uncached = await body(page, { "x-portal-bench": "uncached" });
  const fixture = await body(page, { "x-portal-bench": "fixture" });
  const cached = await body(page);
  // <head> may differ in order (Next streams metadata where it is ready); <main> must not.
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  const same = main(uncached) !== "" && main(uncached) === main(fixture) && main(fixture) === main(cached);
  say(`region ${code}: ${cached.length.toLocaleString("en")} characters; same <main> uncached/fixture/cached: ${same ? "yes" : "NO"}`);
  // A file in public/ is served only if it exists when the server starts: write it, restart.
  writeFileSync(path.join(repoRoot, "public", STATIC_FILE), cached);
  await national.stop();
  portals.splice(0);
  [national] = await Promise.all([startPortal(dbs.national, secret, { skipBuild: true }), startPortal(dbs.hokkaido, secret, { skipBuild: true })].map((p) => p.then((x) => (portals.push(x), x))));
  const hokkaido = portals.find((p) => p !== national)!;
  say(`portals serving: national ${national.baseUrl}, Hokkaido-only ${hokkaido.baseUrl}; ${process.env.PORTAL_WORKERS ?? `${Math.min(os.availableParallelism(), 4)} (the default)`} worker processes each (ADR 0034)`);
  const base = national.baseUrl;
  const variants: Record<string, string>[] = [{ "x-portal-bench": "uncached" }, { "x-portal-bench": "fixture" }, {}];
  for (const h of variants) await body(`${base}/regions/${code}`, h);
  if ((await body(base + STATIC_FILE)) !== cached) say("warning: the static file's bytes differ from the page");

  say(`(a)–(d): ${RUNS} interleaved runs at ${CONNECTIONS} connections…`);
  const [a, b, c, d] = await measureInterleaved([
    { url: `${base}/regions/${code}`, headers: { "x-portal-bench": "uncached" } },
    { url: `${base}/regions/${code}`, headers: { "x-portal-bench": "fixture" } },
    { url: `${base}/regions/${code}` },
    { url: base + STATIC_FILE },
  ]);
  say("facility-counts API…");
  const api = await measure(`${base}/api/v1/facility-counts?level=homecare`);
  say("本庁 review queue (signed in)…");
  const cookie = await signIn(base, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const queue = await measure(`${base}/admin/reviews`, { cookie });
  say("national vs Hokkaido-only (a)…");
  const [aNational, aHokkaido] = await measureInterleaved([
    { url: `${base}/regions/${code}`, headers: { "x-portal-bench": "uncached" } },
    { url: `${hokkaido.baseUrl}/regions/${code}`, headers: { "x-portal-bench": "uncached" } },
  ]);
  say("Prisma vs pg…");
  const q = await prismaVsPg(dbs.national.appUrl, code, RUNS);
  const lh = process.env.BENCH_SKIP_LIGHTHOUSE === "1" ? [] : (say("Lighthouse…"), await lighthouseFigures(base, [`/regions/${code}`, "/regions"]));

  const figures: Figure[] = [
    { name: "(a) region page, uncached: p95", value: a.p95, unit: "ms", target: { op: "≤", bound: 100 }, note: ms(a) },
    { name: "(b) same markup without database work: p95", value: b.p95, unit: "ms", note: ms(b) },
    { name: "a/b (throughput)", value: a.rps / b.rps, unit: "×", target: { op: "≥", bound: 0.7 }, note: `${a.rps.toFixed(0)} ÷ ${b.rps.toFixed(0)} req/s` },
    { name: "(c) region page from the cache: p95", value: c.p95, unit: "ms", note: ms(c) },
    { name: "(d) static file of the same bytes: p95", value: d.p95, unit: "ms", note: ms(d) },
    { name: "c/d (throughput)", value: c.rps / d.rps, unit: "×", target: { op: "≥", bound: 0.9 }, note: `${c.rps.toFixed(0)} ÷ ${d.rps.toFixed(0)} req/s` },
    { name: "facility-counts API: p95", value: api.p95, unit: "ms", target: { op: "≤", bound: 50 }, note: ms(api) },
    { name: "本庁 review queue (national): p95", value: queue.p95, unit: "ms", target: { op: "≤", bound: 150 }, note: ms(queue) },
    { name: "Prisma ÷ raw pg (hottest query, queries/s)", value: q.prismaQps / q.pgQps, unit: "×", target: { op: "≥", bound: 0.8 }, note: `${q.prismaQps.toFixed(0)} ÷ ${q.pgQps.toFixed(0)} q/s, ${q.rows} rows` },
    { name: "national ÷ Hokkaido-only p95 of (a)", value: aNational.p95 / aHokkaido.p95, unit: "×", target: { op: "≤", bound: 1.5 }, note: `${aNational.p95.toFixed(1)} ÷ ${aHokkaido.p95.toFixed(1)} ms` },
    ...lh.flatMap((l): Figure[] => [
      { name: `Lighthouse performance ${l.path}`, value: l.performance, unit: "", target: { op: "≥", bound: 95 } },
      { name: `Lighthouse accessibility ${l.path}`, value: l.accessibility, unit: "", target: { op: "≥", bound: 100 } },
    ]),
  ];
  console.log(`\n${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; region ${code}; ${process.env.PORTAL_WORKERS ?? Math.min(os.availableParallelism(), 4)} worker processes per portal; ${RUNS} runs per figure, medians\n`);
  console.log(figureTable(figures));
  say("done");
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (err) {
  console.error(`\nbench: could not run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await cleanup();
}
process.exit(exitCode);
