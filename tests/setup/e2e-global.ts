// End-to-end tests run against the real portal, started the way a user starts it (`npm start`:
// embedded PostgreSQL, migrations, seed, build if needed), on a free port and a temporary data
// directory. Chromium must be installed (bash .ci/run does it); a missing browser fails the run.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "@/lib/ops/embedded-postgres";
import { CHROMIUM } from "@/tests/e2e/support/browser";
import { spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { existsSync } from "node:fs";

declare module "vitest" {
  export interface ProvidedContext {
    portalUrl: string;
    portalDataDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required for end-to-end tests: ${CHROMIUM} is missing (apt-get install chromium).`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
  const port = await freePort();
  const portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: dataDir });
  const ms = await waitUntilServing(portal);
  console.log(`[e2e] portal serving at ${portal.baseUrl} after ${(ms / 1000).toFixed(1)} s`);
  project.provide("portalUrl", portal.baseUrl);
  project.provide("portalDataDir", dataDir);
  return async () => {
    portal.signal("SIGTERM");
    await portal.exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
