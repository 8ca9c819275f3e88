// The cache of public pages' data (ADR 0030, 0033): what the public 在宅医療圏 pages read is kept
// by Next's data cache (unstable_cache) under one tag, and every mutation that changes what those
// pages show expires it (revalidatePublicPages, called by the server actions and route handlers
// after a successful write): the tag in this process, the generation that is part of every key
// (lib/public-cache/expiry.ts) and the portal server's HTML cache in this process, and — through
// PostgreSQL NOTIFY — the same in every other worker and instance (lib/ops/public-cache-channel.ts).
// A time bound backs it up for changes made outside the app (a seed, SQL by hand): they are seen
// after at most PUBLIC_CACHE_SECONDS.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { todayInJapan } from "@/lib/dates/date-only";
import { db } from "@/lib/db";
import { writeLog } from "@/lib/ops/request-log";
import { PUBLIC_CACHE_CHANNEL, expirePublicCachesLocally, publicCacheProcessId, publicGeneration } from "./expiry";

export const PUBLIC_PAGES_TAG = "public-pages";
export const PUBLIC_CACHE_SECONDS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 300);

/**
 * `load(...args)` through the cache. The key holds today's date (Japan), so a page shown "as of
 * today" moves on at midnight. Results must survive JSON (dates as ISO strings).
 */
export function cachedPublicRead<A extends (string | null)[], T>(name: string, load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    // The process's id as well as its generation: Next keeps the data cache on disk, shared by the
    // worker processes, and each counts its own generations — without the id, a worker whose count
    // reached a number another worker had used earlier would read that worker's older entry.
    const key = [name, todayInJapan(), publicCacheProcessId(), String(publicGeneration()), ...args.map((a) => a ?? "-")];
    const cached = unstable_cache(() => load(...args), key, { tags: [PUBLIC_PAGES_TAG], revalidate: PUBLIC_CACHE_SECONDS });
    try {
      return await cached();
    } catch (err) {
      // Outside Next's server (integration tests calling a route handler) there is no cache: read.
      if (err instanceof Error && err.message.startsWith("Invariant: incrementalCache missing")) return load(...args);
      throw err;
    }
  };
}

/**
 * Expires every cached public read and page at once, here and in every other portal process
 * (callers: whatever changed regions, designations, facilities — after their write committed).
 * Resolves once the notification is sent, so the next request, whichever worker or instance it
 * reaches, sees the change. A failure to send it is logged, not thrown (the write succeeded); the
 * other processes then see the change within PUBLIC_CACHE_SECONDS.
 */
export async function revalidatePublicPages(): Promise<void> {
  try {
    revalidateTag(PUBLIC_PAGES_TAG, { expire: 0 });
  } catch {
    // Outside a Next request (scripts, tests calling domain functions): there is no tag to expire.
  }
  expirePublicCachesLocally();
  try {
    await db().$executeRaw`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${publicCacheProcessId()})`;
  } catch (err) {
    writeLog({ level: "warn", msg: "public cache notify failed", error: err instanceof Error ? err.message : String(err) });
  }
}
