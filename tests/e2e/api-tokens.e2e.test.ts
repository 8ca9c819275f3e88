// Personal API tokens over HTTP against the running portal: 本庁担当 creates a token on the account
// page, a program calls the API with it (no cookie), the token does not open pages, and once it is
// revoked on the page the API answers 401 with WWW-Authenticate.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { launchBrowser } from "./support/browser";
import { DEMO, SAMPLES } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const importId = SAMPLES.importId[0];
const tokenName = `e2e 名簿の確認 ${Date.now()}`;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: "ja-JP" });
  page = await context.newPage();
  await page.goto(`${site}/login`);
  await page.locator("#email").fill(DEMO.staff);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

const getJob = (authorization?: string) =>
  fetch(`${base}/api/v1/facility-imports/${importId}`, { headers: authorization ? { authorization } : {} });
const tokenRow = () => page.locator("tr", { hasText: tokenName });

describe("本庁担当's personal API token", () => {
  let token = "";

  it("is created on the account page and shown once in full", async () => {
    await page.goto(`${site}/account`);
    await page.getByRole("link", { name: "API トークンの管理" }).click();
    await page.waitForURL((u) => u.pathname === "/account/tokens");
    expect(await page.locator("h1").innerText()).toBe("API トークン");
    await page.getByLabel("名前・用途").fill(tokenName);
    await page.getByLabel("有効期間").selectOption("30");
    await page.getByRole("button", { name: "作成する" }).click();
    const shown = page.getByTestId("new-api-token");
    await shown.waitFor({ timeout: 30_000 });
    token = (await shown.innerText()).trim();
    expect(token).toMatch(/^zp_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByRole("button", { name: "コピーする" }).count()).toBe(1);
    // Listed by its prefix only.
    await tokenRow().waitFor();
    const row = await tokenRow().innerText();
    expect(row).toContain(token.slice(0, 11));
    expect(row).not.toContain(token.slice(11));
    expect(row).toContain("有効");
  });

  it("calls the API as its user, without any cookie", async () => {
    const anonymous = await getJob();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
    const res = await getJob(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(importId);
  });

  it("does not open pages: the portal's pages know only the session cookie", async () => {
    const res = await fetch(`${base}/account/tokens`, { headers: { authorization: `Bearer ${token}` }, redirect: "manual" });
    expect([303, 307, 308]).toContain(res.status);
    expect(res.headers.get("location")).toMatch(/\/login\?next=/);
  });

  it("shows its last use, and once revoked on the page the API answers 401", async () => {
    await page.reload();
    const cells = await tokenRow().locator("td").allInnerTexts();
    // 最終利用 is a 和暦 date-time now (columns: prefix, created, expires, last used, status, actions).
    expect(cells[3]).toMatch(/^令和\d+年\d+月\d+日 \d+:\d\d$/);
    await tokenRow().getByRole("button", { name: "取り消す" }).click();
    // The page is revalidated: the row now says so, and its button is gone.
    await tokenRow().getByText("取り消し済み").waitFor({ timeout: 30_000 });
    expect(await tokenRow().getByRole("button", { name: "取り消す" }).count()).toBe(0);

    const res = await getJob(`Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    const body = await res.json();
    expect(body.error.code).toBe("invalid_token");
    expect(body.error.message).toMatch(/API トークン/);
  });
});
