// The app's environment, validated once with zod. Read lazily so `next build` needs no database.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL はPostgreSQLの接続URLで指定してください" }),
  /** Public base URL of the portal; every absolute link is built from it, never from headers. */
  PORTAL_BASE_URL: z.string().url().default("http://localhost:3000"),
  /** Set by the start script: the demo (embedded or DEMO_DATA=true) labels sample data. */
  PORTAL_DEMO: z.enum(["true", "false"]).default("false"),
});

export type Env = z.infer<typeof EnvSchema>;
let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}
