// A throwaway embedded PostgreSQL cluster for a test run, with the portal's roles and a template
// database (migrated and holding the reference data) that each test file copies.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { startEmbeddedPostgres, withClient, type EmbeddedCluster } from "@/lib/ops/embedded-postgres";
import { migrateDatabase } from "@/lib/ops/migrate";
import { APP_ROLE, OWNER_ROLE, ensureRolesAndDatabase, ident, roleUrl, type RoleCredentials } from "@/lib/ops/provision";
import { seedReferenceData } from "@/lib/ops/seed-reference";

export const TEMPLATE_DB = "portal_template";

export interface TestClusterInfo {
  superuserUrl: string;
  creds: RoleCredentials;
}

export async function startTestCluster(): Promise<{ cluster: EmbeddedCluster; info: TestClusterInfo; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
  const cluster = await startEmbeddedPostgres({ dataDir: dir });
  const creds: RoleCredentials = { ownerPassword: "owner-test-pw", appPassword: "app-test-pw" };
  await ensureRolesAndDatabase(cluster.superuserUrl, TEMPLATE_DB, creds);
  const base = cluster.superuserUrl(TEMPLATE_DB);
  await migrateDatabase(roleUrl(base, OWNER_ROLE, creds.ownerPassword, TEMPLATE_DB));
  const db = createPrismaClient(roleUrl(base, APP_ROLE, creds.appPassword, TEMPLATE_DB));
  await seedReferenceData(db);
  await db.$disconnect();
  return {
    cluster,
    info: { superuserUrl: cluster.superuserUrl("postgres"), creds },
    dispose: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database copied from the template; returns the app's and the owner's URLs. */
export async function createTestDatabase(info: TestClusterInfo, name: string, template = TEMPLATE_DB) {
  await withClient(info.superuserUrl, async (c) => {
    // Copies of one template cannot be made concurrently: test files take turns.
    await c.query(`SELECT pg_advisory_lock(72461)`);
    await c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)} OWNER ${ident(OWNER_ROLE)}`);
    await c.query(`SELECT pg_advisory_unlock(72461)`);
    await c.query(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(name)} TO ${ident(APP_ROLE)}`);
  });
  return {
    appUrl: roleUrl(info.superuserUrl, APP_ROLE, info.creds.appPassword, name),
    ownerUrl: roleUrl(info.superuserUrl, OWNER_ROLE, info.creds.ownerPassword, name),
    superuserUrl: roleUrl(info.superuserUrl, new URL(info.superuserUrl).username, decodeURIComponent(new URL(info.superuserUrl).password), name),
  };
}
