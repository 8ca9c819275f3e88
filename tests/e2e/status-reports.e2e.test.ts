// Status reports through the browser: the demo 保健所 (市立函館保健所, lead of 南渡島 0101) starts its
// 令和8年度 report from last year's sample, two windows save the same draft (the second gets the
// conflict view and keeps its text), it submits; 本庁 returns it with a comment; the 保健所 fixes
// and resubmits; 本庁 approves; the report is locked and shows in the gap matrix. Readers outside
// the scope get 404 (another region's report, an applicant). Only 南渡島's 令和8年度 report is made
// here; other e2e files do not touch reports.
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
const YEAR = 2026;

let browser: Browser;
let hokenjo: BrowserContext;
let hokenjo2: BrowserContext;
let staff: BrowserContext;
let reportUrl = "";

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site + "/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
  return page;
}

const main = (page: Page) => page.locator("main").innerText();
const saved = (page: Page) => page.getByText(/自動保存しました（版\d+）/).waitFor({ timeout: 30_000 });

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  const options = { locale: "ja-JP", viewport: { width: 1280, height: 900 } };
  [hokenjo, hokenjo2, staff] = await Promise.all([browser.newContext(options), browser.newContext(options), browser.newContext(options)]);
});
afterAll(async () => {
  await browser?.close();
});

describe("a 保健所's report through review", () => {
  let a: Page;

  it("lets the 保健所 start its report from last year's", async () => {
    a = await signIn(hokenjo, DEMO.hokenjo);
    await a.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "状況報告" }).click();
    await a.waitForURL(/\/reports$/);
    expect(await a.locator("h1").innerText()).toBe("状況報告");
    await a.locator("#create-0101-copy").check();
    await a.locator("form:has(#create-0101-copy) button[type=submit]").click();
    await a.waitForURL(/\/reports\/\d+$/, { timeout: 30_000 });
    reportUrl = new URL(a.url()).pathname;
    expect(await a.locator("h1").innerText()).toContain("令和8年度");
    // Copied from the 令和7年度 sample.
    expect(await a.locator("#fn-discharge-issues").inputValue()).toContain("入退院支援ルール");
    expect(await axeViolations(a)).toEqual([]);
  });

  it("keeps the second window's text when two windows save the same draft", async () => {
    const b = await signIn(hokenjo2, DEMO.hokenjo);
    await b.goto(site + reportUrl);
    await a.locator("#fn-discharge-issues").fill("e2e: 退院支援の課題（初版）");
    await saved(a);
    await b.locator("#coordination").fill("e2e: 別の窓からの入力");
    const conflict = b.getByRole("alert").filter({ hasText: "他の利用者がこの報告を先に保存しました" });
    await conflict.waitFor({ timeout: 30_000 });
    expect(await b.locator("#coordination").inputValue()).toBe("e2e: 別の窓からの入力");
    const table = await conflict.locator("table").innerText();
    expect(table).toContain("e2e: 退院支援の課題（初版）");
    expect(table).toContain("e2e: 別の窓からの入力");
    expect(await axeViolations(b)).toEqual([]);
    await b.screenshot({ path: path.join(shots, "status-report-conflict.png"), fullPage: true });
    // Taking the other's content, then typing again, saves normally.
    await conflict.getByRole("button", { name: "相手の内容に置き換える" }).click();
    expect(await b.locator("#fn-discharge-issues").inputValue()).toBe("e2e: 退院支援の課題（初版）");
    await b.locator("#coordination").fill("e2e: 別の窓からの入力");
    await saved(b);
    await b.close();
  });

  it("submits", async () => {
    await a.reload();
    expect(await a.locator("#coordination").inputValue()).toBe("e2e: 別の窓からの入力");
    await a.getByRole("button", { name: "提出する" }).click();
    await a.getByText("この報告は閲覧のみできます。").waitFor({ timeout: 30_000 });
    expect(await main(a)).toContain("提出済み");
    expect(await main(a)).toContain("提出時点");
  });

  it("lets 本庁 return it with a comment", async () => {
    const s = await signIn(staff, DEMO.staff);
    await s.goto(site + reportUrl);
    expect(await axeViolations(s)).toEqual([]);
    await s.locator("#return-comment_functions").fill("e2e: 退院支援の課題を具体的に書いてください");
    await s.getByRole("button", { name: "差し戻す" }).click();
    await s.waitForURL(/saved=1/, { timeout: 30_000 });
    expect(await main(s)).toContain("差戻し");
  });

  it("lets the 保健所 fix and resubmit", async () => {
    await a.reload();
    expect(await a.getByTestId("review-comments").innerText()).toContain("e2e: 退院支援の課題を具体的に書いてください");
    await a.locator("#fn-discharge-issues").fill("e2e: 夜間の退院調整の窓口がない（修正版）");
    await saved(a);
    await a.getByRole("button", { name: "再提出する" }).click();
    await a.getByText("この報告は閲覧のみできます。").waitFor({ timeout: 30_000 });
  });

  it("lets 本庁 approve; the report is locked and shows in the matrix", async () => {
    const s = staff.pages()[0];
    await s.goto(site + reportUrl);
    expect(await main(s)).toContain("再提出");
    await s.getByRole("button", { name: "承認する" }).click();
    await s.waitForURL(/saved=1/, { timeout: 30_000 });
    const text = await main(s);
    expect(text).toContain("この報告は承認済みのため編集できません。");
    expect(text).toContain("e2e: 夜間の退院調整の窓口がない（修正版）");
    await s.screenshot({ path: path.join(shots, "status-report-approved.png"), fullPage: true });
    await s.goto(site + `/reports?year=${YEAR}`);
    const matrix = await s.getByTestId("gap-matrix").innerText();
    expect(matrix).toContain("南渡島");
    expect(matrix).toContain("承認済み");
    expect(matrix).toMatch(/不足/);
    expect(await axeViolations(s)).toEqual([]);
    await s.screenshot({ path: path.join(shots, "status-reports-overview.png"), fullPage: true });
    await a.reload();
    expect(await a.locator("#fn-discharge-issues").count()).toBe(0);
    expect(await main(a)).toContain("この報告は承認済みのため編集できません。");
    const xlsx = await a.request.get(site + reportUrl + "/export.xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  });
});

describe("readers outside the scope", () => {
  it("answers 404 to another region's report and to applicants", async () => {
    const a = hokenjo.pages()[0];
    // The 十勝 sample report (id 1) is outside the 市立函館保健所's lead and jurisdiction.
    expect((await a.request.get(site + "/reports/1")).status()).toBe(404);
    expect((await a.request.get(site + "/reports/1/export.xlsx")).status()).toBe(404);
    const applicant = await browser.newContext({ locale: "ja-JP" });
    const p = await signIn(applicant, DEMO.applicant);
    expect((await p.request.get(site + "/reports")).status()).toBe(404);
    expect((await p.request.get(site + reportUrl)).status()).toBe(404);
    expect((await p.request.get(site + `/reports/export.csv?year=${YEAR}`)).status()).toBe(404);
    await applicant.close();
    const anonymous = await browser.newContext();
    const res = await anonymous.request.get(site + reportUrl, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(res.status());
    await anonymous.close();
  });
});
