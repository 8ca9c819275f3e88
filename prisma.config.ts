// Prisma CLI configuration. Prisma 7 reads no .env by itself, and `prisma generate` needs no
// database, so the URL falls back to a placeholder that is never connected to.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder",
  },
});
