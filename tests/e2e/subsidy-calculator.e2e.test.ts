// The public subsidy pages in Chromium: the 令和6年度 catalogue by programme (with the slots 本庁 has
// not filled shown as such), and the calculator answering live in the browser — and agreeing with
// POST /api/v1/subsidy-calculations for the same input. Reads only; changes nothing shared.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";
import { axeViolations, launchBrowser } from "./support/browser";

const base = inject("portalUrl");
const shots = path.join(repoRoot, "tests", ".artifacts");

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(urlPath: string) {
  const res = await page.goto(base + urlPath, { waitUntil: "networkidle" });
  expect(res?.status(), urlPath).toBe(200);
}

async function apiSubsidy(body: object): Promise<number> {
  const res = await fetch(`${base}/api/v1/subsidy-calculations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { subsidyYen: number }).subsidyYen;
}

const resultText = () => page.locator("#calc-result").innerText();

describe("補助メニュー (public)", () => {
  it("lists the 令和6年度 menus by programme, with what 本庁 has not entered", async () => {
    await open("/subsidies?fiscalYear=2024");
    await expect(page.getByRole("heading", { level: 2, name: "在宅医療提供体制強化事業" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { level: 3, name: "在宅医療に必要な連携を担う拠点" }).count()).resolves.toBe(1);
    const text = await page.locator("main").innerText();
    expect(text).toContain("6,030,000円（6,030千円）");
    expect(text).toContain("本庁が未入力");
    expect(text).toContain("1床あたり 133,000円");
    expect(await axeViolations(page)).toEqual([]);
    // The demo's current 年度 is the サンプル copy.
    const menus = (await (await fetch(`${base}/api/v1/subsidy-menus`)).json()) as { fiscalYear: number; isSample: boolean };
    expect(menus.isSample).toBe(true);
  });

  it("calculates live in the browser and agrees with the API", async () => {
    await open("/subsidies/calculator?fiscalYear=2024&menu=collaboration-base");
    await expect(resultText()).resolves.toContain("経費を入力すると");
    await page.getByLabel("申請者の種別").selectOption("MUNICIPALITY");
    await page.getByLabel("調整担当者人件費の実支出予定額（円）").fill("2,500,000");
    await page.getByLabel("事務費の実支出予定額（円）").fill("1000000");
    await page.getByLabel("寄付金その他の収入額（円）").fill("800000");
    // By hand: 2,092,000 (item cap) + 1,000,000 = 3,092,000 ≤ 4,012,000; net 3,500,000 − 800,000 =
    // 2,700,000 decides; × 10/10 = 2,700,000.
    await expect(resultText()).resolves.toContain("2,700,000円（2,700千円）");
    const steps = page.locator("main table", { has: page.locator("caption", { hasText: "計算の過程" }) });
    await expect(steps.locator("tbody tr").count()).resolves.toBe(6);
    await expect(steps.innerText()).resolves.toContain("総事業費−収入額");
    await page.screenshot({ path: path.join(shots, "subsidy-calculator.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const api = await apiSubsidy({
      menuCode: "collaboration-base", fiscalYear: 2024, applicantType: "MUNICIPALITY",
      items: [{ itemCode: "coordinator", costYen: 2_500_000 }, { itemCode: "office", costYen: 1_000_000 }], otherIncomeYen: 800_000,
    });
    expect(api).toBe(2_700_000);
  });

  it("per-bed menu: quantity, rounding down to 1,000円, and a field error", async () => {
    await open("/subsidies/calculator?fiscalYear=2024");
    await page.getByLabel("補助メニュー", { exact: true }).selectOption("work-environment-system");
    await page.getByLabel("対象経費の実支出予定額（円）").fill("4321987");
    await expect(resultText()).resolves.toContain("数量");
    await page.getByLabel("メニューの基準額の数量（床数）").fill("50");
    // By hand: cap 133,000 × 50 = 6,650,000 > 4,321,987; × 1/2 = 2,160,993 → 2,160,000.
    await expect(resultText()).resolves.toContain("2,160,000円");
    const api = await apiSubsidy({
      menuCode: "work-environment-system", fiscalYear: 2024, applicantType: "MEDICAL_INSTITUTION", quantity: 50,
      items: [{ itemCode: "eligible-cost", costYen: 4_321_987 }],
    });
    expect(api).toBe(2_160_000);
    await page.getByLabel("総事業費（円）").fill("abc");
    await expect(page.getByText("0以上の整数（半角数字）で入力してください").count()).resolves.toBe(1);
    await expect(page.getByLabel("総事業費（円）").getAttribute("aria-invalid")).resolves.toBe("true");
  });
});
