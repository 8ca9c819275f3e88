// Backups: a custom-format pg_dump with a manifest read in the same snapshot; generations pruned;
// a restore into an empty database keeps owners and the app role's grants and matches the
// manifest; a non-empty target, a missing or older pg_dump are refused plainly. pg_dump missing
// on this machine FAILS the test (apt-get install postgresql-client; .ci/run does it).
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBackup, pruneBackups } from "@/lib/ops/backup/backup";
import { runRestore } from "@/lib/ops/backup/restore";
import { findPgTool, parsePgVersion } from "@/lib/ops/backup/pg-tools";
import { withClient } from "@/lib/ops/embedded-postgres";
import { APP_ROLE, OWNER_ROLE, ident, roleUrl } from "@/lib/ops/provision";

const dir = mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;
const superuserUrl = process.env.TEST_SUPERUSER_DATABASE_URL!;

async function emptyDatabase(): Promise<string> {
  const name = `restore_${randomBytes(4).toString("hex")}`;
  await withClient(superuserUrl, async (c) => {
    await c.query(`CREATE DATABASE ${ident(name)} OWNER ${ident(OWNER_ROLE)}`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(name)} TO ${ident(APP_ROLE)}`);
  });
  const u = new URL(ownerUrl);
  return roleUrl(ownerUrl, OWNER_ROLE, decodeURIComponent(u.password), name);
}

describe("db:backup and db:restore", () => {
  it("has pg_dump and pg_restore of PostgreSQL 15 or later (the embedded server is 15.18)", async () => {
    expect((await findPgTool("pg_dump")).major).toBeGreaterThanOrEqual(15);
    expect((await findPgTool("pg_restore")).major).toBeGreaterThanOrEqual(15);
    expect(parsePgVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toEqual({ major: 15, minor: 18, version: "15.18" });
  });

  it("backs up, restores into an empty database with owners and grants, and the checks pass", async () => {
    const result = await runBackup({ url: ownerUrl, dir, keep: 3 });
    expect(existsSync(result.file)).toBe(true);
    expect(result.manifest.rowCounts.home_care_region).toBe(21);
    expect(result.manifest.migrations.length).toBeGreaterThan(5);
    expect(result.manifest.appGrants.audit_entry).toBe("INSERT,SELECT");
    expect(result.manifest.roles).toEqual([APP_ROLE, OWNER_ROLE].sort());

    const target = await emptyDatabase();
    const restored = await runRestore({ file: result.file, url: target });
    expect(restored.migrations).toBe(result.manifest.migrations.length);
    // The app role reads and writes as before, and still cannot change the audit trail.
    const appUrl = new URL(target);
    appUrl.username = APP_ROLE;
    appUrl.password = new URL(process.env.DATABASE_URL!).password;
    await withClient(appUrl.toString(), async (c) => {
      expect((await c.query("SELECT count(*)::int AS n FROM home_care_region")).rows[0].n).toBe(21);
      await expect(c.query("DELETE FROM audit_entry")).rejects.toThrow();
      await expect(c.query("SELECT * FROM _prisma_migrations")).rejects.toThrow();
    });
    const { rows } = await withClient(target, (c) =>
      c.query(`SELECT DISTINCT pg_get_userbyid(relowner) AS r FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`),
    );
    expect(rows.map((r) => r.r)).toEqual([OWNER_ROLE]);

    // A second restore into the now non-empty database is refused before touching it.
    await expect(runRestore({ file: result.file, url: target })).rejects.toThrow(/空ではありません/);
  });

  it("keeps only BACKUP_KEEP generations", async () => {
    for (let i = 0; i < 4; i++) await runBackup({ url: ownerUrl, dir, keep: 3, now: new Date(Date.UTC(2030, 0, 1, 0, 0, i)) });
    const dumps = readdirSync(dir).filter((f) => f.endsWith(".dump"));
    expect(dumps).toHaveLength(3);
    expect(readdirSync(dir).filter((f) => f.endsWith(".manifest.json"))).toHaveLength(3);
    expect(await pruneBackups(dir, 1)).toHaveLength(2);
  });

  it("stops with a plain message when pg_dump is missing or older than the server", async () => {
    const saved = process.env.PORTAL_PG_DUMP;
    try {
      process.env.PORTAL_PG_DUMP = "/nonexistent/pg_dump";
      await expect(runBackup({ url: ownerUrl, dir, keep: 3 })).rejects.toThrow(/pg_dump が見つかりません/);
      const old = path.join(dir, "old-pg_dump");
      writeFileSync(old, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 13.4'\n");
      chmodSync(old, 0o755);
      process.env.PORTAL_PG_DUMP = old;
      await expect(runBackup({ url: ownerUrl, dir, keep: 3 })).rejects.toThrow(/より古いため使えません/);
    } finally {
      if (saved === undefined) delete process.env.PORTAL_PG_DUMP;
      else process.env.PORTAL_PG_DUMP = saved;
    }
  });
});
