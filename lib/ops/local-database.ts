// The embedded database of the demo portal: cluster, roles and database under one directory.
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres";
import { APP_ROLE, OWNER_ROLE, ensureRolesAndDatabase, localCredentials, roleUrl } from "./provision";

export interface LocalDatabase {
  cluster: EmbeddedCluster;
  /** The app's role: reads and writes rows, owns nothing. */
  appUrl: string;
  /** The owner role the migrations run as. */
  ownerUrl: string;
}

export async function startLocalDatabase(options: {
  dataDir: string;
  database?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<LocalDatabase> {
  const database = options.database ?? "portal";
  const cluster = await startEmbeddedPostgres(options);
  try {
    const creds = await localCredentials(cluster.dataDir);
    await ensureRolesAndDatabase(cluster.superuserUrl, database, creds);
    const base = cluster.superuserUrl(database);
    return {
      cluster,
      appUrl: roleUrl(base, APP_ROLE, creds.appPassword, database),
      ownerUrl: roleUrl(base, OWNER_ROLE, creds.ownerPassword, database),
    };
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}
