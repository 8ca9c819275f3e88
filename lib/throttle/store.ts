// Throttling counters in PostgreSQL (table throttle_counter), so every app instance counts the
// same attempts. One statement counts an attempt against several limits at once, atomically: 200
// concurrent attempts are counted 200 times, and exactly `limit` of them are let through.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Limit } from "./rules";

/** The database client or a transaction (counted with the change it guards, rolled back with it). */
export type ThrottleClient = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export interface Count extends Limit {
  /** Attempts in the current window, this one included. */
  hits: number;
  /** Seconds until the window ends. */
  retryAfterSeconds: number;
}

export interface Outcome {
  counts: Count[];
  /** The counts over their limit: the attempt must be refused while any is. */
  exceeded: Count[];
  /** Longest wait among the exceeded limits (0 when nothing is exceeded). */
  retryAfterSeconds: number;
}

/** Counts one attempt against every limit and tells whether it may proceed. */
export async function countAttempt(client: ThrottleClient, limits: Limit[]): Promise<Outcome> {
  const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key)); // one lock order: no deadlocks
  const keys = sorted.map((l) => l.key);
  const windows = sorted.map((l) => l.windowSeconds);
  const rows = await client.$queryRaw<{ key: string; hits: number; retry_after: number }[]>`
    INSERT INTO throttle_counter AS c (key, hits, reset_at)
    SELECT k, 1, now() + make_interval(secs => w) FROM unnest(${keys}::text[], ${windows}::int[]) WITH ORDINALITY AS t(k, w, n) ORDER BY n
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.reset_at <= now() THEN 1 ELSE c.hits + 1 END,
      reset_at = CASE WHEN c.reset_at <= now() THEN EXCLUDED.reset_at ELSE c.reset_at END
    RETURNING key, hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM reset_at - now())))::int AS retry_after`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const counts = sorted.map((l): Count => ({ ...l, hits: Number(byKey.get(l.key)!.hits), retryAfterSeconds: Number(byKey.get(l.key)!.retry_after) }));
  const exceeded = counts.filter((c) => c.hits > c.limit);
  if (Math.random() < 0.01) await sweepThrottleCounters(client);
  return { counts, exceeded, retryAfterSeconds: Math.max(0, ...exceeded.map((c) => c.retryAfterSeconds)) };
}

/** The current count of `limit` without counting anything: over it when `hits >= limit`. */
export async function peekCount(client: ThrottleClient, limit: Limit): Promise<{ hits: number; retryAfterSeconds: number }> {
  const rows = await client.$queryRaw<{ hits: number; retry_after: number }[]>`
    SELECT hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM reset_at - now())))::int AS retry_after
    FROM throttle_counter WHERE key = ${limit.key} AND reset_at > now()`;
  return rows[0] ? { hits: Number(rows[0].hits), retryAfterSeconds: Number(rows[0].retry_after) } : { hits: 0, retryAfterSeconds: 0 };
}

/** Gives one attempt back (a sign-in that succeeded does not use up its address's allowance). */
export async function giveBack(client: ThrottleClient, key: string): Promise<void> {
  await client.$executeRaw`UPDATE throttle_counter SET hits = GREATEST(hits - 1, 0) WHERE key = ${key}`;
}

/** Starts a key afresh (a successful sign-in clears its account-and-address count). */
export async function resetCount(client: ThrottleClient, key: string): Promise<void> {
  await client.$executeRaw`DELETE FROM throttle_counter WHERE key = ${key}`;
}

/** Drops counters whose window ended more than a day ago (run now and then by countAttempt). */
export async function sweepThrottleCounters(client: ThrottleClient): Promise<number> {
  return client.$executeRaw`DELETE FROM throttle_counter WHERE reset_at < now() - interval '1 day'`;
}
