// Reads that build their whole answer as JSON in PostgreSQL (json_build_object / json_agg) and
// return it as TEXT in one column `json`: Prisma's handling of a `json` column costs about three
// times the CPU of JSON.parse on the same text (ADR 0030: 1.5 ms against 0.5 ms for the region
// page's counts), and nested reads cost one statement each.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Runs `sql`, whose rows have one text column `json`, and parses each row. */
export async function queryJson<T>(sql: Prisma.Sql): Promise<T[]> {
  const rows = await db().$queryRaw<{ json: string }[]>(sql);
  return rows.map((r) => JSON.parse(r.json) as T);
}
