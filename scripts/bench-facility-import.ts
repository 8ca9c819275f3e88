// npm run bench:facility-import — the real 厚生局 list (36,712 rows) imported end to end: parsed,
// staged and committed as a snapshot, the way 本庁's import and the demo seed do it. Each run is a
// fresh child process on a fresh database copied from a migrated template holding the reference
// data, in a throwaway embedded PostgreSQL. Prints figures and the ≤ 10 s target; asserts nothing.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { systemActor } from "../lib/auth/actor";
import { createPrismaClient } from "../lib/db-client";
import { commitStaged, loadAddressMatcher, stageList } from "../lib/facilities/import-store";
import { parseOfficialList } from "../lib/facilities/official-list";
import { repoRoot } from "../lib/ops/paths";
import { createTestDatabase, startTestCluster } from "../tests/setup/test-cluster";

const LIST = path.join(repoRoot, "prisma/data/hokkaido/official/hokkaido-kouseikyoku-todokede-ika-2025-10-01.xlsx");
const TARGET_MS = 10_000;
const runs = Number(process.env.BENCH_RUNS ?? 3);

interface Figures {
  parseMs: number;
  stageMs: number;
  commitMs: number;
  totalMs: number;
  peakRssMb: number;
  facilities: number;
  entries: number;
}

/** One import in this process, against BENCH_DATABASE_URL; prints its figures as JSON. */
async function child() {
  const db = createPrismaClient(process.env.BENCH_DATABASE_URL!);
  try {
    const t0 = performance.now();
    const bytes = await readFile(LIST);
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
    const list = await parseOfficialList(bytes, { prefecture: { code: prefecture.code, name: prefecture.name } });
    const t1 = performance.now();
    const job = await db.facilityImport.create({
      data: { prefectureId: prefecture.id, fileName: path.basename(LIST), sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    });
    await stageList(db, job.id, list, await loadAddressMatcher(db, prefecture.id, prefecture.name));
    const t2 = performance.now();
    const result = await db.$transaction((tx) => commitStaged(tx, job.id, systemActor("bench")), { timeout: 60_000 });
    const t3 = performance.now();
    const figures: Figures = {
      parseMs: t1 - t0,
      stageMs: t2 - t1,
      commitMs: t3 - t2,
      totalMs: t3 - t0,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      facilities: await db.facility.count(),
      entries: await db.facilitySnapshotEntry.count({ where: { snapshotId: result.snapshotId } }),
    };
    console.log(JSON.stringify(figures));
  } finally {
    await db.$disconnect();
  }
}

function runChild(databaseUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child"], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as Figures);
      else reject(new Error(`benchmark run exited with ${code}: ${out}`));
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  console.log(`facility list import: ${path.basename(LIST)}, ${runs} runs (fresh process, fresh database each)`);
  const { info, dispose } = await startTestCluster();
  const results: Figures[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const urls = await createTestDatabase(info, `bench_${randomBytes(4).toString("hex")}`);
      results.push(await runChild(urls.appUrl));
    }
  } finally {
    await dispose();
  }
  const row = (label: string, f: Omit<Figures, "facilities" | "entries">) =>
    [label.padEnd(6), ...[f.parseMs, f.stageMs, f.commitMs, f.totalMs].map((ms) => ms.toFixed(0).padStart(9)), f.peakRssMb.toFixed(0).padStart(12)].join(" ");
  console.log(["run".padEnd(6), ..."parse ms|stage ms|commit ms|total ms".split("|").map((h) => h.padStart(9)), "peak RSS MB".padStart(12)].join(" "));
  results.forEach((f, i) => console.log(row(String(i + 1), f)));
  const med = {
    parseMs: median(results.map((f) => f.parseMs)),
    stageMs: median(results.map((f) => f.stageMs)),
    commitMs: median(results.map((f) => f.commitMs)),
    totalMs: median(results.map((f) => f.totalMs)),
    peakRssMb: median(results.map((f) => f.peakRssMb)),
  };
  console.log(row("median", med));
  const { facilities, entries } = results[0];
  console.log(`each run: ${facilities.toLocaleString("en")} facilities, ${entries} 在支診・在支病 in the snapshot`);
  console.log(`target: total ≤ ${TARGET_MS / 1000} s (median) — ${med.totalMs <= TARGET_MS ? "PASS" : "FAIL"} (${(med.totalMs / 1000).toFixed(1)} s)`);
}

if (process.argv.includes("--child")) await child();
else await main();
