// The bench's PostgreSQL: a throwaway embedded cluster (temporary data directory) with a migrated,
// reference-seeded template, copied into a national and a Hokkaido-only database, each loaded
// with the synthetic data (national-data.ts) and given one signed-in-able 本庁 user.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../../lib/db-client";
import { hashPasswordArgon2id } from "../../lib/auth/password-hash";
import { createTestDatabase, startTestCluster } from "../../tests/setup/test-cluster";
import { loadBenchData, type BenchScale } from "./national-data";

export const BENCH_ADMIN = { email: "bench-admin@bench.example", password: `Bench-${randomBytes(9).toString("base64url")}` };

export interface BenchDatabase {
  scale: BenchScale;
  appUrl: string;
  ownerUrl: string;
  superuserUrl: string;
}

async function addAdmin(appUrl: string) {
  const db = createPrismaClient(appUrl);
  try {
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
    await db.user.create({
      data: {
        email: BENCH_ADMIN.email,
        displayName: "ベンチ本庁",
        passwordHash: await hashPasswordArgon2id(BENCH_ADMIN.password),
        memberships: { create: { prefectureId: prefecture.id, role: "PREFECTURE_ADMIN" } },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

export async function startBenchDatabases(log: (line: string) => void) {
  const t0 = Date.now();
  const { info, dispose } = await startTestCluster();
  log(`embedded PostgreSQL with the migrated, seeded template (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  try {
    const dbs: Record<BenchScale, BenchDatabase> = {} as Record<BenchScale, BenchDatabase>;
    for (const scale of ["national", "hokkaido"] as const) {
      const urls = await createTestDatabase(info, `bench_${scale}`);
      await loadBenchData(urls.superuserUrl, scale, log);
      await addAdmin(urls.appUrl);
      dbs[scale] = { scale, ...urls };
    }
    return { dbs, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
