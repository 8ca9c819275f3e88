// Cross-process expiry of the public-page caches (ADR 0033) on a real PostgreSQL: a write's
// revalidatePublicPages reaches every listening process through NOTIFY, and a listener whose
// connection is cut reports it (its HTML cache then stays off) and, once back, expires everything.
import { afterEach, describe, expect, it } from "vitest";
import { withClient } from "@/lib/ops/embedded-postgres";
import { PUBLIC_CACHE_CHANNEL, listenForPublicChanges, type ChannelListener } from "@/lib/ops/public-cache-channel";
import { revalidatePublicPages } from "@/lib/public-cache/cache";
import { onPublicCachesExpired, publicCacheProcessId, publicGeneration } from "@/lib/public-cache/expiry";

const appUrl = process.env.DATABASE_URL!;
const superuserUrl = process.env.TEST_SUPERUSER_DATABASE_URL!;
const listeners: ChannelListener[] = [];
afterEach(async () => {
  for (const l of listeners.splice(0)) await l.stop();
});

async function until(check: () => boolean, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function listen(retryMs = 100) {
  const events: string[] = [];
  const listener = listenForPublicChanges(
    appUrl,
    { onChange: (sender) => events.push(`change:${sender ?? "reconnected"}`), onConnected: (c) => events.push(c ? "up" : "down") },
    { retryMs },
  );
  listeners.push(listener);
  return { listener, events };
}

describe("public cache channel", () => {
  it("a write's revalidatePublicPages expires this process at once and notifies every listener", async () => {
    const a = listen();
    const b = listen();
    await Promise.all([a.listener.ready, b.listener.ready]);
    expect(a.events).toEqual(["up", "change:reconnected"]);
    const before = publicGeneration();
    let expired = 0;
    const off = onPublicCachesExpired(() => expired++);
    try {
      await revalidatePublicPages();
      expect(publicGeneration()).toBe(before + 1);
      expect(expired).toBe(1);
    } finally {
      off();
    }
    const sender = `change:${publicCacheProcessId()}`;
    await until(() => a.events.includes(sender) && b.events.includes(sender), "both listeners");
  });

  it("delivers another process's notification with its id", async () => {
    const a = listen();
    await a.listener.ready;
    await withClient(appUrl, (c) => c.query("SELECT pg_notify($1, $2)", [PUBLIC_CACHE_CHANNEL, "other-process"]));
    await until(() => a.events.includes("change:other-process"), "the notification");
  });

  it("reports a lost connection, reconnects by itself and then expires everything once", async () => {
    const a = listen(100);
    await a.listener.ready;
    a.events.length = 0;
    await withClient(superuserUrl, (c) =>
      c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()`, [`LISTEN ${PUBLIC_CACHE_CHANNEL}`]),
    );
    await until(() => a.events.includes("up"), "the reconnection");
    expect(a.events.slice(0, 3)).toEqual(["down", "up", "change:reconnected"]);
    // Listening again: notifications arrive.
    await withClient(appUrl, (c) => c.query("SELECT pg_notify($1, 'after')", [PUBLIC_CACHE_CHANNEL]));
    await until(() => a.events.includes("change:after"), "a notification after reconnecting");
  });
});
