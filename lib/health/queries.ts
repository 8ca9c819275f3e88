import "server-only";
import { db } from "@/lib/db";

export type Readiness = { ready: true } | { ready: false; reason: "database_unreachable"; detail: string };

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function checkReadiness(timeoutMs = 2_500): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ready: true };
  } catch (err) {
    return { ready: false, reason: "database_unreachable", detail: err instanceof Error ? err.message.split("\n")[0] : String(err) };
  } finally {
    clearTimeout(timer);
  }
}
