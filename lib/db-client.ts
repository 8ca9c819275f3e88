// Builds a Prisma client over node-postgres. Used by the app (through lib/db.ts) and by scripts
// and tests, which pass their own URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/** How many distinct SQL texts one process prepares by name at most (ADR 0036). */
export const MAX_NAMED_STATEMENTS = 2_000;

/**
 * Names each distinct SQL text once per process ("portal_1", "portal_2", …), so that node-postgres
 * prepares it once per connection and PostgreSQL may reuse its plan instead of planning every
 * execution (ADR 0036). Texts past `max` (e.g. IN lists of every length) stay unnamed.
 */
export function statementNamer(max = MAX_NAMED_STATEMENTS): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= max) return known;
    const name = `portal_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}

/** DATABASE_PREPARED_STATEMENTS=false turns named statements off (e.g. behind PgBouncer < 1.21 in transaction mode). */
export function preparedStatementsEnabled(value = process.env.DATABASE_PREPARED_STATEMENTS): boolean {
  return !/^(false|0|off|no)$/i.test(value?.trim() ?? "");
}

export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg(
    {
      connectionString,
      // Fail fast while the database is unreachable, so pages answer with an error page and
      // /api/ready with 503 instead of hanging; the pool reconnects by itself when it returns.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    },
    // The adapter's type says string; undefined (a text past the bound) leaves the statement unnamed in pg.
    preparedStatementsEnabled() ? { statementNameGenerator: statementNamer() as (query: { sql: string }) => string } : undefined,
  );
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
