// A comparable description of a database's schema: tables, columns (type, nullability, default),
// constraints (primary, unique, foreign, check, exclusion), indexes, triggers, functions, enums
// and extensions in the public schema. Objects that belong to an extension are left out.
import pg from "pg";
import type { SchemaExtra } from "@/prisma/schema-extras";

export type Snapshot = Map<string, string>;

export async function snapshotSchema(url: string): Promise<Snapshot> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out: Snapshot = new Map();
  const add = (key: string, value: string) => out.set(key, value);
  try {
    const notExtension = (oidCol: string, cls: string) =>
      `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oidCol} AND d.classid = '${cls}'::regclass AND d.deptype = 'e')`;
    for (const r of (await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows)
      add(`table:${r.table_name}`, "table");
    for (const r of (
      await c.query(`
        SELECT c.relname AS t, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
               pg_get_expr(d.adbin, d.adrelid) AS def
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`)
    ).rows)
      add(`column:${r.t}.${r.col}`, `${r.type}${r.notnull ? " NOT NULL" : ""}${r.def ? ` DEFAULT ${r.def}` : ""}`);
    for (const r of (
      await c.query(`
        SELECT c.relname AS t, con.conname AS name, pg_get_constraintdef(con.oid) AS def
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND con.contype <> 'n'`)
    ).rows)
      add(`constraint:${r.t}.${r.name}`, r.def);
    for (const r of (await c.query(`SELECT tablename AS t, indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public'`)).rows)
      add(`index:${r.t}.${r.name}`, r.def);
    for (const r of (
      await c.query(`
        SELECT c.relname AS t, tg.tgname AS name, pg_get_triggerdef(tg.oid) AS def
        FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT tg.tgisinternal`)
    ).rows)
      add(`trigger:${r.t}.${r.name}`, r.def);
    for (const r of (
      await c.query(`
        SELECT p.proname AS name, pg_get_functiondef(p.oid) AS def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND ${notExtension("p.oid", "pg_proc")}`)
    ).rows)
      add(`function:${r.name}`, r.def);
    for (const r of (
      await c.query(`
        SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`)
    ).rows)
      add(`enum:${r.name}`, r.labels);
    for (const r of (await c.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)).rows) add(`extension:${r.extname}`, "extension");
  } finally {
    await c.end();
  }
  return out;
}

/** Keys an extra may show up as (an exclusion or unique constraint also makes an index). */
export function extraKeys(extra: SchemaExtra): string[] {
  const qualified = extra.table ? `${extra.table}.${extra.name}` : extra.name;
  const keys = [`${extra.kind}:${qualified}`];
  if (extra.kind === "constraint") keys.push(`index:${qualified}`);
  return keys;
}

export interface Drift {
  /** In schema.prisma's database, not in the one the migrations build. */
  missingFromMigrations: string[];
  /** In the migrations' database, neither in schema.prisma's nor declared as an extra. */
  undeclared: string[];
  /** Declared as an extra but not in the migrations' database. */
  declaredButAbsent: string[];
  /** In both, but different. */
  changed: { key: string; migrations: string; schema: string }[];
}

export function compareSnapshots(migrations: Snapshot, schema: Snapshot, extras: SchemaExtra[], ignore: string[] = []): Drift {
  const declared = new Set(extras.flatMap(extraKeys));
  const skip = (k: string) => ignore.some((prefix) => k.startsWith(prefix));
  const drift: Drift = { missingFromMigrations: [], undeclared: [], declaredButAbsent: [], changed: [] };
  for (const [key, value] of schema) {
    if (skip(key)) continue;
    if (!migrations.has(key)) drift.missingFromMigrations.push(key);
    else if (migrations.get(key) !== value) drift.changed.push({ key, migrations: migrations.get(key)!, schema: value });
  }
  for (const key of migrations.keys()) if (!schema.has(key) && !declared.has(key) && !skip(key)) drift.undeclared.push(key);
  for (const extra of extras) if (!extraKeys(extra).some((k) => migrations.has(k))) drift.declaredButAbsent.push(extraKeys(extra)[0]);
  return drift;
}
