// What a backup held, read in the dump's own snapshot and written beside it; the restore checks
// the restored database against it (row counts per table, migrations, the app role's grants).
import type pg from "pg";
import { APP_ROLE } from "../provision";

export interface BackupManifest {
  format: 1;
  createdAt: string;
  serverVersion: string;
  database: string;
  /** Rows per table of the public schema. */
  rowCounts: Record<string, number>;
  /** Finished migrations, by name, in order. */
  migrations: string[];
  /** Privileges of the app role per table ("DELETE,INSERT,SELECT,UPDATE"). */
  appGrants: Record<string, string>;
  /** Roles that must exist where the dump is restored. */
  roles: string[];
}

export async function readDatabaseState(c: pg.Client): Promise<Omit<BackupManifest, "format" | "createdAt">> {
  const { rows: meta } = await c.query<{ v: string; db: string }>(`SELECT current_setting('server_version') AS v, current_database() AS db`);
  const { rows: tables } = await c.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const rowCounts: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(t.name)}`);
    rowCounts[t.name] = Number(rows[0].n);
  }
  const migrations = rowCounts._prisma_migrations === undefined
    ? []
    : (await c.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )).rows.map((r) => r.name);
  const { rows: grants } = await c.query<{ t: string; p: string }>(
    `SELECT table_name AS t, string_agg(privilege_type, ',' ORDER BY privilege_type) AS p
       FROM information_schema.role_table_grants
      WHERE grantee = $1 AND table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
    [APP_ROLE],
  );
  const { rows: owners } = await c.query<{ r: string }>(
    `SELECT DISTINCT pg_get_userbyid(relowner) AS r FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`,
  );
  const roles = [...new Set([...owners.map((o) => o.r), ...(grants.length ? [APP_ROLE] : [])])].sort();
  return {
    serverVersion: meta[0].v,
    database: meta[0].db,
    rowCounts,
    migrations,
    appGrants: Object.fromEntries(grants.map((g) => [g.t, g.p])),
    roles,
  };
}

/** Differences between what the backup held and what the restored database holds (empty: same). */
export function compareWithManifest(expected: BackupManifest, actual: Omit<BackupManifest, "format" | "createdAt">): string[] {
  const problems: string[] = [];
  const names = new Set([...Object.keys(expected.rowCounts), ...Object.keys(actual.rowCounts)]);
  for (const t of [...names].sort()) {
    const e = expected.rowCounts[t];
    const a = actual.rowCounts[t];
    if (e !== a) problems.push(`表 ${t}: バックアップ時 ${e ?? "なし"} 行、復元後 ${a ?? "なし"} 行`);
  }
  if (expected.migrations.join("\n") !== actual.migrations.join("\n")) {
    problems.push(`マイグレーション履歴（_prisma_migrations）が一致しません: バックアップ時 ${expected.migrations.length} 件、復元後 ${actual.migrations.length} 件`);
  }
  for (const t of new Set([...Object.keys(expected.appGrants), ...Object.keys(actual.appGrants)])) {
    if (expected.appGrants[t] !== actual.appGrants[t]) {
      problems.push(`表 ${t} の ${APP_ROLE} の権限: バックアップ時 ${expected.appGrants[t] ?? "なし"}、復元後 ${actual.appGrants[t] ?? "なし"}`);
    }
  }
  return problems;
}

function quote(name: string) {
  return '"' + name.replace(/"/g, '""') + '"';
}
