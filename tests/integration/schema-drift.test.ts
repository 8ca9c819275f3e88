// The database the migrations build must be the one schema.prisma describes, plus exactly the
// declared extras (prisma/schema-extras.ts); the app's role has exactly the declared privileges.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withClient } from "@/lib/ops/embedded-postgres";
import { migrationsDir, schemaPath } from "@/lib/ops/paths";
import { APP_ROLE, OWNER_ROLE, ident, roleUrl } from "@/lib/ops/provision";
import { datamodelTarget, emptyTarget, openSchemaEngine } from "@/lib/ops/schema-engine";
import { appPrivileges, schemaExtras } from "@/prisma/schema-extras";
import { compareSnapshots, snapshotSchema } from "@/tests/setup/schema-snapshot";

const info = inject("testCluster");
const PRISMA_BOOKKEEPING = ["table:_prisma_migrations", "column:_prisma_migrations.", "constraint:_prisma_migrations.", "index:_prisma_migrations."];

/** A new empty database built only from `schemaText` (Prisma's diff from nothing). */
async function databaseFromSchema(schemaText: string): Promise<string> {
  const name = `drift_${randomBytes(5).toString("hex")}`;
  await withClient(info.superuserUrl, (c) => c.query(`CREATE DATABASE ${ident(name)} OWNER ${ident(OWNER_ROLE)}`));
  const url = roleUrl(info.superuserUrl, OWNER_ROLE, info.creds.ownerPassword, name);
  const engine = await openSchemaEngine(url);
  const script = await engine.diffScript(emptyTarget, datamodelTarget([{ path: "schema.prisma", content: schemaText }]));
  await engine.close();
  await withClient(url, (c) => c.query(script));
  return url;
}

describe("schema drift", () => {
  it("the migrations build what schema.prisma describes, plus exactly the declared extras", async () => {
    const fromMigrations = await snapshotSchema(process.env.TEST_OWNER_DATABASE_URL!);
    const fromSchema = await snapshotSchema(await databaseFromSchema(await readFile(schemaPath, "utf8")));
    const drift = compareSnapshots(fromMigrations, fromSchema, schemaExtras, PRISMA_BOOKKEEPING);
    expect(drift, `migrations in ${migrationsDir} disagree with schema.prisma`).toEqual({
      missingFromMigrations: [],
      undeclared: [],
      declaredButAbsent: [],
      changed: [],
    });
  });

  it("would fail on a deliberately mismatched column", async () => {
    const original = await readFile(schemaPath, "utf8");
    const mismatched = original
      .replace(/(model Prefecture \{[^}]*?nameKana\s+)String\?/s, "$1String")
      .replace(/(model Municipality \{[^}]*?population2020\s+)Int\?/s, "$1BigInt?");
    expect(mismatched).not.toBe(original);
    const fromMigrations = await snapshotSchema(process.env.TEST_OWNER_DATABASE_URL!);
    const fromSchema = await snapshotSchema(await databaseFromSchema(mismatched));
    const drift = compareSnapshots(fromMigrations, fromSchema, schemaExtras, PRISMA_BOOKKEEPING);
    expect(drift.changed.map((c) => c.key).sort()).toEqual(["column:municipality.population_2020", "column:prefecture.name_kana"]);
  });

  it("the app's role has exactly the declared table privileges", async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string; privileges: string[] }>(
        `SELECT c.relname AS table_name,
                array_remove(ARRAY[
                  CASE WHEN has_table_privilege($1, c.oid, 'DELETE') THEN 'DELETE' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'INSERT') THEN 'INSERT' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'SELECT') THEN 'SELECT' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'UPDATE') THEN 'UPDATE' END,
                  CASE WHEN has_table_privilege($1, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END
                ], NULL) AS privileges
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
        [APP_ROLE],
      );
      for (const row of rows) {
        const expected = appPrivileges.tables[row.table_name] ?? appPrivileges.default;
        expect({ table: row.table_name, privileges: row.privileges }).toEqual({ table: row.table_name, privileges: expected });
      }
    } finally {
      await client.end();
    }
  });
});
