// Graceful restarts (ADR 0026): SIGTERM while a sign-in (a submit that writes a session row) is
// held up by a lock in PostgreSQL — /api/ready answers 503 at once, pages are still served, the
// held submit commits and answers, and the process exits within SHUTDOWN_GRACE_MS leaving no
// PostgreSQL or Next process behind.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/ops/embedded-postgres";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { submitForm } from "@/tests/e2e/support/form-post";
import { processesMentioning, spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { embeddedSuperuserUrl, onCleanup, tempDir, waitFor } from "./support";

describe("SIGTERM during a slow submit", () => {
  it("answers 503 on /api/ready, serves pages, lets the submit commit, and exits within the drain time", async () => {
    const dataDir = tempDir("portal-ops-drain-");
    const GRACE_MS = 20_000;
    const portal = spawnPortal({ PORT: String(await freePort()), PORTAL_DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: String(GRACE_MS), SHUTDOWN_READINESS_MS: "2000" });
    onCleanup(async () => {
      portal.signal("SIGKILL");
      await portal.exited;
    });
    await waitUntilServing(portal);
    const locker = new pg.Client({ connectionString: embeddedSuperuserUrl(dataDir) });
    locker.on("error", () => {}); // the cluster stops with the portal
    await locker.connect();
    onCleanup(() => locker.end().catch(() => {}));
    const sessionsOf = async () =>
      Number((await locker.query(`SELECT count(*) FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE u.email = 'viewer@demo.zaitaku.example'`)).rows[0].count);
    const before = await sessionsOf();

    // Hold every new session row: the sign-in's INSERT waits on this lock (reads do not).
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE user_session IN EXCLUSIVE MODE");
    const submit = submitForm(portal.baseUrl, "/login", { email: "viewer@demo.zaitaku.example", password: DEMO_PASSWORD });
    const waiting = await waitFor(
      async () => Number((await locker.query(`SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'user_session' AND NOT l.granted`)).rows[0].count),
      (n) => n > 0,
    );
    expect(waiting).toBeGreaterThan(0);

    const t0 = Date.now();
    portal.child.kill("SIGTERM"); // the node process only, as systemd's KillMode=mixed does
    const ready = await waitFor(() => fetch(`${portal.baseUrl}/api/ready`), (r) => r.status === 503, 5_000);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "draining" });
    const page = await fetch(`${portal.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("在宅医療");

    await new Promise((r) => setTimeout(r, 3_000)); // past the readiness wait: only the held submit keeps it alive
    expect(portal.output()).not.toContain("停止しました");
    await locker.query("COMMIT");
    const res = await submit;
    expect(res.status).toBe(303);
    expect((res.headers["set-cookie"] ?? []).some((c) => /authjs\.session-token=/.test(c))).toBe(true);
    expect(await sessionsOf()).toBe(before + 1);
    await locker.end();

    const exit = await portal.exited;
    const took = Date.now() - t0;
    expect(exit.code).toBe(0);
    expect(took).toBeLessThan(GRACE_MS);
    expect(portal.output()).toContain("停止しました");
    expect(await processesMentioning(dataDir)).toEqual([]);
  });
});
