// `npm run db:restore <file>`: restores a dump into an EMPTY database as the owner role (objects
// keep their owner; the app role's grants come back from the dump), then checks the result
// against the manifest written at backup time.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { manifestPathOf } from "./backup";
import { compareWithManifest, readDatabaseState, type BackupManifest } from "./manifest";
import { checkToolMatchesServer, connectionFor, findPgTool } from "./pg-tools";

const run = promisify(execFile);

export class RestoreProblem extends Error {}

export interface RestoreResult {
  tables: number;
  rows: number;
  migrations: number;
}

/** `url`: the empty target database, as its owner role (MIGRATION_DATABASE_URL). */
export async function runRestore(options: { file: string; url: string }): Promise<RestoreResult> {
  if (!existsSync(options.file)) throw new RestoreProblem(`バックアップファイルがありません: ${options.file}`);
  const manifestFile = manifestPathOf(options.file);
  if (!existsSync(manifestFile)) {
    throw new RestoreProblem(`バックアップの目録（${manifestFile}）がありません。db:backup が書いた .dump と .manifest.json を一緒に置いてください。`);
  }
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as BackupManifest;
  const pgRestore = await findPgTool("pg_restore");

  await withClient(options.url, async (c) => {
    const { rows } = await c.query<{ n: string }>("SELECT current_setting('server_version_num') AS n");
    checkToolMatchesServer(pgRestore, "pg_restore", Number(rows[0].n));
    const { rows: objects } = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`,
    );
    if (Number(objects[0].n) > 0) {
      throw new RestoreProblem(
        `復元先のデータベース ${new URL(options.url).pathname.slice(1)} は空ではありません（オブジェクト ${objects[0].n} 個）。空のデータベースを用意してください。` +
          `\nThe target database is not empty; restore into a new, empty database.`,
      );
    }
    const { rows: roles } = await c.query<{ r: string }>(`SELECT rolname AS r FROM pg_roles WHERE rolname = ANY($1)`, [manifest.roles]);
    const missing = manifest.roles.filter((r) => !roles.some((x) => x.r === r));
    if (missing.length) {
      throw new RestoreProblem(`復元先のクラスタにロール ${missing.join(", ")} がありません。先に作成してください（README「データベースのロール」）。`);
    }
  });

  const conn = connectionFor(options.url);
  try {
    await run(pgRestore.path, ["--exit-on-error", "--single-transaction", "--no-password", `--dbname=${conn.dbname}`, options.file], {
      env: conn.env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    throw new RestoreProblem(`pg_restore が失敗しました（何も復元されていません）: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
  }

  const actual = await withClient(options.url, async (c) => {
    await c.query("ANALYZE");
    return readDatabaseState(c);
  });
  const problems = compareWithManifest(manifest, actual);
  if (problems.length) throw new RestoreProblem(`復元したデータがバックアップと一致しません:\n  ${problems.join("\n  ")}`);
  return {
    tables: Object.keys(actual.rowCounts).length,
    rows: Object.values(actual.rowCounts).reduce((a, b) => a + b, 0),
    migrations: actual.migrations.length,
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
