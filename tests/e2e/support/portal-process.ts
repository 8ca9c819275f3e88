// Runs `npm start`'s script (tsx scripts/start.ts) as its own process group, as a user would.
import { spawn, type ChildProcess } from "node:child_process";
import { repoRoot } from "@/lib/ops/paths";

export interface PortalProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal to the whole process group, as a terminal's Ctrl-C does. */
  signal: (s: NodeJS.Signals) => void;
}

export function spawnPortal(env: Record<string, string>, args: string[] = []): PortalProcess {
  // As `npm start` runs it: one node process with tsx's loader (no relaying parent process).
  const cleanEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "MIGRATION_DATABASE_URL", "DEMO_DATA", "PORTAL_DATA_DIR", "PORT", "HOST", "TEST_OWNER_DATABASE_URL", "TEST_SUPERUSER_DATABASE_URL"]) delete cleanEnv[key];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    cwd: repoRoot,
    // No base-map tiles: the machines running tests have no network (maps draw the GeoJSON alone).
    // No readiness wait on SIGTERM unless a test asks for one (no load balancer to notice it).
    env: { ...cleanEnv, NODE_ENV: "production", PORTAL_MAP_TILE_URL: "", SHUTDOWN_READINESS_MS: "0", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    output: () => out,
    exited,
    signal: (s) => {
      try {
        process.kill(-child.pid!, s);
      } catch {
        /* already gone */
      }
    },
  };
}

/** Waits until the portal says it is serving, or fails with its output. */
export async function waitUntilServing(p: PortalProcess, timeoutMs = 240_000): Promise<number> {
  const start = Date.now();
  let exited = false;
  void p.exited.then(() => (exited = true));
  while (Date.now() - start < timeoutMs) {
    if (exited) throw new Error(`portal exited before serving:\n${p.output()}`);
    if (p.output().includes("で公開しました")) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 100));
  }
  p.signal("SIGKILL");
  throw new Error(`portal did not start within ${timeoutMs} ms:\n${p.output()}`);
}

/** PIDs of live processes whose command line mentions `needle`. */
export async function processesMentioning(needle: string): Promise<string[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const found: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmd.includes(needle)) found.push(`${pid}: ${cmd.replace(/\0/g, " ").trim()}`);
  }
  return found;
}
