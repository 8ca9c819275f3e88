// Issue 11 end to end in Chromium, on records of its own: 本庁管理者 opens a call for the current
// 年度's 在宅医療グループ診療運営 (no other e2e file applies to that menu or reads its current budget) →
// the demo applicant fills in and submits → 本庁担当 returns it → the applicant fixes and resubmits →
// the 交付決定 決裁 (whatever steps are configured, each acted on by the 本庁 account whose turn it
// is) → 交付決定 → the applicant reports actuals → the 確定 決裁 → 確定. The 計画書, 明細書 and both
// notices are downloaded and read back: they hold the numbers the screens show. The budget view
// shows the commitment after the decision and the payment after 確定.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";
import { readDocument } from "@/lib/reviews/documents/workbook";
import { approveUntilDone, budgetFigures, yenOn } from "./support/journey";
import { axeViolations, launchBrowser, signIn } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const shots = path.join(repoRoot, "tests", ".artifacts");
const stamp = Date.now();
const CALL = `e2e グループ診療の募集 ${stamp}`;
const TITLE = `e2e グループ診療の運営 ${stamp}`;
const LINE = "group-practice";

let browser: Browser;
let admin: BrowserContext, staff: BrowserContext, applicant: BrowserContext;
let adminPage: Page, staffPage: Page, applicantPage: Page;
let year = 0;
let applicationUrl = "";
let reviewUrl = "";
let budgetBefore = { committed: 0, paid: 0 };

const newContext = () => browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `journey-${name}.png`), fullPage: true });
const main = (page: Page) => page.locator("main").innerText();
const download = async (context: BrowserContext, href: string) => {
  const response = await context.request.get(site + href);
  expect(response.status()).toBe(200);
  return readDocument(new Uint8Array(await response.body()));
};

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  [admin, staff, applicant] = [await newContext(), await newContext(), await newContext()];
  adminPage = await signIn(admin, site, DEMO.admin);
  staffPage = await signIn(staff, site, DEMO.staff);
  applicantPage = await signIn(applicant, site, DEMO.applicant);
});
afterAll(async () => {
  await browser?.close();
});

