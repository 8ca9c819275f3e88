// The SQL of queryJsonRows (lib/db-json.ts), on its own so scripts (the bench) can build the same
// statement: each part — SQL of at most one row with one text column `json` — as a scalar subquery
// of one SELECT, in columns r0, r1, …
import { Prisma } from "@/lib/generated/prisma/client";

export function jsonRowsSql(sqls: Prisma.Sql[]): Prisma.Sql {
  const columns = sqls.map((sql, i) => Prisma.sql`(SELECT q.json FROM (${sql}) q) AS ${Prisma.raw(`r${i}`)}`);
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}
