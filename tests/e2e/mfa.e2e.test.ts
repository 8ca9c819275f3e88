// Two-step sign-in by keyboard alone (ADR 0017), on a portal where MFA is required for 本庁・保健所
// (PORTAL_MFA_REQUIRED=true; the shared demo portal keeps it optional): the 保健所 demo user signs
// in with the password, is sent to enrolment, reads the secret shown as text (as someone who
// cannot scan a QR code would), types the code, sees the recovery codes once, continues into the
// portal, signs out, and signs in again with password and code. No mouse clicks: Tab, Enter, typing.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totp } from "@/lib/auth/mfa/totp";
import { freePort } from "@/lib/ops/embedded-postgres";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { launchBrowser } from "./support/browser";
import { spawnPortal, waitUntilServing, type PortalProcess } from "./support/portal-process";

const HOKENJO = "hokenjo@demo.zaitaku.example";
const NAME = "市立函館保健所 担当者（サンプル）";
let browser: Browser;
let portal: PortalProcess;
let site = "";
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-mfa-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  portal = spawnPortal({ PORT: String(port), PORTAL_DATA_DIR: dataDir, PORTAL_MFA_REQUIRED: "true", SKIP_BUILD: "true" });
  cleanups.push(async () => {
    portal.signal("SIGTERM");
    await portal.exited;
  });
  await waitUntilServing(portal);
  // The browser uses the portal's own origin (PORTAL_BASE_URL), as in sign-in.e2e.test.ts.
  site = portal.baseUrl.replace("//127.0.0.1:", "//localhost:");
  browser = await launchBrowser();
  cleanups.push(() => browser.close());
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", text: el?.textContent?.trim() ?? "" };
  });

async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}; last focus: ${JSON.stringify(await focused(page))}`);
}

async function typePassword(page: Page) {
  await page.goto(site + "/login");
  await tabTo(page, (f) => f.id === "email", "the e-mail field");
  await page.keyboard.type(HOKENJO);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
}

describe("保健所 enrols TOTP and signs in with a code, by keyboard only", () => {
  let context: BrowserContext;
  let page: Page;
  let secret = "";

  beforeAll(async () => {
    context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("is sent to enrolment after the password, and cannot open the portal before enrolling", async () => {
    await typePassword(page);
    await page.waitForURL(/\/login\/mfa-setup/, { timeout: 30_000 });
    expect(await page.locator("h1").innerText()).toBe("二段階認証の設定");
    expect(await page.getByRole("img", { name: /認証アプリに登録するためのQRコード/ }).count()).toBe(1);
    secret = (await page.getByTestId("mfa-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Signed in? No: the header still offers ログイン, and a portal page sends to the sign-in.
    const other = await context.newPage();
    await other.goto(site + "/account");
    expect(new URL(other.url()).pathname).toBe("/login");
    await other.close();
  });

  it("refuses a wrong code, then enrols with the code computed from the secret shown as text", async () => {
    await tabTo(page, (f) => f.id === "code", "the code field");
    const right = totp(secret);
    await page.keyboard.type(right === "000000" ? "111111" : "000000");
    await page.keyboard.press("Enter");
    await page.locator("form [role=alert]").waitFor({ timeout: 20_000 });
    expect(await page.locator("form [role=alert]").innerText()).toContain("確認コードが正しくありません");
    await page.locator("#code").press("Control+A");
    await page.keyboard.type(totp(secret));
    await page.keyboard.press("Enter");
    const codes = page.getByTestId("recovery-codes").locator("li");
    await codes.first().waitFor({ timeout: 20_000 });
    expect(await codes.count()).toBe(10);
    await tabTo(page, (f) => f.tag === "a" && f.text === "ポータルへ進む", "the ポータルへ進む link");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
    await page.locator("header").getByText(`${NAME}（保健所）`).waitFor();
  });

  it("signs out by keyboard", async () => {
    await tabTo(page, (f) => f.tag === "button" && f.text === "ログアウト", "the ログアウト button");
    await page.keyboard.press("Enter");
    await page.locator("header").getByRole("link", { name: "ログイン", exact: true }).waitFor({ timeout: 20_000 });
  });

  it("signs in again: the password, then a code (the enrolment's code cannot be used twice)", async () => {
    await typePassword(page);
    await page.waitForURL(/\/login\/code/, { timeout: 30_000 });
    await tabTo(page, (f) => f.id === "code", "the code field");
    // The next step's code: accepted (±1 step), and never the one used to enrol.
    await page.keyboard.type(totp(secret, Date.now() + 30_000));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
    await page.locator("header").getByText(`${NAME}（保健所）`).waitFor();
  });
});
