// 補助金申請 through the browser: the demo applicant (函館市医師会（サンプル）) creates an application
// for the demo's open サンプル call, sees the 補助金所要額 calculated as it types, submits; 本庁担当
// returns it with a comment; the applicant reads the comment, fixes the plan and resubmits. Only
// the application this file creates is changed (the サンプル draft stays as seeded).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { repoRoot } from "@/lib/ops/paths";
import { axeViolations, launchBrowser } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const shots = path.join(repoRoot, "tests", ".artifacts");
const TITLE = `e2e ポータブルエコー整備 ${Date.now()}`;
const COMMENT = "e2e: 見積書の内容を事業の概要に記載してください";

let browser: Browser;
let applicant: BrowserContext;
let staff: BrowserContext;
let applicationUrl = "";

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site + "/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  applicant = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  staff = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe("an application from draft to resubmission", () => {
  it("lets the applicant create, fill in (live calculation) and submit an application", async () => {
    const page = await signIn(applicant, DEMO.applicant);
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "補助金申請" }).click();
    await page.waitForURL(/\/applications$/);
    await page.getByRole("link", { name: "新しく申請する" }).click();
    await page.waitForURL(/\/applications\/new$/);
    await page.getByRole("button", { name: /サンプル募集）」に申請する/ }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    applicationUrl = page.url();
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 });
    await page.getByLabel("事業名").fill(TITLE);
    await page.getByLabel("事業の概要").fill("訪問診療で使うポータブルエコーを1台整備する。");
    await page.getByLabel("事業開始日").fill("2026-12-01");
    await page.getByLabel("事業終了日").fill("2027-03-31");
    await page.getByLabel("申請者の区分").selectOption("MEDICAL_ASSOCIATION");
    await page.getByLabel("経費区分（1）").selectOption("equipment");
    await page.getByLabel("金額（円）（1）").fill("4000000");
    // 4,000,000円 × 1/2 (the 郡市医師会's 基準額 is 6,000,000円).
    await expect.poll(() => page.getByTestId("requested-yen").innerText()).toContain("2,000,000円");
    await page.getByLabel("金額（円）（1）").fill("20000000");
    await expect.poll(() => page.getByTestId("requested-yen").innerText()).toContain("3,000,000円");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "下書きを保存しました" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "applications-form.png"), fullPage: true });
    await page.getByRole("button", { name: "提出する" }).click();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 30_000 }).toContain("提出済み・");
    expect(await page.locator("main").innerText()).toContain("3,000,000円");
  });

  it("lets 本庁 return it with a comment", async () => {
    const page = await signIn(staff, DEMO.staff);
    await page.goto(applicationUrl);
    expect(await page.locator("main").innerText()).toContain(TITLE);
    await page.getByLabel("差戻しの理由・修正してほしい点").fill(COMMENT);
    await page.getByRole("button", { name: "差し戻す" }).click();
    await page.waitForURL(/saved=1/, { timeout: 30_000 });
    expect(await page.locator("main").innerText()).toContain("差戻し");
  });

  it("lets the applicant read the comment, fix the plan and resubmit", async () => {
    const page = await applicant.newPage();
    await page.goto(site + "/applications");
    expect(await page.locator("section[aria-labelledby=notices-heading]").innerText()).toContain("差し戻されました");
    await page.goto(applicationUrl);
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 });
    expect(await page.locator("main").innerText()).toContain(COMMENT);
    await page.getByLabel("事業の概要").fill("訪問診療で使うポータブルエコーを1台整備する。見積書：2,000万円（税込）。");
    await page.getByRole("button", { name: "再提出する" }).click();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 30_000 }).toContain("再提出・");
    expect(await page.locator("main").innerText()).toContain("見積書：2,000万円");
    await page.screenshot({ path: path.join(shots, "applications-resubmitted.png"), fullPage: true });
  });
});
