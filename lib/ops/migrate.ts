// Applies prisma/migrations with Prisma's schema engine (WebAssembly build) as the owner role.
import { openSchemaEngine } from "./schema-engine";
import { migrationsDir } from "./paths";

export async function migrateDatabase(ownerUrl: string, dir = migrationsDir): Promise<string[]> {
  const engine = await openSchemaEngine(ownerUrl);
  try {
    return await engine.applyMigrations(dir);
  } finally {
    await engine.close();
  }
}
