// The app's Prisma client: one per process, connected as the app's role (DATABASE_URL).
import "server-only";
import { createPrismaClient, type Db } from "./db-client";
import { env } from "./env";

const holder = globalThis as unknown as { portalDb?: Db };

export function db(): Db {
  holder.portalDb ??= createPrismaClient(env().DATABASE_URL);
  return holder.portalDb;
}
