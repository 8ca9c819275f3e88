// Configuration of `npm start` / `npm run dev`, from the environment (and .env if present).
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "../http/client-address";
import { repoRoot } from "./paths";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const RuntimeSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL はPostgreSQLの接続URLで指定してください" }).optional(),
  MIGRATION_DATABASE_URL: z.string().url({ message: "MIGRATION_DATABASE_URL はPostgreSQLの接続URLで指定してください" }).optional(),
  PORTAL_DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  PORTAL_BASE_URL: z.string().url().optional(),
  DEMO_DATA: bool,
  SKIP_BUILD: bool,
  /** The drain time: SIGTERM to exit at most this long (ADR 0026). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(2_000).default(30_000),
  /** After SIGTERM, keep serving (ready = 503) at least this long so load balancers notice. */
  SHUTDOWN_READINESS_MS: z.coerce.number().int().min(0).default(5_000),
  /** Server processes sharing the port (ADR 0034); default: one per CPU, at most four. */
  PORTAL_WORKERS: z.coerce.number({ message: "PORTAL_WORKERS は1〜64の整数で指定してください" }).int({ message: "PORTAL_WORKERS は1〜64の整数で指定してください" }).min(1, { message: "PORTAL_WORKERS は1〜64の整数で指定してください" }).max(64, { message: "PORTAL_WORKERS は1〜64の整数で指定してください" }).optional(),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET は32文字以上のランダムな文字列にしてください" }).optional(),
  PORTAL_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    }),
});

export interface RuntimeConfig {
  dev: boolean;
  port: number;
  host: string;
  /** True with no DATABASE_URL: the embedded cluster under dataDir. */
  embedded: boolean;
  dataDir: string;
  databaseUrl?: string;
  migrationUrl?: string;
  demo: boolean;
  baseUrl: string;
  skipBuild: boolean;
  shutdownGraceMs: number;
  shutdownReadinessMs: number;
  authSecret?: string;
  /** Node processes serving the portal (always 1 in development). */
  workers: number;
}

export function loadRuntimeConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = RuntimeSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`環境変数の設定に誤りがあります:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  // The embedded database is a demo; an external one gets demo data only when asked.
  const demo = e.DEMO_DATA ?? embedded;
  // A demo with sample accounts listens on loopback only unless HOST says otherwise.
  const host = e.HOST ?? (embedded ? "127.0.0.1" : "0.0.0.0");
  const dev = argv.includes("--dev");
  return {
    dev,
    port: e.PORT,
    host,
    embedded,
    dataDir: path.resolve(e.PORTAL_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    migrationUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL,
    demo,
    baseUrl: e.PORTAL_BASE_URL ?? `http://localhost:${e.PORT}`,
    skipBuild: e.SKIP_BUILD ?? false,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    shutdownReadinessMs: e.SHUTDOWN_READINESS_MS,
    authSecret: e.AUTH_SECRET,
    workers: dev ? 1 : (e.PORTAL_WORKERS ?? Math.min(os.availableParallelism(), 4)),
  };
}
