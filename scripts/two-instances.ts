// npm run ops:two-instances — two portal instances behind nginx on loopback, one PostgreSQL:
// shared AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and deployment id; a sign-in on one
// continues on the other; throttling and sign-out hold across both; nginx retries a GET on the
// other upstream but never a POST; a rolling restart (out of
// nginx → drain → restart → ready → back in) during a stream of 1,000 requests, with the count
// of failed requests printed (it must be 0). Exit code 0 only if every check passed.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../lib/ops/embedded-postgres";
import { startLocalDatabase } from "../lib/ops/local-database";
import { DEMO_PASSWORD } from "../lib/ops/demo-accounts";
import { SIGN_IN_PER_ACCOUNT_AND_ADDRESS } from "../lib/throttle/rules";
import { cookiesOf, rawRequest, submitForm, type RawResponse } from "../tests/e2e/support/form-post";
import { spawnPortal, waitUntilServing, type PortalProcess } from "../tests/e2e/support/portal-process";
import { nginxConf } from "./ops/nginx-conf";
import { exerciseRetries, startDroppingUpstream } from "./ops/retry-check";

const say = (s: string) => console.log(`[two-instances] ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const failures: string[] = [];
const check = (ok: boolean, label: string) => {
  console.log(`${ok ? "✓" : "✗"} ${label}`);
  if (!ok) failures.push(label);
};

if (spawnSync("nginx", ["-v"]).error) {
  console.error("nginx が見つかりません（Debian: apt-get install nginx）。 nginx was not found.");
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "portal-two-"));
for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, d));
const db = await startLocalDatabase({ dataDir: path.join(dir, "db") });
const [portA, portB, portN] = [await freePort(), await freePort(), await freePort()];
const front = `http://127.0.0.1:${portN}`;
const shared = {
  DATABASE_URL: db.appUrl,
  MIGRATION_DATABASE_URL: db.ownerUrl,
  DEMO_DATA: "true",
  PORTAL_BASE_URL: front,
  PORTAL_TRUSTED_PROXIES: "127.0.0.1",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  NEXT_DEPLOYMENT_ID: `two-instances-${Date.now()}`,
  SHUTDOWN_READINESS_MS: "1000",
  SHUTDOWN_GRACE_MS: "20000",
};
const instances: Record<"A" | "B", { port: number; proc?: PortalProcess }> = { A: { port: portA }, B: { port: portB } };
const start = async (name: "A" | "B", skipBuild: boolean) => {
  const p = spawnPortal({ ...shared, PORT: String(instances[name].port), ...(skipBuild ? { SKIP_BUILD: "true" } : {}) });
  instances[name].proc = p;
  await waitUntilServing(p);
};
const confFile = path.join(dir, "nginx.conf");
const writeUpstreams = (upstreams: { port: number; down?: boolean }[]) => writeFileSync(confFile, nginxConf({ dir, listenPort: portN, upstreams }));
const writeConf = (down?: "A" | "B") => writeUpstreams([{ port: portA, down: down === "A" }, { port: portB, down: down === "B" }]);
const reloadNginx = () => spawnSync("nginx", ["-p", dir, "-c", confFile, "-s", "reload"], { stdio: "inherit" });

let nginx: ReturnType<typeof spawn> | undefined;
async function cleanup() {
  nginx?.kill("SIGQUIT");
  for (const i of Object.values(instances)) {
    i.proc?.signal("SIGTERM");
    await i.proc?.exited;
  }
  await db.cluster.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}

try {
  say("インスタンスAを起動しています（必要ならビルドします）…");
  await start("A", false);
  say("インスタンスBを起動しています…");
  await start("B", true);
  writeConf();
  nginx = spawn("nginx", ["-p", dir, "-c", confFile], { stdio: "inherit" });
  for (let i = 0; i < 50 && (await fetch(`${front}/api/health`).then((r) => r.status, () => 0)) !== 200; i++) await sleep(100);
  say(`nginx ${front} → A :${portA}, B :${portB}`);
  const A = `http://127.0.0.1:${portA}`;
  const B = `http://127.0.0.1:${portB}`;

  // 1. Signed in on A, continues on B.
  const signIn = (base: string, email: string, password: string) => submitForm(base, "/login", { email, password });
  const signedIn = await signIn(A, "viewer@demo.zaitaku.example", DEMO_PASSWORD);
  const cookie = cookiesOf(signedIn);
  const onB = await rawRequest(`${B}/account`, { headers: { cookie } });
  check(signedIn.status === 303 && onB.status === 200 && onB.body.includes("ログアウト"), "Aでログインし、Bでそのまま続けられる");

  // 2. Throttling counts attempts on both instances together.
  const alertOf = (res: RawResponse) => /role="alert"[^>]*>([^<]*)</.exec(res.body)?.[1] ?? "";
  const email = `two-instances-${Date.now()}@example.jp`;
  for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit; i++) await signIn(i % 2 ? B : A, email, "wrong-password");
  const throttledA = alertOf(await signIn(A, email, "wrong-password"));
  const throttledB = alertOf(await signIn(B, email, "wrong-password"));
  check(/一時的にログインを受け付けていません/.test(throttledA) && /一時的にログインを受け付けていません/.test(throttledB), `ログイン試行の制限（${SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit}回）はA・B合計で数えられる`);

  // 3. Signing out on B ends the session on A too.
  const signedOut = await submitForm(B, "/", {}, { headers: { cookie }, form: "ログアウト" }).then(
    () => true,
    () => false, // no ログアウト form: not signed in on B
  );
  const afterOnA = await rawRequest(`${A}/account`, { headers: { cookie } });
  check(signedOut && !(afterOnA.status === 200 && afterOnA.body.includes("ログアウト")), "Bでログアウトすると、Aでもそのセッションは使えない");

  // 4. Retries: beside A, an upstream that drops every request unanswered.
  const dropping = await startDroppingUpstream();
  writeUpstreams([{ port: dropping.port }, { port: portA }]);
  reloadNginx();
  await sleep(1_000);
  const retry = await exerciseRetries(front, dropping, async () => {
    reloadNginx();
    await sleep(1_000);
  });
  await dropping.close();
  writeConf();
  reloadNginx();
  await sleep(1_000);
  check(retry.getsDropped >= 1 && retry.getsAllOk, `nginxは落ちた上流へのGET（${retry.getsDropped}件）を別のインスタンスで再試行し、すべて200`);
  check(
    retry.postsDropped >= 1 && retry.posts502 === retry.postsDropped,
    `nginxは落ちた上流へのPOST（${retry.postsDropped}件）を再送せず502を返す（POSTの応答: ${retry.postStatuses.join(", ")}）`,
  );

  // 5. A rolling restart during a stream of 1,000 requests through nginx.
  const TOTAL = 1_000;
  const paths = ["/", "/api/health", "/api/v1/designations", "/roadmap", "/api/ready"];
  let sent = 0;
  let errors = 0;
  let rolling = true;
  let duringRestart = 0;
  const errorSamples: string[] = [];
  const worker = async () => {
    while (sent < TOTAL) {
      const p = paths[sent++ % paths.length];
      if (rolling) duringRestart++;
      // One connection per request: when nginx reloads, its old worker closes idle keep-alive
      // connections, and a client reusing one at that instant sees a reset before any request
      // reached a portal (browsers silently retry those; a bare load generator would count them).
      const status = await rawRequest(front + p, { headers: { connection: "close" } }).then((r) => r.status, (e: Error) => `${e.message}`);
      if (status !== 200) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${p}: ${status}`);
      }
      if (rolling) await sleep(80); // spread the stream over the restart
    }
  };
  const stream = Promise.all([worker(), worker(), worker()]);
  for (const name of ["A", "B"] as const) {
    say(`インスタンス${name}を入れ替えます: nginxから外す → 停止（処理中を完了） → 起動 → 準備完了 → 戻す`);
    writeConf(name);
    reloadNginx();
    await sleep(1_000);
    instances[name].proc!.child.kill("SIGTERM");
    const exit = await instances[name].proc!.exited;
    check(exit.code === 0, `インスタンス${name}は正常に停止した（終了コード ${exit.code}）`);
    await start(name, true);
    const ready = await fetch(`http://127.0.0.1:${instances[name].port}/api/ready`).then((r) => r.status, () => 0);
    check(ready === 200, `インスタンス${name}は再起動後 /api/ready が200`);
    writeConf();
    reloadNginx();
    await sleep(1_000);
  }
  rolling = false;
  await stream;
  console.log(`requests: ${TOTAL}, during the rolling restart: ${Math.min(duringRestart, TOTAL)}, errors: ${errors}`);
  if (errorSamples.length) console.log(`  e.g. ${errorSamples.join("; ")}`);
  check(errors === 0, `ローリング再起動中の ${TOTAL} リクエストで失敗 ${errors} 件`);
} catch (err) {
  console.error(err);
  failures.push(String(err));
} finally {
  await cleanup();
}
say(failures.length ? `失敗: ${failures.length} 件` : "すべて成功しました。");
process.exit(failures.length ? 1 : 0);
