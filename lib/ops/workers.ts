// Several server processes on one port (ADR 0034). Node renders a page on one CPU; with
// PORTAL_WORKERS > 1 the start script (the primary) forks that many workers
// (scripts/portal-worker.ts), each a complete portal server (http-server.ts) sharing the listening
// socket through node:cluster. They share nothing in memory: sessions, throttling and data are in
// PostgreSQL, and the public-page caches of every worker follow each write through NOTIFY
// (ADR 0033) — exactly as separate instances behind a load balancer do (ADR 0026).
// The primary owns signals: on SIGTERM/SIGINT it tells every worker to drain (the same graceful
// stop as a single process); workers ignore signals themselves (a terminal's Ctrl-C reaches the
// whole process group). A worker that dies unexpectedly is replaced; a worker whose primary is
// gone drains and exits.
import cluster, { type Worker } from "node:cluster";
import path from "node:path";
import type { PortalServer } from "./http-server";
import { repoRoot } from "./paths";
import { writeLog } from "./request-log";

export interface WorkerOptions {
  host: string;
  port: number;
  baseUrl: string;
}

type DrainOptions = Parameters<PortalServer["drain"]>[0];
type ToWorker = { type: "drain" } & DrainOptions;
type FromWorker = { type: "listening" } | { type: "failed"; message: string };

export interface PortalWorkers {
  count: number;
  drain(options: DrainOptions): Promise<void>;
}

const OPTIONS_ENV = "PORTAL_WORKER_OPTIONS";

/** In the primary: forks `count` workers and resolves once every one of them is listening. */
export async function startPortalWorkers(count: number, options: WorkerOptions): Promise<PortalWorkers> {
  cluster.setupPrimary({ exec: path.join(repoRoot, "scripts", "portal-worker.ts"), execArgv: process.execArgv });
  let stopping = false;
  const live = new Set<Worker>();

  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork({ [OPTIONS_ENV]: JSON.stringify(options) });
      live.add(worker);
      let listening = false;
      worker.on("message", (m: FromWorker) => {
        if (m?.type === "listening") {
          listening = true;
          resolve(worker);
        } else if (m?.type === "failed") reject(new Error(m.message));
      });
      worker.once("exit", (code, signal) => {
        live.delete(worker);
        if (!listening) return reject(new Error(`ワーカーが起動中に終了しました（${signal ?? `終了コード ${code}`}）`));
        if (stopping) return;
        writeLog({ level: "error", msg: "worker exited; starting another", pid: worker.process.pid, code, signal });
        setTimeout(() => {
          if (!stopping) fork().catch((err: unknown) => writeLog({ level: "error", msg: "worker restart failed", error: String(err) }));
        }, 1_000);
      });
    });

  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (err) {
    stopping = true;
    for (const w of live) w.kill("SIGKILL");
    throw err;
  }

  return {
    count,
    async drain(drainOptions) {
      stopping = true;
      const exits = [...live].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once("exit", () => resolve());
            w.send({ type: "drain", ...drainOptions } satisfies ToWorker);
          }),
      );
      const deadline = setTimeout(() => {
        for (const w of live) w.kill("SIGKILL");
      }, drainOptions.deadlineMs + 500);
      await Promise.all(exits);
      clearTimeout(deadline);
    },
  };
}

/** In a worker (scripts/portal-worker.ts): serves until the primary says drain, or is gone. */
export async function runPortalWorker(start: (options: WorkerOptions) => Promise<PortalServer>): Promise<void> {
  const options = JSON.parse(process.env[OPTIONS_ENV] ?? "null") as WorkerOptions | null;
  if (!options || !process.send) throw new Error("portal-worker.ts is started by the start script (node:cluster), not directly");
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => {});
  let portal: PortalServer;
  try {
    portal = await start(options);
  } catch (err) {
    process.send({ type: "failed", message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
    process.exit(1);
  }
  let draining = false;
  const drain = async (o: DrainOptions) => {
    if (draining) return;
    draining = true;
    try {
      await portal.drain(o);
    } finally {
      process.exit(0);
    }
  };
  process.on("message", (m: ToWorker) => {
    if (m?.type === "drain") void drain(m);
  });
  // The primary ended without telling us (killed): finish what is in flight, then go.
  process.on("disconnect", () => void drain({ deadlineMs: 5_000, listenMs: 0 }));
  process.send({ type: "listening" } satisfies FromWorker);
}
