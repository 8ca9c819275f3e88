// npm run db:backup — a consistent, compressed pg_dump (custom format) of the portal's database
// into BACKUP_DIR (default: backups/), keeping BACKUP_KEEP generations (default 14).
import { existsSync } from "node:fs";
import path from "node:path";
import { runBackup } from "../lib/ops/backup/backup";
import { resolveTarget } from "../lib/ops/backup/target";
import { repoRoot } from "../lib/ops/paths";

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));
const dir = path.resolve(process.env.BACKUP_DIR || path.join(repoRoot, "backups"));
const keep = Number(process.env.BACKUP_KEEP || 14);
if (!Number.isInteger(keep) || keep < 1) {
  console.error("BACKUP_KEEP は1以上の整数で指定してください。");
  process.exit(2);
}

let code = 0;
const target = await resolveTarget(process.env).catch((err: Error) => {
  console.error(`[backup] データベースに接続できません: ${err.message}`);
  process.exit(1);
});
try {
  console.log(`[backup] ${target.describe} をバックアップしています…`);
  const result = await runBackup({ url: target.ownerUrl, dir, keep });
  const rows = Object.values(result.manifest.rowCounts).reduce((a, b) => a + b, 0);
  console.log(`[backup] 書き出しました: ${result.file}（${Object.keys(result.manifest.rowCounts).length} 表、${rows} 行）`);
  console.log(`[backup] 目録: ${result.manifestFile}`);
  if (result.removed.length) console.log(`[backup] 古い世代を削除しました（${keep} 世代を保持）: ${result.removed.join(", ")}`);
} catch (err) {
  console.error(`[backup] バックアップできませんでした: ${(err as Error).message}`);
  code = 1;
} finally {
  await target.release();
}
process.exit(code);
