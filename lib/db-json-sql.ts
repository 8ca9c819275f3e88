// The SQL of queryJsonRows (lib/db-json.ts), on its own so scripts (the bench) can build the same
// statement: each part — SQL of at most one row with one text column `json` — as a scalar subquery
// of one SELECT, in columns r0, r1, …
import { Prisma } from "@/lib/generated/prisma/client";

export function jsonRowsSql(sqls: Prisma.Sql[]): Prisma.Sql {
  const columns = sqls.map((sql, i) => Prisma.sql`(SELECT q.json FROM (${sql}) q) AS ${Prisma.raw(`r${i}`)}`);
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/** How many distinct texts boundOnce keeps (as lib/db-client.ts names at most 2,000 statements). */
const MAX_KEPT_TEXTS = 2_000;
const keptTexts = new Map<string, string>();

/** The key of a value for binding it once: the same JavaScript type and value; null for a value bound on its own. */
function valueKey(value: unknown): string | null {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value === null || value === undefined) return "n";
  if (Array.isArray(value)) return `a${JSON.stringify(value)}`;
  // Other objects (JSON, bytes, decimals) are not compared: each is bound where it appears.
  if (typeof value === "object") return null;
  return `${typeof value}:${String(value)}`;
}

/**
 * `sql` as text and values with each distinct value bound once: `$n` repeats where the value does
 * (the region page's statement binds 6 values instead of 34). Prisma's runtime costs CPU per bound
 * value, and the text — built fresh from the fragments each time — is returned as the one kept
 * string of that text, so the statement namer and node-postgres, which look it up and compare it
 * on every execution, get a string whose hash is already known (ADR 0038).
 * Only for statements whose repeated values have one SQL type wherever they appear (PostgreSQL
 * infers one type per parameter): a date given as text and cast with `::date` is a date everywhere.
 */
export function boundOnce(sql: Prisma.Sql): { text: string; values: unknown[] } {
  const index = new Map<string, number>();
  const values: unknown[] = [];
  const { strings } = sql;
  let text = strings[0];
  for (let i = 0; i < sql.values.length; i++) {
    const value = sql.values[i];
    const key = valueKey(value);
    let n = key === null ? undefined : index.get(key);
    if (n === undefined) {
      values.push(value);
      n = values.length;
      if (key !== null) index.set(key, n);
    }
    text += `$${n}${strings[i + 1]}`;
  }
  const kept = keptTexts.get(text);
  if (kept !== undefined) return { text: kept, values };
  if (keptTexts.size < MAX_KEPT_TEXTS) keptTexts.set(text, text);
  return { text, values };
}
