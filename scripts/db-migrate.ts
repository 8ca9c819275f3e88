// npm run db:migrate — applies pending migrations to MIGRATION_DATABASE_URL (or DATABASE_URL).
import { existsSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../lib/ops/migrate";
import { repoRoot } from "../lib/ops/paths";

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));
const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error("MIGRATION_DATABASE_URL（または DATABASE_URL）を設定してください。埋め込みデータベースは npm start が自動で移行します。");
  process.exit(2);
}
const applied = await migrateDatabase(url);
console.log(applied.length ? `適用しました: ${applied.join(", ")}` : "データベースは最新です。");
