// Which database the backup scripts work on, as `npm start` would choose it: DATABASE_URL (the
// owner's MIGRATION_DATABASE_URL when given), or the embedded cluster under PORTAL_DATA_DIR
// (.data) — reached where it runs (the portal is up) or started for the duration otherwise.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startLocalDatabase } from "../local-database";
import { OWNER_ROLE, ensureRolesAndDatabase, localCredentials, roleUrl } from "../provision";
import { repoRoot } from "../paths";

export interface DatabaseTarget {
  /** The owner role's URL. */
  ownerUrl: string;
  describe: string;
  release(): Promise<void>;
}

export async function resolveTarget(env: NodeJS.ProcessEnv, database = "portal"): Promise<DatabaseTarget> {
  if (env.DATABASE_URL) {
    const ownerUrl = env.MIGRATION_DATABASE_URL || env.DATABASE_URL;
    const u = new URL(ownerUrl);
    return { ownerUrl, describe: `${u.host}${u.pathname}（${decodeURIComponent(u.username)}）`, release: async () => {} };
  }
  const dataDir = path.resolve(env.PORTAL_DATA_DIR || path.join(repoRoot, ".data"));
  const creds = await localCredentials(dataDir).catch(() => undefined);
  const port = runningPort(dataDir);
  if (port && creds) {
    const password = readFileSync(path.join(dataDir, "superuser-password"), "utf8").trim();
    const superuserUrl = (db = "postgres") => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
    await ensureRolesAndDatabase(superuserUrl, database, creds);
    return {
      ownerUrl: roleUrl(superuserUrl(database), OWNER_ROLE, creds.ownerPassword, database),
      describe: `埋め込みPostgreSQL（${dataDir}、起動中、データベース ${database}）`,
      release: async () => {},
    };
  }
  const local = await startLocalDatabase({ dataDir, database });
  return {
    ownerUrl: local.ownerUrl,
    describe: `埋め込みPostgreSQL（${dataDir}、一時的に起動、データベース ${database}）`,
    release: () => local.cluster.stop(),
  };
}

/** The port of a cluster running on `dataDir` (postmaster.pid: pid, dir, start, port, …). */
function runningPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}
