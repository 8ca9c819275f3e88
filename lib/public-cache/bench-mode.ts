// The bench's page variants (ADR 0030), for `npm run bench` only: with PORTAL_BENCH=1 in the
// server's environment (set by scripts/bench.ts when it starts the portal, never by `npm start`
// or a deployment), a public page may be asked by the request header `x-portal-bench` for
//  - "uncached": its data read from the database, bypassing the public-page cache;
//  - "fixture": the data the last uncached read of the same key returned, kept in memory — the
//    same markup rendered without database work.
// Without PORTAL_BENCH=1 the header is ignored and pages behave as always.
import "server-only";
import { headers } from "next/headers";

export type BenchVariant = "uncached" | "fixture" | null;

export async function benchVariant(): Promise<BenchVariant> {
  if (process.env.PORTAL_BENCH !== "1") return null;
  const v = (await headers()).get("x-portal-bench");
  return v === "uncached" || v === "fixture" ? v : null;
}

const store = globalThis as { __portalBenchFixtures?: Map<string, unknown> };
const fixtures = () => (store.__portalBenchFixtures ??= new Map());

/** Reads through `load`, or from the fixture of `key` when the variant asks for it and one exists. */
export async function benchRead<T>(variant: BenchVariant, key: string, load: () => Promise<T>): Promise<T> {
  if (variant === "fixture" && fixtures().has(key)) return fixtures().get(key) as T;
  const value = await load();
  fixtures().set(key, value);
  return value;
}
