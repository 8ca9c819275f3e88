// Helpers of the ops tier: temp directories cleaned up after the file, a migrated and seeded
// embedded database of its own, and the repository's scripts run as an operator runs them.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { startLocalDatabase, type LocalDatabase } from "@/lib/ops/local-database";
import { migrateDatabase } from "@/lib/ops/migrate";
import { repoRoot } from "@/lib/ops/paths";
import { seedReferenceData } from "@/lib/ops/seed-reference";

const run = promisify(execFile);
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});
export const onCleanup = (fn: () => Promise<void> | void) => cleanups.push(fn);

export function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh embedded cluster with the portal's roles, migrated and holding the reference data. */
export async function seededDatabase(dataDir = tempDir("portal-ops-db-"), port?: number): Promise<LocalDatabase> {
  const local = await startLocalDatabase({ dataDir, port });
  onCleanup(() => local.cluster.stop().catch(() => {}));
  await migrateDatabase(local.ownerUrl);
  const db = createPrismaClient(local.appUrl);
  await seedReferenceData(db);
  await db.$disconnect();
  return local;
}

/** Runs `tsx scripts/<name>` with only the given database settings; resolves with its output. */
export async function runScript(script: string, args: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  for (const k of ["DATABASE_URL", "MIGRATION_DATABASE_URL", "PORTAL_DATA_DIR", "TEST_OWNER_DATABASE_URL", "TEST_SUPERUSER_DATABASE_URL"]) delete clean[k];
  const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join("scripts", script), ...args], {
    cwd: repoRoot,
    env: { ...clean, ...env },
  });
  return stdout + stderr;
}

export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  let last = await fn();
  while (!ok(last) && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    last = await fn();
  }
  return last;
}

/** The superuser URL of the embedded cluster a portal runs under `dataDir`. */
export function embeddedSuperuserUrl(dataDir: string, database = "portal") {
  const password = readFileSync(path.join(dataDir, "superuser-password"), "utf8").trim();
  const port = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[3];
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
