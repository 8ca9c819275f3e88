// Reads that build their whole answer as JSON in PostgreSQL (json_build_object / json_agg) and
// return it as TEXT in one column `json`: Prisma's handling of a `json` column costs about three
// times the CPU of JSON.parse on the same text (ADR 0030: 1.5 ms against 0.5 ms for the region
// page's counts), and nested reads cost one statement each.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boundOnce, jsonRowsSql } from "./db-json-sql";

/** Runs `sql`, whose rows have one text column `json`, and parses each row. */
export async function queryJson<T>(sql: Prisma.Sql): Promise<T[]> {
  const rows = await db().$queryRaw<{ json: string }[]>(sql);
  return rows.map((r) => JSON.parse(r.json) as T);
}

/** A read of at most one JSON row, and what to make of it (`json` undefined when the SQL has no row). */
export interface JsonRead<T> {
  sql: Prisma.Sql;
  read: (json: unknown) => T;
}

/** One JsonRead on its own: its statement, then its answer. */
export async function runJsonRead<T>({ sql, read }: JsonRead<T>): Promise<T> {
  const [json] = await queryJson<unknown>(sql);
  return read(json);
}

/**
 * Runs several statements of at most one JSON row each as one statement — each a scalar subquery
 * of one SELECT — and returns each one's parsed value (undefined: no row), in order. One round trip
 * and one statement's overhead instead of one per read (ADR 0036); an error in any fails them all.
 */
export async function queryJsonRows(sqls: Prisma.Sql[]): Promise<unknown[]> {
  // Safe: the text is the statement's own SQL with `$n` placeholders; every value is bound.
  const { text, values } = boundOnce(jsonRowsSql(sqls));
  const [row] = await db().$queryRawUnsafe<Record<string, string | null>[]>(text, ...values);
  return sqls.map((_, i) => {
    const text = row[`r${i}`];
    return text === null ? undefined : JSON.parse(text);
  });
}
