// The restore drill (MHLW ガイドライン 6.0: restores are practised): data written through the app,
// `npm run db:backup`, `npm run db:restore` into a brand-new cluster, the portal started on the
// restored database, and the same data read back through its API, a page and the database.
// A missing pg_dump fails this test (the scripts exit non-zero), it never skips.
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { freePort } from "@/lib/ops/embedded-postgres";
import { startLocalDatabase } from "@/lib/ops/local-database";
import { spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { DRILL_STEPS, drillContext, type Restored } from "./drill-data";
import { onCleanup, runScript, seededDatabase, tempDir } from "./support";

describe("restore drill", () => {
  it("backs up, restores into a fresh cluster, and the portal serves the same data", async () => {
    const source = await seededDatabase();
    process.env.DATABASE_URL = source.appUrl; // the domain functions' client (lib/db.ts)
    const db = createPrismaClient(source.appUrl);
    const ctx = await drillContext(db);
    const checks = [];
    for (const step of DRILL_STEPS) checks.push({ name: step.name, check: await step.create(ctx) });
    await db.$disconnect();

    const backups = tempDir("portal-ops-backups-");
    const out = await runScript("db-backup.ts", [], { DATABASE_URL: source.appUrl, MIGRATION_DATABASE_URL: source.ownerUrl, BACKUP_DIR: backups });
    expect(out).toContain("書き出しました");
    const dump = readdirSync(backups).find((f) => f.endsWith(".dump"))!;
    await source.cluster.stop(); // the original machine is gone

    const restoredDir = tempDir("portal-ops-restored-");
    const restoreOut = await runScript("db-restore.ts", [path.join(backups, dump)], { PORTAL_DATA_DIR: restoredDir });
    expect(restoreOut).toMatch(/復元し、確認しました: \d+ 表/);

    const target = await startLocalDatabase({ dataDir: restoredDir });
    onCleanup(() => target.cluster.stop().catch(() => {}));
    const portal = spawnPortal({
      PORT: String(await freePort()),
      DATABASE_URL: target.appUrl,
      MIGRATION_DATABASE_URL: target.ownerUrl,
      AUTH_SECRET: "ops-drill-secret-0123456789-0123456789-abc",
    });
    onCleanup(async () => {
      portal.signal("SIGTERM");
      await portal.exited;
    });
    await waitUntilServing(portal);
    expect(portal.output()).toContain("データベースは最新です");

    const client = new pg.Client({ connectionString: target.appUrl });
    await client.connect();
    onCleanup(() => client.end());
    const restored: Restored = { baseUrl: portal.baseUrl, client };
    for (const { name, check } of checks) {
      await check(restored).catch((err: Error) => {
        throw new Error(`${name}: ${err.message}`);
      });
    }
  });
});
