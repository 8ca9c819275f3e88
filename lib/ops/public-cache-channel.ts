// Cross-process expiry of the public-page caches (ADR 0033). A write that changes what public pages
// show calls revalidatePublicPages (lib/public-cache/cache.ts), which expires this process's
// caches and sends NOTIFY on PUBLIC_CACHE_CHANNEL; every portal process (other workers, other
// instances on the same database) listens here and expires its own. While the listening
// connection is down a process may miss a write, so its HTML cache is switched off until the
// connection is back, and both caches are expired on reconnecting.
import pg from "pg";
import { PUBLIC_CACHE_CHANNEL } from "../public-cache/expiry";
import { writeLog } from "./request-log";

export { PUBLIC_CACHE_CHANNEL };

export interface ChannelListener {
  /** Resolves once the first LISTEN has succeeded (or failed: the listener keeps retrying). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Listens on the channel with its own connection. `onChange(sender)` runs for every notification
 * (sender: the notifying process's id) and after every reconnection (sender null);
 * `onConnected(false)` when the connection is lost, `(true)` when listening again.
 */
export function listenForPublicChanges(
  connectionString: string,
  handlers: { onChange: (sender: string | null) => void; onConnected: (connected: boolean) => void },
  options: { retryMs?: number } = {},
): ChannelListener {
  const retryMs = options.retryMs ?? 2_000;
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let wasConnected = false;

  const lost = (err?: unknown) => {
    const c = client;
    client = null;
    c?.removeAllListeners();
    c?.on("error", () => {});
    void c?.end().catch(() => {});
    if (wasConnected) {
      wasConnected = false;
      handlers.onConnected(false);
      writeLog({ level: "warn", msg: "public cache channel lost", error: err instanceof Error ? err.message : String(err ?? "") });
    }
    if (!stopped) timer = setTimeout(connect, retryMs);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000, keepAlive: true });
    client = c;
    c.on("error", lost);
    c.on("end", () => client === c && lost(new Error("connection ended")));
    c.on("notification", (n) => {
      if (n.channel === PUBLIC_CACHE_CHANNEL) handlers.onChange(n.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_CACHE_CHANNEL}`);
      if (stopped || client !== c) return;
      wasConnected = true;
      handlers.onConnected(true);
      // Writes made while this process was not listening: expire everything once.
      handlers.onChange(null);
      markReady();
    } catch (err) {
      markReady();
      if (client === c) lost(err);
    }
  };
  void connect();

  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      c?.removeAllListeners();
      c?.on("error", () => {});
      await c?.end().catch(() => {});
    },
  };
}
