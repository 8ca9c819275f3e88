import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (scripts and operational code only; not for the Next.js bundle). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");
export const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
