// A database outage during an application submit (issue 11, ADR 0026): the demo applicant edits
// the サンプル draft, PostgreSQL stops, 提出する gets a plain Japanese message and the form keeps what
// was typed; nothing is written (the application stays a draft with no submit event, audit row or
// notice); after PostgreSQL is back the same button submits it, once.
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { submitFailureMessages } from "@/lib/http/submit-failure";
import { freePort } from "@/lib/ops/embedded-postgres";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { startLocalDatabase } from "@/lib/ops/local-database";
import { repoRoot } from "@/lib/ops/paths";
import { SAMPLE_APPLICATION_ID } from "@/lib/ops/seed-demo-applications";
import { launchBrowser } from "@/tests/e2e/support/browser";
import { spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { DEMO } from "@/tests/e2e/support/route-inventory";
import { onCleanup, tempDir, waitFor } from "./support";

const OUTLINE = "障害試験：訪問診療で使うポータブルエコーを1台整備する（停止中に入力）。";
const shots = path.join(repoRoot, "tests", ".artifacts");

describe("an application submit while PostgreSQL is down", () => {
  it("says so, keeps the form, writes nothing, and submits once after recovery", async () => {
    const dbDir = tempDir("portal-ops-app-outage-");
    const dbPort = await freePort();
    let db = await startLocalDatabase({ dataDir: dbDir, port: dbPort });
    onCleanup(() => db.cluster.stop().catch(() => {}));
    const portal = spawnPortal({
      PORT: String(await freePort()),
      DATABASE_URL: db.appUrl,
      MIGRATION_DATABASE_URL: db.ownerUrl,
      DEMO_DATA: "true",
      AUTH_SECRET: "ops-app-outage-secret-0123456789-0123456789",
    });
    onCleanup(async () => {
      portal.signal("SIGTERM");
      await portal.exited;
    });
    await waitUntilServing(portal);
    /** What the submit would have written, counted straight in the database. */
    const written = async () => {
      const c = new pg.Client({ connectionString: db.appUrl });
      await c.connect();
      try {
        const one = async (sql: string) => Number((await c.query(sql, [SAMPLE_APPLICATION_ID])).rows[0].n);
        return {
          status: String((await c.query(`SELECT status FROM subsidy_application WHERE id = $1`, [SAMPLE_APPLICATION_ID])).rows[0].status),
          events: await one(`SELECT count(*) AS n FROM application_event WHERE application_id = $1 AND kind = 'submit'`),
          audits: await one(`SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1::text AND action = 'subsidy_application.submit'`),
          notices: await one(`SELECT count(*) AS n FROM notification WHERE application_id = $1`),
        };
      } finally {
        await c.end();
      }
    };

    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    const page = await browser.newPage({ locale: "ja-JP" });
    await page.goto(portal.baseUrl + "/login");
    await page.locator("#email").fill(DEMO.applicant);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("#password").press("Enter");
    await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
    await page.goto(`${portal.baseUrl}/applications/${SAMPLE_APPLICATION_ID}`);
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 });
    expect(await written()).toEqual({ status: "DRAFT", events: 0, audits: 0, notices: 0 });

    await db.cluster.stop();
    await page.getByLabel("事業の概要").fill(OUTLINE);
    await page.getByLabel("金額（円）（1）").fill("5000000");
    await page.getByLabel("総事業費（円）").fill("5000000");
    await page.getByRole("button", { name: "提出する" }).click();
    await page.getByRole("alert").filter({ hasText: submitFailureMessages.unavailable }).waitFor({ timeout: 60_000 }).catch(async (err: Error) => {
      await page.screenshot({ path: path.join(shots, "ops-application-outage-failed.png"), fullPage: true });
      throw new Error(`${err.message}\n--- page ---\n${await page.locator("body").innerText()}\n--- portal ---\n${portal.output().slice(-3000)}`);
    });
    expect(await page.getByLabel("事業の概要").inputValue()).toBe(OUTLINE);
    expect(await page.getByLabel("金額（円）（1）").inputValue()).toBe("5000000");
    expect(await page.getByLabel("総事業費（円）").inputValue()).toBe("5000000");
    // The live calculation still follows what was typed: 5,000,000円 × 1/2.
    expect(await page.getByTestId("requested-yen").innerText()).toContain("2,500,000円");
    await page.screenshot({ path: path.join(shots, "ops-application-outage-message.png"), fullPage: true });

    db = await startLocalDatabase({ dataDir: dbDir, port: dbPort });
    expect(await written()).toEqual({ status: "DRAFT", events: 0, audits: 0, notices: 0 });
    const ready = await waitFor(() => fetch(`${portal.baseUrl}/api/ready`), (r) => r.status === 200, 30_000);
    expect(ready.status).toBe(200);
    await page.getByRole("button", { name: "提出する" }).click();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 30_000 }).toContain("提出済み・");
    expect(await page.locator("main").innerText()).toContain(OUTLINE);
    expect(await page.locator("main").innerText()).toContain("2,500,000円");
    await page.screenshot({ path: path.join(shots, "ops-application-outage-recovered.png"), fullPage: true });
    expect(await written()).toEqual({ status: "SUBMITTED", events: 1, audits: 1, notices: 1 });
  });
});
