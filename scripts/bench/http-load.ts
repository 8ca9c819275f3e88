// One figure from autocannon (8 connections): several runs of a few seconds after a warm-up, each
// run's p50, p95 (from every response's latency) and requests per second, and their medians.
// The warm-up is long enough for a freshly started server to reach its steady state: measured on
// the region page (uncached) from a fresh start, 5-second runs gave p95 176, 111, 101 ms and then
// 70–87 ms from the fourth run on, while V8 was still compiling the render path (ADR 0037).
import autocannon from "autocannon";
import { median, percentile } from "./stats";

export const CONNECTIONS = 8;
const RUN_SECONDS = Number(process.env.BENCH_RUN_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 15);
export const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));

export interface RunFigures {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  failed: number;
}

export interface LoadFigures extends RunFigures {
  runs: RunFigures[];
}

export function loadOnce(url: string, headers: Record<string, string>, seconds = RUN_SECONDS): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let failed = 0;
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (err, result) => {
      if (err) return reject(err);
      const requests = latencies.length;
      resolve({ p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: requests / (result.duration || seconds), requests, failed: failed + result.errors + result.timeouts });
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) failed++;
    });
  });
}

/** Warm-up, then RUNS runs; the figure is each quantity's median over the runs. */
export async function measure(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  await loadOnce(url, headers, WARMUP_SECONDS);
  const runs: RunFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(url, headers));
  return {
    runs,
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    rps: median(runs.map((r) => r.rps)),
    requests: runs.reduce((n, r) => n + r.requests, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
  };
}

/** Measures several URLs in turn, run by run (so machine noise spreads over all of them). */
export async function measureInterleaved(targets: { url: string; headers?: Record<string, string> }[]): Promise<LoadFigures[]> {
  for (const t of targets) await loadOnce(t.url, t.headers ?? {}, WARMUP_SECONDS);
  const runs: RunFigures[][] = targets.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [k, t] of targets.entries()) runs[k].push(await loadOnce(t.url, t.headers ?? {}));
  return runs.map((rs) => ({
    runs: rs,
    p50: median(rs.map((r) => r.p50)),
    p95: median(rs.map((r) => r.p95)),
    rps: median(rs.map((r) => r.rps)),
    requests: rs.reduce((n, r) => n + r.requests, 0),
    failed: rs.reduce((n, r) => n + r.failed, 0),
  }));
}
