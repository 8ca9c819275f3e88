// The cache of public pages' data (ADR 0030): what the public 在宅医療圏 pages read is kept by
// Next's data cache (unstable_cache) under one tag, and every mutation that changes what those
// pages show expires the tag (revalidatePublicPages, called by the server actions and route
// handlers after a successful write). A time bound backs the tag up: the cache lives per
// instance, so another instance behind the same load balancer (or a change made outside the app,
// e.g. a seed) is seen after at most PUBLIC_CACHE_SECONDS.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { todayInJapan } from "@/lib/dates/date-only";

export const PUBLIC_PAGES_TAG = "public-pages";
export const PUBLIC_CACHE_SECONDS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 300);

/**
 * `load(...args)` through the cache. The key holds today's date (Japan), so a page shown "as of
 * today" moves on at midnight. Results must survive JSON (dates as ISO strings).
 */
export function cachedPublicRead<A extends (string | null)[], T>(name: string, load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    const cached = unstable_cache(() => load(...args), [name, todayInJapan(), ...args.map((a) => a ?? "-")], { tags: [PUBLIC_PAGES_TAG], revalidate: PUBLIC_CACHE_SECONDS });
    try {
      return await cached();
    } catch (err) {
      // Outside Next's server (integration tests calling a route handler) there is no cache: read.
      if (err instanceof Error && err.message.startsWith("Invariant: incrementalCache missing")) return load(...args);
      throw err;
    }
  };
}

/** Expires every cached public read at once (callers: whatever changed regions, designations, facilities). */
export function revalidatePublicPages(): void {
  try {
    revalidateTag(PUBLIC_PAGES_TAG, { expire: 0 });
  } catch {
    // Outside a Next request (scripts, tests calling domain functions): there is no cache to expire.
  }
}