describe("a subsidy application from the call to 確定", () => {
  it("本庁 opens a call of its own", async () => {
    const page = adminPage;
    await page.goto(site + "/admin/calls");
    await page.getByRole("heading", { name: "募集の管理", level: 1 }).waitFor();
    const years = await page.locator("#call-year").locator("option").evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)).filter((n) => n > 0));
    year = Math.max(...years);
    await page.locator("#call-menu").selectOption(LINE);
    await page.locator("#call-year").selectOption(String(year));
    await page.locator("#call-title").fill(CALL);
    await page.locator("#call-opens").fill(`${year}-04-01`);
    await page.locator("#call-deadline").fill(`${year + 1}-03-31T17:00`);
    // The day and time as the portal writes them, beneath the fields (令和 = 西暦 − 2018).
    await expect.poll(() => page.locator("#call-opens-wareki").innerText()).toBe(`和暦：令和${year - 2018}年4月1日`);
    await expect.poll(() => page.locator("#call-deadline-wareki").innerText()).toBe(`和暦：令和${year + 1 - 2018}年3月31日 17:00`);
    await page.getByRole("button", { name: "募集を開始する" }).click();
    await page.getByText("募集を開始しました。").waitFor({ timeout: 30_000 });
    expect(await main(page)).toContain(CALL);
    budgetBefore = await budgetFigures(page, site, year, LINE);
  });

  it("the applicant fills in and submits; 本庁 returns it; the applicant fixes and resubmits", async () => {
    const page = applicantPage;
    await page.goto(site + "/applications/new");
    await page.getByRole("button", { name: `「${CALL}」に申請する` }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    applicationUrl = page.url();
    reviewUrl = applicationUrl.replace("/applications/", "/admin/reviews/");
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 });
    await page.getByLabel("事業名").fill(TITLE);
    await page.getByLabel("事業の概要").fill("診療所3か所のグループで副主治医を置き、夜間・休日の往診を分担する。");
    await page.getByLabel("事業開始日").fill(`${year}-12-01`);
    await page.getByLabel("事業終了日").fill(`${year + 1}-03-31`);
    await page.getByLabel("申請者の区分").selectOption("MEDICAL_ASSOCIATION");
    await page.getByLabel("経費区分（1）").selectOption("sub-physician");
    await page.getByLabel("金額（円）（1）").fill("2000000");
    // 副主治医人件費 (at most 2,500,000円) × 10/10.
    await expect.poll(() => page.getByTestId("requested-yen").innerText()).toContain("2,000,000円");
    await page.getByRole("button", { name: "提出する" }).click();
    await expect.poll(() => main(page), { timeout: 30_000 }).toContain("提出済み・");

    await staffPage.goto(applicationUrl);
    await staffPage.getByLabel("差戻しの理由・修正してほしい点").fill("e2e: 副主治医人件費を契約書の額（1,800,000円）に直してください");
    await staffPage.getByRole("button", { name: "差し戻す" }).click();
    await staffPage.waitForURL(/saved=1/, { timeout: 30_000 });

    await page.goto(applicationUrl);
    await page.locator("[data-ready=true]").waitFor({ timeout: 30_000 });
    expect(await main(page)).toContain("契約書の額（1,800,000円）");
    await page.getByLabel("金額（円）（1）").fill("1800000");
    await expect.poll(() => page.getByTestId("requested-yen").innerText()).toContain("1,800,000円");
    await page.getByRole("button", { name: "再提出する" }).click();
    await expect.poll(() => main(page), { timeout: 30_000 }).toContain("再提出・");
    await shot(page, "resubmitted");
  });

  it("本庁 reads the 計画書 and 明細書 with the numbers the review shows, and decides through the 決裁", async () => {
    const page = staffPage;
    await page.goto(reviewUrl);
    await page.getByRole("heading", { name: /審査：/, level: 1 }).waitFor();
    const requested = await yenOn(page, "補助金所要額");
    const total = await yenOn(page, "総事業費");
    expect([requested, total]).toEqual([1_800_000, 1_800_000]);
    const plan = await download(staff, (await page.getByRole("link", { name: "別記1号様式　事業計画書" }).getAttribute("href")) ?? "");
    expect(plan.values).toMatchObject({ requested_amount: requested, total_cost: total, other_income: 0 });
    expect(plan.items.map((i) => [i.name, i.costYen])).toEqual([["副主治医人件費", 1_800_000]]);
    const statement = await download(staff, (await page.getByRole("link", { name: "所要額（精算額）明細書" }).getAttribute("href")) ?? "");
    expect(statement.values).toMatchObject({ subsidy_amount: requested, total_cost: total, base_amount: 6_030_000 });

    await page.getByLabel("金額（円）").fill("1,800,000");
    await page.getByLabel("補助率").fill("10/10");
    await page.getByLabel("コメント（申請者への通知に載ります）").fill("e2e: 交付決定します");
    await page.getByRole("button", { name: "決裁を起案する" }).click();
    await page.getByRole("heading", { name: "交付決定の決裁を起案する" }).waitFor({ state: "detached", timeout: 30_000 });
    // Before the last step the applicant hears nothing of the decision.
    const steps = await approveUntilDone([staffPage, adminPage], reviewUrl, async (step) => {
      if (step === 1) {
        await applicantPage.goto(site + "/applications");
        expect(await applicantPage.locator("section[aria-labelledby=notices-heading]").innerText()).not.toContain(`「${TITLE}」が交付決定されました`);
      }
    });
    expect(steps).toBeGreaterThanOrEqual(1);
    await adminPage.goto(reviewUrl);
    const notice = adminPage.getByRole("link", { name: /交付決定通知書（R\d+在医第\d+号）/ });
    await notice.waitFor({ timeout: 30_000 });
    expect(await yenOn(adminPage, "交付決定額")).toBe(1_800_000);
    const decision = await download(admin, (await notice.getAttribute("href")) ?? "");
    expect(decision.values).toMatchObject({ decided_amount: 1_800_000, rate: "10/10" });
    expect(String(decision.values.document_number)).toMatch(/^R\d+在医第\d+号$/);
    await shot(adminPage, "decided");
    expect(await axeViolations(adminPage)).toEqual([]);

    const after = await budgetFigures(adminPage, site, year, LINE);
    expect(after).toEqual({ committed: budgetBefore.committed + 1_800_000, paid: budgetBefore.paid });
    await shot(adminPage, "budget-committed");
  });

  it("the applicant reads the decision and reports actuals; 本庁 confirms through the 決裁; the budget shows the payment", async () => {
    const page = applicantPage;
    await page.goto(site + "/applications");
    expect(await page.locator("section[aria-labelledby=notices-heading]").innerText()).toContain(`「${TITLE}」が交付決定されました`);
    await page.goto(applicationUrl);
    await page.getByLabel("副主治医人件費の実績額（円）").fill("1,700,000");
    await page.getByLabel("実績の総事業費（円）").fill("1,700,000");
    await page.getByRole("button", { name: "実績を報告する" }).click();
    await expect.poll(() => main(page), { timeout: 30_000 }).toContain("実績報告済み・");

    await staffPage.goto(reviewUrl);
    await staffPage.getByRole("heading", { name: "確定の決裁を起案する" }).waitFor();
    // Recomputed on the actuals: 1,700,000円 × 10/10, below the decision.
    await staffPage.getByLabel("金額（円）").fill("1,700,000");
    await staffPage.getByRole("button", { name: "決裁を起案する" }).click();
    await staffPage.getByRole("heading", { name: "確定の決裁を起案する" }).waitFor({ state: "detached", timeout: 30_000 });
    expect(await approveUntilDone([staffPage, adminPage], reviewUrl)).toBeGreaterThanOrEqual(1);
    await adminPage.goto(reviewUrl);
    const notice = adminPage.getByRole("link", { name: /確定通知書（R\d+在医第\d+号）/ });
    await notice.waitFor({ timeout: 30_000 });
    expect(await yenOn(adminPage, "確定額")).toBe(1_700_000);
    const confirmation = await download(admin, (await notice.getAttribute("href")) ?? "");
    expect(confirmation.values).toMatchObject({ decided_amount: 1_800_000, confirmed_amount: 1_700_000 });
    await shot(adminPage, "confirmed");

    // 確定 pays 1,700,000円 and releases the other 100,000円 of the commitment.
    const after = await budgetFigures(adminPage, site, year, LINE);
    expect(after).toEqual({ committed: budgetBefore.committed + 1_700_000, paid: budgetBefore.paid + 1_700_000 });
    expect(await main(adminPage)).toContain(`確定「${TITLE}」`);
    await shot(adminPage, "budget-paid");

    await page.goto(site + "/applications");
    expect(await page.locator("section[aria-labelledby=notices-heading]").innerText()).toContain(`「${TITLE}」の補助金の額が確定しました`);
    await page.goto(applicationUrl);
    expect(await main(page)).toContain("額の確定・");
    await shot(page, "applicant-confirmed");
  });
});
