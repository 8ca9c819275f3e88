// One of several server processes started by scripts/start.ts when PORTAL_WORKERS > 1 (ADR 0034):
// the same portal server as a single process, sharing the primary's port through node:cluster.
import { startPortalServer } from "../lib/ops/http-server";
import { runPortalWorker } from "../lib/ops/workers";

await runPortalWorker((options) => startPortalServer({ dev: false, ...options }));
