// npm run bench — start-up figures of the demo portal (prints, asserts nothing):
//   cold: a new data directory (initdb, migrations, reference + demo seed), existing build;
//   warm: the same directory again. Each run ends with SIGINT, as Ctrl-C would.
// Run `npm start` once first so a build exists, or the first figure includes `next build`.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../lib/ops/embedded-postgres";
import { spawnPortal, waitUntilServing } from "../tests/e2e/support/portal-process";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));

async function once(label: string) {
  const port = await freePort();
  const t0 = Date.now();
  const portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: dataDir });
  await waitUntilServing(portal);
  const ready = Date.now() - t0;
  const r0 = Date.now();
  const res = await fetch(`${portal.baseUrl}/`);
  await res.text();
  const firstPage = Date.now() - r0;
  const s0 = Date.now();
  portal.signal("SIGINT");
  await portal.exited;
  const stop = Date.now() - s0;
  console.log(`${label.padEnd(6)} ready ${(ready / 1000).toFixed(2)} s   first page ${firstPage} ms (HTTP ${res.status})   stop ${stop} ms`);
}

try {
  await once("cold");
  for (let i = 1; i <= runs; i++) await once(`warm${i}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
