// Builds a Prisma client over node-postgres. Used by the app (through lib/db.ts) and by scripts
// and tests, which pass their own URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({
    connectionString,
    // Fail fast while the database is unreachable, so pages answer with an error page and
    // /api/ready with 503 instead of hanging; the pool reconnects by itself when it returns.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
