// Each integration test file gets its own database, copied from the migrated, seeded template,
// and the app's Prisma client (lib/db.ts) connects to it as the app's role.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-cluster";

const info = inject("testCluster");
const name = `t_${randomBytes(6).toString("hex")}`;
const urls = await createTestDatabase(info, name);
process.env.DATABASE_URL = urls.appUrl;
process.env.TEST_OWNER_DATABASE_URL = urls.ownerUrl;
process.env.TEST_SUPERUSER_DATABASE_URL = urls.superuserUrl;
// MFA secrets are encrypted with a key derived from it (lib/auth/mfa/crypto.ts).
process.env.AUTH_SECRET ??= "integration-tests-auth-secret-0123456789abcdef";

afterAll(async () => {
  const holder = globalThis as unknown as { portalDb?: { $disconnect(): Promise<void> } };
  await holder.portalDb?.$disconnect();
});
