// npm run db:seed — reference data into DATABASE_URL if empty; demo data only with DEMO_DATA=true.
import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { repoRoot } from "../lib/ops/paths";
import { seedDemoData } from "../lib/ops/seed-demo";
import { seedReferenceData } from "../lib/ops/seed-reference";

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL を設定してください。");
  process.exit(2);
}
const db = createPrismaClient(process.env.DATABASE_URL);
try {
  console.log((await seedReferenceData(db)) ? "参照データを登録しました。" : "参照データは登録済みです。");
  if (process.env.DEMO_DATA === "true") console.log((await seedDemoData(db)) ? "サンプルデータを登録しました。" : "サンプルデータは登録済みです。");
} finally {
  await db.$disconnect();
}
