// Two worker processes on one port (ADR 0034) with the HTML cache of public pages (ADR 0033): both
// workers answer, a region page is served from memory after its first load in each, and a change
// announced on the NOTIFY channel (as every write's revalidatePublicPages does) is on the very next
// load from whichever worker answers it. Then the primary drains both workers and exits.
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/ops/embedded-postgres";
import { repoRoot } from "@/lib/ops/paths";
import { processesMentioning, spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { embeddedSuperuserUrl, onCleanup, tempDir } from "./support";

const PAGE_HEADERS = { accept: "text/html", "accept-encoding": "identity" };

describe("public pages across worker processes", () => {
  it("caches per worker and drops the cache in every worker on a change", async () => {
    const dataDir = tempDir("portal-ops-workers-");
    const portal = spawnPortal({ PORT: String(await freePort()), PORTAL_DATA_DIR: dataDir, PORTAL_WORKERS: "2" });
    onCleanup(async () => {
      portal.signal("SIGKILL");
      await portal.exited;
    });
    await waitUntilServing(portal);
    expect(portal.output()).toContain("2プロセス");
    const db = new pg.Client({ connectionString: embeddedSuperuserUrl(dataDir) });
    db.on("error", () => {});
    await db.connect();
    onCleanup(() => db.end().catch(() => {}));
    const { rows } = await db.query<{ code: string; name: string }>(`SELECT code, name FROM home_care_region WHERE valid_to IS NULL ORDER BY code LIMIT 1`);
    const { code, name } = rows[0];
    const page = `${portal.baseUrl}/regions/${code}`;

    const load = async () => {
      const res = await fetch(page, { headers: PAGE_HEADERS });
      return { status: res.status, cache: res.headers.get("x-portal-cache"), id: res.headers.get("x-request-id")!, text: await res.text() };
    };
    // Round robin between the workers: after a few loads each has rendered the page once.
    const first: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < 8; i++) first.push(await load());
    expect(first.every((r) => r.status === 200 && r.text.includes(name))).toBe(true);
    expect(first.filter((r) => r.cache === "miss").length).toBeLessThanOrEqual(2);
    expect(first.filter((r) => r.cache === "hit").length).toBeGreaterThanOrEqual(6);
    const pids = new Set(
      portal
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{") && first.some((r) => l.includes(r.id)))
        .map((l) => (JSON.parse(l) as { pid: number }).pid),
    );
    expect(pids.size).toBe(2);

    // A change, announced as the app announces its writes.
    const renamed = `${name}（改称）`;
    await db.query(`UPDATE home_care_region SET name = $1 WHERE code = $2 AND valid_to IS NULL`, [renamed, code]);
    await db.query(`SELECT pg_notify('portal_public_pages', 'ops-test')`);
    await new Promise((r) => setTimeout(r, 200));
    const after: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < 6; i++) after.push(await load());
    expect(after.map((r) => r.text.includes(renamed))).toEqual([true, true, true, true, true, true]);
    expect(after.filter((r) => r.cache === "miss").length).toBeLessThanOrEqual(2);

    // Signed in (a session cookie): never from the cache.
    const signedIn = await fetch(page, { headers: { ...PAGE_HEADERS, cookie: "authjs.session-token=not-a-real-one" } });
    expect(signedIn.headers.get("x-portal-cache")).toBeNull();

    portal.child.kill("SIGTERM");
    expect(await portal.exited).toEqual({ code: 0, signal: null });
    expect(await processesMentioning(dataDir)).toEqual([]);
    // This clone's workers (another checkout's portal may run on the same machine).
    expect(await processesMentioning(path.join(repoRoot, "scripts", "portal-worker.ts"))).toEqual([]);
  });
});
