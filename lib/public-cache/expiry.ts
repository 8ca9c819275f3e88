// The process-wide "public data changed" signal (ADR 0033). Both public-page caches follow it:
// the data cache keys its entries by the current generation (lib/public-cache/cache.ts), the
// portal server's HTML cache empties itself (lib/ops/public-html-cache.ts). It lives on globalThis
// because Next's server bundle and the portal's server are separate module graphs in one process.
import { randomUUID } from "node:crypto";

/** The PostgreSQL NOTIFY channel that tells every portal process public data changed. */
export const PUBLIC_CACHE_CHANNEL = "portal_public_pages";

interface ExpiryState {
  generation: number;
  processId: string;
  listeners: Set<() => void>;
}

const KEY = Symbol.for("portal.publicCacheExpiry");

function state(): ExpiryState {
  const g = globalThis as Record<symbol, ExpiryState | undefined>;
  // Next keeps its data cache on disk (.next/cache), so entries outlive the process: a process
  // starts from a generation of its own (the time it started), never from one an earlier process
  // used — a restart after data changed elsewhere (another instance, a restore) reads afresh.
  return (g[KEY] ??= { generation: Date.now(), processId: randomUUID(), listeners: new Set() });
}

/** Changes whenever public data may have changed (a write here or, through NOTIFY, elsewhere). */
export function publicGeneration(): number {
  return state().generation;
}

/** This process's id, sent with NOTIFY so that a process ignores its own notifications. */
export function publicCacheProcessId(): string {
  return state().processId;
}

/** Public data changed: every cache of this process forgets what it holds. */
export function expirePublicCachesLocally(): void {
  const s = state();
  s.generation++;
  for (const listener of s.listeners) listener();
}

export function onPublicCachesExpired(listener: () => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}
