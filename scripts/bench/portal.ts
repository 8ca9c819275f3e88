// The portal under test: `npm start`'s script against a bench database (production build, built
// first when stale), with the bench's page variants enabled (PORTAL_BENCH=1, ADR 0030). Its
// output is kept to the last 64 KiB (one log line per request would otherwise pile up).
import { spawn } from "node:child_process";
import { freePort } from "../../lib/ops/embedded-postgres";
import { repoRoot } from "../../lib/ops/paths";
import { cookiesOf, submitForm } from "../../tests/e2e/support/form-post";
import type { BenchDatabase } from "./databases";

export interface BenchPortal {
  baseUrl: string;
  stop: () => Promise<void>;
}

export async function startPortal(database: BenchDatabase, authSecret: string, options: { skipBuild?: boolean; timeoutMs?: number } = {}): Promise<BenchPortal> {
  const timeoutMs = options.timeoutMs ?? 900_000;
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of ["PORTAL_DATA_DIR", "DEMO_DATA", "TEST_OWNER_DATABASE_URL", "TEST_SUPERUSER_DATABASE_URL"]) delete env[key];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: repoRoot,
    env: {
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PORTAL_BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.appUrl,
      MIGRATION_DATABASE_URL: database.ownerUrl,
      AUTH_SECRET: authSecret,
      PORTAL_MFA_REQUIRED: "false",
      PORTAL_MAP_TILE_URL: "",
      SHUTDOWN_READINESS_MS: "0",
      PORTAL_BENCH: "1",
      SKIP_BUILD: options.skipBuild ? "true" : "false",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-65_536));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* gone */
    }
  };
  const start = Date.now();
  while (!out.includes("で公開しました")) {
    if (gone) throw new Error(`the portal exited before serving:\n${out}`);
    if (Date.now() - start > timeoutMs) {
      kill("SIGKILL");
      throw new Error(`the portal did not start within ${timeoutMs / 1000} s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      kill("SIGINT");
      const timer = setTimeout(() => kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Signs in through the login form as a browser without JavaScript would; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await submitForm(baseUrl, "/login", { email, password });
  const cookie = cookiesOf(res);
  if (!/session-token=/.test(cookie)) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return cookie;
}
