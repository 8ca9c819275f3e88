// `npm run db:backup`: pg_dump in custom format (compressed) of one consistent snapshot, with a
// manifest read in that same snapshot, into a directory that keeps the newest N generations.
import { execFile } from "node:child_process";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { readDatabaseState, type BackupManifest } from "./manifest";
import { checkToolMatchesServer, connectionFor, findPgTool } from "./pg-tools";

const run = promisify(execFile);
export const BACKUP_PREFIX = "portal-";
export const DUMP_SUFFIX = ".dump";
export const MANIFEST_SUFFIX = ".manifest.json";

export interface BackupResult {
  file: string;
  manifestFile: string;
  manifest: BackupManifest;
  removed: string[];
}

/** "portal-20261124T020304Z" — sorts by time. */
export function backupBaseName(now: Date): string {
  return BACKUP_PREFIX + now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

export function manifestPathOf(dumpFile: string) {
  return dumpFile.replace(/\.dump$/, "") + MANIFEST_SUFFIX;
}

/** `url`: a role that can read every table (the owner, MIGRATION_DATABASE_URL). */
export async function runBackup(options: { url: string; dir: string; keep: number; now?: Date }): Promise<BackupResult> {
  const pgDump = await findPgTool("pg_dump");
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const base = path.join(options.dir, backupBaseName(options.now ?? new Date()));
  const file = base + DUMP_SUFFIX;
  const manifestFile = base + MANIFEST_SUFFIX;

  // One REPEATABLE READ transaction exports its snapshot; pg_dump dumps exactly that snapshot and
  // the manifest's counts are read in it, so both describe the same moment.
  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  let manifest: BackupManifest;
  try {
    const { rows } = await client.query<{ n: string }>("SELECT current_setting('server_version_num') AS n");
    checkToolMatchesServer(pgDump, "pg_dump", Number(rows[0].n));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: snap } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
    const conn = connectionFor(options.url);
    const partial = file + ".partial";
    const dumping = run(
      pgDump.path,
      ["--format=custom", "--compress=6", `--snapshot=${snap[0].id}`, "--no-password", `--file=${partial}`, `--dbname=${conn.dbname}`],
      { env: conn.env, maxBuffer: 16 * 1024 * 1024 },
    );
    const state = await readDatabaseState(client);
    try {
      await dumping;
    } catch (err) {
      await rm(partial, { force: true });
      throw new Error(`pg_dump が失敗しました: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
    }
    await client.query("COMMIT");
    manifest = { format: 1, createdAt: new Date().toISOString(), ...state };
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
    await rename(partial, file);
  } finally {
    await client.end();
  }
  const removed = await pruneBackups(options.dir, options.keep);
  return { file, manifestFile, manifest, removed };
}

/** Deletes all but the newest `keep` dumps (and their manifests); returns what was removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const dumps = (await readdir(dir)).filter((f) => f.startsWith(BACKUP_PREFIX) && f.endsWith(DUMP_SUFFIX)).sort();
  const old = dumps.slice(0, Math.max(0, dumps.length - Math.max(1, keep)));
  for (const f of old) {
    await rm(path.join(dir, f), { force: true });
    await rm(manifestPathOf(path.join(dir, f)), { force: true });
  }
  return old;
}
