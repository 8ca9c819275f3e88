// Start-up and shutdown as an operator meets them: an external database (DATABASE_URL) gets no
// demo data; /api/ready and pages follow the database going away and coming back; Ctrl-C leaves
// nothing running; a port in use or an unreachable database ends quickly with a clear message.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres } from "@/lib/ops/embedded-postgres";
import { startLocalDatabase, type LocalDatabase } from "@/lib/ops/local-database";
import { launchBrowser } from "./support/browser";
import { processesMentioning, spawnPortal, waitUntilServing, type PortalProcess } from "./support/portal-process";

// The e2e global set-up has built the app. These portals use that build as it is: were one of them
// to find the sources newer (edited during a run) and rebuild, it would replace .next under the
// portal every other e2e file is using, whose pages would then ask for scripts that are gone.
const BUILT = { SKIP_BUILD: "true" };

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  let last: T = await fn();
  while (!ok(last) && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 250));
    last = await fn();
  }
  return last;
}

describe("with DATABASE_URL (an external database)", () => {
  let db: LocalDatabase;
  let portal: PortalProcess;
  let dbDir: string;
  let dbPort: number;

  it("migrates and seeds reference data but creates nothing demo-like", async () => {
    dbDir = tempDir("portal-extdb-");
    dbPort = await freePort();
    db = await startLocalDatabase({ dataDir: dbDir, port: dbPort });
    cleanups.push(() => db.cluster.stop());
    const port = await freePort();
    portal = spawnPortal({ PORT: String(port), DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, AUTH_SECRET: "e2e-secret-0123456789-0123456789-abcdef", ...BUILT });
    cleanups.push(async () => {
      portal.signal("SIGTERM");
      await portal.exited;
    });
    await waitUntilServing(portal);
    expect(portal.output()).not.toContain("サンプルデータを登録しました");
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM health_center WHERE is_sample)::int
           + (SELECT count(*) FROM home_care_region_lead WHERE is_sample)::int
           + (SELECT count(*) FROM user_account WHERE is_sample)::int AS samples,
             (SELECT count(*) FROM home_care_region)::int AS regions`);
    await client.end();
    expect(rows[0]).toEqual({ samples: 0, regions: 21 });
    const home = await (await fetch(`${portal.baseUrl}/`)).text();
    expect(home).toContain("十勝");
    expect(home).not.toContain("デモ環境です");
  });

  it("/api/ready flips to 503 when the database stops and back to 200 when it returns; pages recover", async () => {
    expect((await fetch(`${portal.baseUrl}/api/ready`)).status).toBe(200);
    await db.cluster.stop();

    const down = await waitFor(() => fetch(`${portal.baseUrl}/api/ready`), (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable", reason: "database_unreachable" });
    expect((await fetch(`${portal.baseUrl}/api/health`)).status).toBe(200);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ locale: "ja-JP" });
    const res = await page.goto(`${portal.baseUrl}/`);
    expect(res?.status()).toBeGreaterThanOrEqual(500);
    await page.getByRole("heading", { name: "ページを表示できませんでした" }).waitFor();
    expect(await page.locator("body").innerText()).not.toMatch(/at .*\.js:\d+|Prisma|ECONNREFUSED|Error:/);

    const restarted = await startEmbeddedPostgres({ dataDir: dbDir, port: dbPort });
    cleanups.push(() => restarted.stop());
    const up = await waitFor(() => fetch(`${portal.baseUrl}/api/ready`), (r) => r.status === 200);
    expect(up.status).toBe(200);
    const again = await waitFor(() => fetch(`${portal.baseUrl}/`), (r) => r.status === 200);
    expect(await again.text()).toContain("十勝");
    // The error page's own 「再読み込み」 brings the page back without restarting anything.
    await page.getByRole("button", { name: "再読み込み" }).click();
    await page.getByRole("heading", { name: "在宅医療圏の一覧" }).waitFor();
  });
});

describe("the embedded demo portal's process", () => {
  it("stops on Ctrl-C (SIGINT) and leaves no postgres or next process behind", async () => {
    const dataDir = tempDir("portal-sigint-");
    const port = await freePort();
    const portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: dataDir, ...BUILT });
    await waitUntilServing(portal);
    expect((await fetch(`${portal.baseUrl}/api/health`)).status).toBe(200);
    expect((await processesMentioning(dataDir)).length).toBeGreaterThan(0); // postgres -D <dataDir>/pg

    portal.signal("SIGINT");
    const exit = await portal.exited;
    expect(exit.code).toBe(0);
    expect(portal.output()).toContain("停止しました");
    await new Promise((r) => setTimeout(r, 500));
    expect(await processesMentioning(dataDir)).toEqual([]);
    expect(await processesMentioning(`scripts/start.ts`).then((l) => l.filter((p) => p.includes(String(portal.child.pid))))).toEqual([]);
    // The whole process group is gone: no next-server or worker survived.
    expect(() => process.kill(-portal.child.pid!, 0)).toThrow();
  });

  it("ends within 10 s with a clear message when the port is in use", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    cleanups.push(() => new Promise<void>((r) => blocker.close(() => r())));
    const started = Date.now();
    const portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: tempDir("portal-port-"), ...BUILT });
    const exit = await portal.exited;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(exit.code).not.toBe(0);
    expect(portal.output()).toContain(`ポート ${port} は他のプログラムが使用中です`);
  });

  it("ends within 10 s with a clear message when DATABASE_URL cannot be reached", async () => {
    const deadPort = await freePort();
    const started = Date.now();
    const portal = spawnPortal({ PORT: String(await freePort()), DATABASE_URL: `postgresql://portal_app:x@127.0.0.1:${deadPort}/portal` });
    const exit = await portal.exited;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(exit.code).not.toBe(0);
    expect(portal.output()).toContain("DATABASE_URL のデータベースに接続できません");
  });
});
