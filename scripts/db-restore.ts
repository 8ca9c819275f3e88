// npm run db:restore -- <file.dump> [--database <name>] — restores a db:backup dump into an EMPTY
// database (DATABASE_URL/MIGRATION_DATABASE_URL, or the embedded cluster under PORTAL_DATA_DIR,
// where the database is created if missing) and checks it against the backup's manifest.
import { existsSync } from "node:fs";
import path from "node:path";
import { runRestore } from "../lib/ops/backup/restore";
import { resolveTarget } from "../lib/ops/backup/target";
import { repoRoot } from "../lib/ops/paths";

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));
const args = process.argv.slice(2);
const dbFlag = args.indexOf("--database");
const database = dbFlag >= 0 ? args[dbFlag + 1] : undefined;
const file = args.find((a, i) => !a.startsWith("--") && (dbFlag < 0 || i !== dbFlag + 1));
if (!file) {
  console.error("使い方: npm run db:restore -- <バックアップ.dump> [--database <名前>]");
  process.exit(2);
}

let code = 0;
const target = await resolveTarget(process.env, database).catch((err: Error) => {
  console.error(`[restore] データベースに接続できません: ${err.message}`);
  process.exit(1);
});
try {
  console.log(`[restore] ${path.resolve(file)} を ${target.describe} へ復元しています…`);
  const result = await runRestore({ file: path.resolve(file), url: target.ownerUrl });
  console.log(`[restore] 復元し、確認しました: ${result.tables} 表、${result.rows} 行、マイグレーション ${result.migrations} 件がバックアップ時と一致します。`);
} catch (err) {
  console.error(`[restore] ${(err as Error).message}`);
  code = 1;
} finally {
  await target.release();
}
process.exit(code);
