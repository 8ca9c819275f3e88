// npm run lighthouse [-- [--url <base>] [path ...]] — Lighthouse figures (desktop preset,
// performance and accessibility) for pages of the portal: 3 runs per page, each run's scores and
// the median per page. Prints figures and asserts nothing.
//  - without --url: starts its own demo portal as `npm start` does (embedded PostgreSQL in a
//    temporary data directory, build if stale) with PORTAL_MAP_TILE_URL empty (no background
//    tiles, no network), and stops it at the end;
//  - paths default to /regions and /.
// Chrome is Debian's /usr/bin/chromium (CHROMIUM_PATH overrides) via chrome-launcher. It needs a
// Japanese font installed, as every device our users have does (Debian: fonts-noto-cjk): without
// one, Chromium draws the Japanese text in narrow placeholder boxes until the portal's web font
// (Noto Sans JP, font-display: swap) arrives, and the re-wrapped text shifts the layout — measured
// on /regions: CLS 0.17, performance 92 without; CLS 0, performance 99 with. The script warns.
// Exit code 0 unless it could not run (portal or Chrome failed, or Lighthouse could not load a page).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { freePort } from "../lib/ops/embedded-postgres";
import { spawnPortal, waitUntilServing, type PortalProcess } from "../tests/e2e/support/portal-process";

const RUNS = 3;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility"] as const;
/** Performance metrics printed alongside the scores (audit id → label, unit). */
const METRICS: [string, string, "ms" | ""][] = [
  ["first-contentful-paint", "FCP", "ms"],
  ["largest-contentful-paint", "LCP", "ms"],
  ["total-blocking-time", "TBT", "ms"],
  ["cumulative-layout-shift", "CLS", ""],
  ["speed-index", "SI", "ms"],
];

function parseArgs(argv: string[]) {
  let base: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--url") base = argv[++i];
    else if (a.startsWith("--url=")) base = a.slice("--url=".length);
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run lighthouse -- [--url http://host:port] [/path ...]   (default paths: /regions /)");
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else paths.push(a.startsWith("/") || /^https?:/.test(a) ? a : `/${a}`);
  }
  if (base !== undefined && !/^https?:\/\/[^/]+/.test(base)) throw new Error(`--url needs a base URL such as http://127.0.0.1:3000 (got ${base || "nothing"})`);
  return { base: base?.replace(/\/+$/, ""), paths: paths.length > 0 ? paths : ["/regions", "/"] };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const score = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100)).padStart(3) : "  –");
const metric = (x: number, unit: string) => (!Number.isFinite(x) ? "–" : unit === "ms" ? `${Math.round(x)} ms` : x.toFixed(3));

/** Whether fontconfig lists a font covering Japanese (false also where fc-list is missing). */
function japaneseFontInstalled(): boolean {
  try {
    return execFileSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

let portal: PortalProcess | undefined;
let dataDir: string | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    try {
      chrome?.kill();
    } catch (err) {
      console.error(`Chrome を停止できませんでした: ${(err as Error).message}`);
    }
    if (portal) {
      portal.signal("SIGTERM");
      const timer = setTimeout(() => portal?.signal("SIGKILL"), 30_000);
      await portal.exited;
      clearTimeout(timer);
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const { base: given, paths } = parseArgs(process.argv.slice(2));
  if (!japaneseFontInstalled()) {
    console.log(
      "warning: no Japanese font is installed (fc-list :lang=ja lists none): Chromium draws the text in placeholder boxes until the web font arrives, " +
        "and the swap shifts the layout, which users' devices do not see — the performance scores come out low. Install one: sudo apt-get install fonts-noto-cjk\n",
    );
  }
  let base = given;
  if (!base) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-lighthouse-"));
    const port = await freePort();
    console.log("starting the portal (embedded PostgreSQL, migrations, seed; next build if the build is stale)…");
    portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: dataDir, PORTAL_MAP_TILE_URL: "" });
    const ms = await waitUntilServing(portal);
    base = portal.baseUrl;
    console.log(`portal serving at ${base} after ${(ms / 1000).toFixed(1)} s`);
  }

  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: "error" });
  const lhVersion = (createRequire(import.meta.url)("lighthouse/package.json") as { version: string }).version;
  console.log(`Lighthouse ${lhVersion} desktop preset, ${CATEGORIES.join(" + ")}, ${RUNS} runs per page, ${CHROMIUM}\n`);

  let failed = false;
  const summary: string[] = [];
  for (const p of paths) {
    const url = /^https?:/.test(p) ? p : base + p;
    const runs: { perf: number; a11y: number; metrics: number[] }[] = [];
    const a11yFailures = new Map<string, string>();
    console.log(url);
    for (let i = 1; i <= RUNS; i++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] }, desktopConfig);
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.log(`  run ${i}: Lighthouse could not measure the page: ${lhr?.runtimeError?.code ?? "no result"} ${lhr?.runtimeError?.message ?? ""}`);
        failed = true;
        continue;
      }
      for (const w of lhr.runWarnings ?? []) console.log(`  run ${i} warning: ${w}`);
      const perf = lhr.categories.performance?.score ?? NaN;
      const a11y = lhr.categories.accessibility?.score ?? NaN;
      const metrics = METRICS.map(([id]) => lhr.audits[id]?.numericValue ?? NaN);
      runs.push({ perf, a11y, metrics });
      for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) a11yFailures.set(ref.id, audit.title);
      }
      console.log(
        `  run ${i}: performance ${score(perf)}  accessibility ${score(a11y)}   ` + METRICS.map(([, label, unit], k) => `${label} ${metric(metrics[k], unit)}`).join("  "),
      );
    }
    if (runs.length > 0) {
      const med = {
        perf: median(runs.map((r) => r.perf)),
        a11y: median(runs.map((r) => r.a11y)),
        metrics: METRICS.map((_, k) => median(runs.map((r) => r.metrics[k]))),
      };
      const line =
        `performance ${score(med.perf)}  accessibility ${score(med.a11y)}   ` + METRICS.map(([, label, unit], k) => `${label} ${metric(med.metrics[k], unit)}`).join("  ");
      console.log(`  median (${runs.length} runs): ${line}`);
      summary.push(`${p.padEnd(16)} ${line}`);
    }
    for (const [id, title] of a11yFailures) console.log(`  accessibility audit not passed: ${id} — ${title}`);
    console.log();
  }
  if (summary.length > 0) console.log(`medians:\n${summary.map((s) => "  " + s).join("\n")}`);
  return failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`\nlighthouse: could not run: ${err instanceof Error ? err.message : String(err)}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
