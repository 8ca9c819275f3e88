// `npm start` (and `npm run dev` with --dev): database, migrations, seed, build, then the portal.
//  - no DATABASE_URL: an embedded PostgreSQL under .data/ — the demo portal, with sample data;
//  - DATABASE_URL (+ MIGRATION_DATABASE_URL for the owner role): that database; nothing
//    demo-like is created unless DEMO_DATA=true.
// SIGTERM (a service manager, a rolling restart): /api/ready answers 503 while the server keeps
// serving for SHUTDOWN_READINESS_MS and until requests in flight finish; then Next, the database
// pool and the embedded PostgreSQL stop, all within SHUTDOWN_GRACE_MS (default 30 s). Ctrl-C
// (SIGINT) does the same without the readiness wait. A second signal exits at once.
import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { buildIsStale, runBuild } from "../lib/ops/build";
import { checkDatabaseReachable } from "../lib/ops/database-check";
import { checkPortFree, startPortalServer } from "../lib/ops/http-server";
import { startLocalDatabase, type LocalDatabase } from "../lib/ops/local-database";
import { migrateDatabase } from "../lib/ops/migrate";
import { repoRoot } from "../lib/ops/paths";
import { loadRuntimeConfig } from "../lib/ops/runtime-config";
import { seedDemoData } from "../lib/ops/seed-demo";
import { seedReferenceData } from "../lib/ops/seed-reference";
import { startPortalWorkers } from "../lib/ops/workers";
import { site } from "../lib/site";
import { DEMO_PASSWORD, demoAccounts } from "../lib/ops/demo-accounts";
import { localSecret } from "../lib/ops/provision";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}秒`;
const say = (line: string) => console.log(`[portal] ${line}`);

function fail(message: string, code = 1): never {
  console.error(`\n[portal] 起動できません: ${message}\n`);
  process.exit(code);
}

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));

let config: ReturnType<typeof loadRuntimeConfig>;
try {
  config = loadRuntimeConfig(process.argv.slice(2));
} catch (err) {
  fail((err as Error).message, 2);
}

let local: LocalDatabase | undefined;
let portal: { drain(options: { deadlineMs: number; listenMs: number }): Promise<void> } | undefined;
let stopping = false;
let firstSignalAt = 0;

async function shutdown(signal: string) {
  // A terminal's Ctrl-C reaches every process of the group; a copy arriving within a moment is
  // the same request. A later one means "stop now".
  if (stopping && Date.now() - firstSignalAt < 1_000) return;
  if (stopping) {
    say(`${signal} を再度受け取ったため、直ちに終了します。`);
    process.exit(130);
  }
  stopping = true;
  firstSignalAt = Date.now();
  say(`${signal} を受け取りました。処理中のリクエストを終えてから停止します（最長${config.shutdownGraceMs / 1000}秒）…`);
  // Whatever happens, the process ends within the drain time.
  setTimeout(() => {
    console.error("[portal] 停止が期限内に終わらないため、強制終了します。");
    process.exit(1);
  }, config.shutdownGraceMs).unref();
  try {
    const listenMs = signal === "SIGTERM" ? config.shutdownReadinessMs : 0;
    // Leave time for PostgreSQL to stop within the deadline.
    const reserve = local ? 3_000 : 500;
    await portal?.drain({ deadlineMs: Math.max(1_000, config.shutdownGraceMs - reserve), listenMs });
  } catch (err) {
    console.error(err);
  }
  try {
    await local?.cluster.stop();
  } catch (err) {
    console.error(err);
  }
  say("停止しました。");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGHUP", () => void shutdown("SIGHUP"));

async function main() {
  try {
    await checkPortFree(config.host, config.port);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") fail(`ポート ${config.port} は他のプログラムが使用中です。PORT=3001 npm start のように別のポートを指定してください。`);
    if (code === "EACCES") fail(`ポート ${config.port} を使う権限がありません。1024以上のポートを指定してください。`);
    fail(`ポート ${config.port}（${config.host}）を開けません: ${(err as Error).message}`);
  }

  let appUrl: string;
  let ownerUrl: string;
  if (config.embedded) {
    say(`埋め込みPostgreSQLを起動しています（データ: ${path.relative(repoRoot, config.dataDir) || config.dataDir}）…`);
    try {
      local = await startLocalDatabase({ dataDir: config.dataDir });
    } catch (err) {
      fail((err as Error).message);
    }
    appUrl = local.appUrl;
    ownerUrl = local.ownerUrl;
  } else {
    appUrl = config.databaseUrl!;
    ownerUrl = config.migrationUrl!;
    for (const [label, url] of [["DATABASE_URL", appUrl], ["MIGRATION_DATABASE_URL", ownerUrl]] as const) {
      const problem = await checkDatabaseReachable(url, 5_000);
      if (problem) fail(`${label} のデータベースに接続できません（${problem}）。接続先・ユーザー・パスワードを確認してください。`);
    }
    if (ownerUrl === appUrl) {
      say("注意: MIGRATION_DATABASE_URL が未設定のため、アプリと同じロールでマイグレーションします。本番では所有者ロールを分けてください（README「外部のPostgreSQL」）。");
    }
  }

  try {
    const applied = await migrateDatabase(ownerUrl);
    say(applied.length ? `マイグレーションを適用しました: ${applied.join(", ")}` : "データベースは最新です。");
  } catch (err) {
    fail(`マイグレーションに失敗しました: ${(err as Error).message}`);
  }

  const db = createPrismaClient(appUrl);
  try {
    if (await seedReferenceData(db)) say("参照データ（医療圏・市町村・暫定の在宅医療圏）を登録しました。");
    if (config.demo && (await seedDemoData(db))) say("デモ用のサンプルデータを登録しました（画面では「サンプル」と表示されます）。");
  } finally {
    await db.$disconnect();
  }

  // The key that signs session cookies: shared by every instance (README). The demo keeps one in
  // its data directory; a production start refuses to run without it.
  let authSecret = config.authSecret;
  if (!authSecret && config.embedded) authSecret = await localSecret(config.dataDir, "auth-secret");
  if (!authSecret) fail("AUTH_SECRET が設定されていません。32文字以上のランダムな文字列を設定してください（例: openssl rand -base64 32）。");

  if (!config.dev && !config.skipBuild && buildIsStale()) {
    say("アプリをビルドしています（初回または変更後のみ）…");
    await runBuild();
  }
  if (stopping) return;

  process.env.DATABASE_URL = appUrl;
  process.env.PORTAL_BASE_URL = config.baseUrl;
  process.env.PORTAL_DEMO = String(config.demo);
  process.env.AUTH_SECRET = authSecret;
  process.env.AUTH_URL = config.baseUrl;
  // MFA for 本庁・保健所: required unless PORTAL_MFA_REQUIRED=false; the demo's default is optional
  // (ADR 0017), so its shared sample accounts stay usable. Anyone may still enrol.
  process.env.PORTAL_MFA_REQUIRED ??= config.demo ? "false" : "true";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  try {
    // One process per CPU by default (ADR 0034); development and PORTAL_WORKERS=1 serve in this one.
    portal =
      config.workers > 1
        ? await startPortalWorkers(config.workers, { host: config.host, port: config.port, baseUrl: config.baseUrl })
        : await startPortalServer({ dev: config.dev, host: config.host, port: config.port, baseUrl: config.baseUrl });
  } catch (err) {
    await local?.cluster.stop();
    fail(`サーバーを開始できません: ${(err as Error).message}`);
  }
  say(`${site.name}を ${config.baseUrl} で公開しました（${elapsed()}${config.dev ? "、開発モード" : `、${config.workers}プロセス`}）。`);
  if (config.demo) {
    say("デモモード: サンプルデータを含みます。本番では DATABASE_URL を設定してください。");
    say(`デモ用アカウント（パスワードはすべて ${DEMO_PASSWORD}）:`);
    for (const a of demoAccounts) say(`  ${a.roleLabel.padEnd(6, "　")} ${a.email}`);
    say(
      process.env.PORTAL_MFA_REQUIRED === "false"
        ? "二段階認証: デモでは任意です（各アカウントの「アカウント」画面から設定できます。PORTAL_MFA_REQUIRED=true で本庁・保健所に必須）。"
        : "二段階認証: 本庁・保健所のアカウントは、初回ログイン時に認証アプリの設定が必要です。",
    );
  }
  say("停止するには Ctrl-C を押してください。");
}

main().catch(async (err) => {
  console.error(err);
  await local?.cluster.stop().catch(() => {});
  fail((err as Error).message);
});
