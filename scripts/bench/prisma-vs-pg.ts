// The hottest query: the region page's statement (lib/regions/page-read.ts: the region, its
// facility series, designations, counts beside the prefecture's and its facility list, combined
// by queryJsonRows — the page's whole database work for today), through Prisma as the app runs it
// and through a `pg` pool; 8 concurrent callers for a few seconds each, queries per second. Both
// sides use named (prepared) statements, as the app does (ADR 0036). The measuring runs in a
// child process (prisma-vs-pg-child.ts) with the `react-server` condition, so that it builds the
// statement with the page's own code rather than a copy of it, and with NODE_ENV=production as the
// portal runs (Prisma Client then formats errors "minimal" and does not capture each call's stack
// for an error that may never come; outside production it does, ~20 µs a call).
import { spawn } from "node:child_process";
import { repoRoot } from "../../lib/ops/paths";

export interface PrismaVsPg {
  prismaQps: number;
  pgQps: number;
  rows: number;
}

export function prismaVsPg(appUrl: string, regionCode: string, runs: number): Promise<PrismaVsPg> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/prisma-vs-pg-child.ts", appUrl, regionCode, String(runs)], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) return reject(new Error(`Prisma vs pg could not run (exit ${code})`));
      resolve(JSON.parse(line) as PrismaVsPg);
    });
  });
}
