import pg from "pg";

/** Connects once with a deadline; returns null when the database answers, else the reason. */
export async function checkDatabaseReachable(url: string, timeoutMs: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code ? `${e.code}: ${e.message}` : e.message;
  } finally {
    await client.end().catch(() => {});
  }
}
