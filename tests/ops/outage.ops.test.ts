// A database outage during a submit (ADR 0026): 本庁管理者 fills in a 補正, PostgreSQL stops, the
// submit gets a plain Japanese message and keeps what was typed, nothing is written; after
// PostgreSQL is back the same submit succeeds, once. While it is down, the error page and a 500
// from the API show お問い合わせ番号 — the request id of the failing request's log line. A submit
// after a deploy (an action id the server does not know) says to reload and keeps the input.
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/ops/embedded-postgres";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { startLocalDatabase } from "@/lib/ops/local-database";
import { repoRoot } from "@/lib/ops/paths";
import { errorMessages } from "@/components/layout/messages";
import { submitFailureMessages } from "@/lib/http/submit-failure";
import { launchBrowser } from "@/tests/e2e/support/browser";
import { spawnPortal, waitUntilServing } from "@/tests/e2e/support/portal-process";
import { DEMO } from "@/tests/e2e/support/route-inventory";
import { expectErrorReference } from "./error-reference";
import { onCleanup, tempDir, waitFor } from "./support";

const REASON = "障害試験の補正（一度だけ）";

describe("a submit while PostgreSQL is down", () => {
  it("says so, keeps the input, writes nothing, and succeeds once after recovery", async () => {
    const dbDir = tempDir("portal-ops-outage-");
    const dbPort = await freePort();
    let db = await startLocalDatabase({ dataDir: dbDir, port: dbPort });
    onCleanup(() => db.cluster.stop().catch(() => {}));
    const portal = spawnPortal({
      PORT: String(await freePort()),
      DATABASE_URL: db.appUrl,
      MIGRATION_DATABASE_URL: db.ownerUrl,
      DEMO_DATA: "true",
      AUTH_SECRET: "ops-outage-secret-0123456789-0123456789-ab",
    });
    onCleanup(async () => {
      portal.signal("SIGTERM");
      await portal.exited;
    });
    await waitUntilServing(portal);
    const supplements = async () => {
      const c = new pg.Client({ connectionString: db.appUrl });
      await c.connect();
      try {
        return Number((await c.query(`SELECT count(*) FROM budget_supplement WHERE reason = $1`, [REASON])).rows[0].count);
      } finally {
        await c.end();
      }
    };

    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto(portal.baseUrl + "/login");
    await page.locator("#email").fill(DEMO.admin);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("#password").press("Enter");
    await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
    await page.goto(portal.baseUrl + "/admin/budgets?year=2024");
    await page.getByRole("link", { name: "訪問看護推進事業" }).click();
    await page.getByRole("heading", { name: "令和6年度 訪問看護推進事業", level: 1 }).waitFor();
    await page.getByLabel("補正日").fill("2024-12-20");
    await page.getByLabel("金額（円）").fill("300,000");
    await page.getByLabel("理由").fill(REASON);

    await db.cluster.stop();
    await page.getByRole("button", { name: "補正を登録する" }).click();
    await page.getByText(submitFailureMessages.unavailable).waitFor({ timeout: 30_000 }).catch(async (err: Error) => {
      await page.screenshot({ path: path.join(repoRoot, "tests", ".artifacts", "ops-outage-failed.png"), fullPage: true });
      throw new Error(`${err.message}\n--- page ---\n${await page.locator("body").innerText()}\n--- portal ---\n${portal.output().slice(-3000)}`);
    });
    expect(await page.getByLabel("理由").inputValue()).toBe(REASON);
    expect(await page.getByLabel("金額（円）").inputValue()).toBe("300,000");
    await page.screenshot({ path: path.join(repoRoot, "tests", ".artifacts", "ops-outage-message.png"), fullPage: true });

    // While it is down, a page and an API call fail: the user reads the request's id, which is
    // the id of the request's JSON log line, carrying the error (ADR 0031).
    await expectErrorReference(await browser.newPage({ locale: "ja-JP" }), portal);
    // The signed-in user opening another page meanwhile sees the error page, and is not signed
    // out: the session check could not run, which is not the same as a session that ended.
    const second = await context.newPage();
    await second.goto(portal.baseUrl + "/admin/budgets?year=2024");
    await second.getByRole("heading", { name: errorMessages.title, level: 1 }).waitFor({ timeout: 30_000 });
    expect(new URL(second.url()).pathname).toBe("/admin/budgets");
    await second.close();

    db = await startLocalDatabase({ dataDir: dbDir, port: dbPort });
    expect(await supplements()).toBe(0);
    const ready = await waitFor(() => fetch(`${portal.baseUrl}/api/ready`), (r) => r.status === 200, 30_000);
    expect(ready.status).toBe(200);
    // A deploy in between: the server no longer knows the form's action (its id is replaced on
    // the way). The form says so, keeps the input, and nothing is written.
    await page.route("**/*", (route) => {
      const headers = route.request().headers();
      if (route.request().method() !== "POST" || !headers["next-action"]) return route.continue();
      return route.continue({ headers: { ...headers, "next-action": "7f".padEnd(42, "0") } });
    });
    await page.getByRole("button", { name: "補正を登録する" }).click();
    await page.getByText(submitFailureMessages.newBuild).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel("理由").inputValue()).toBe(REASON);
    expect(await supplements()).toBe(0);
    await page.unroute("**/*");

    await page.getByRole("button", { name: "補正を登録する" }).click();
    await page.getByText("補正を登録しました。").waitFor({ timeout: 30_000 });
    expect(await supplements()).toBe(1);
  });
});
