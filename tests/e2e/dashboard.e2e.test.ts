// 本庁 opens the dashboard from the 管理 menu, sees the budget execution chart, switches to its
// table, downloads the CSV and finds the table's figures in it; a 保健所 account sees the needs of
// its own 在宅医療圏 only (南渡島), with the demo report's gaps, and is refused the dashboard and
// other regions. Reads only: it changes nothing other files rely on.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";
import { axeViolations, launchBrowser, signIn } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const shots = path.join(repoRoot, "tests", ".artifacts");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}-heading"]`);

describe("本庁 and the dashboard", () => {
  it("switches the budget chart to its table and downloads the same figures as CSV", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      const page = await signIn(context, site, DEMO.staff);
      await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "ダッシュボード" }).first().click();
      await page.getByRole("heading", { name: "ダッシュボード", level: 1 }).waitFor();
      const year = await page.getByLabel("表示する年度（予算の執行）").inputValue();
      await page.getByLabel("表示する年度（予算の執行）").selectOption(year);
      await page.getByRole("button", { name: "表示", exact: true }).click();
      await page.waitForURL(new RegExp(`year=${year}`));

      const budgets = section(page, "budgets");
      await budgets.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 30_000 });
      expect(await budgets.getByRole("button", { name: "グラフで見る" }).getAttribute("aria-pressed")).toBe("true");
      expect(await budgets.getByRole("table").count()).toBe(0);
      await section(page, "roadmap").locator(".recharts-surface").first().waitFor();
      await page.screenshot({ path: path.join(shots, "dashboard-chart.png"), fullPage: true });

      await budgets.getByRole("button", { name: "表で見る" }).click();
      const table = budgets.getByRole("table");
      await table.waitFor();
      expect(await budgets.getByRole("button", { name: "表で見る" }).getAttribute("aria-pressed")).toBe("true");
      const row = table.locator("tr", { has: page.getByRole("rowheader", { name: /グループ診療等運営事業/ }) });
      const cells = await row.locator("td").allInnerTexts();
      // 事業区分, 当初, 補正, 現計, 交付決定, 確定, 残額, 執行率
      expect(cells).toHaveLength(8);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, "dashboard-table.png"), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent("download"), budgets.getByRole("link", { name: /CSVをダウンロード/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/^予算事業別の執行_令和\d+年度_\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path()!, "utf8").replace(/^\uFEFF/, "").split("\r\n");
      expect(csv[0]).toContain("現計（千円）");
      const line = csv.find((l) => l.startsWith(`${year},group-practice,`))!.split(",");
      // 当初, 補正, 現計, 交付決定, 確定, 残額 — the table's numbers without the thousands commas.
      expect(line.slice(4, 10)).toEqual(cells.slice(1, 7).map((c) => c.replace(/,/g, "")));

      // The other figures are there too, with the overdue items linking to their pages.
      const text = await page.locator("main").innerText();
      expect(text).toContain("拠点がある圏域は");
      expect(text).toContain("状況報告の状況（年度別）");
      expect(await section(page, "overdue").getByRole("link", { name: "ポータブルエコーの整備（サンプル）" }).getAttribute("href")).toBe("/admin/reviews/00000000-0000-4000-8000-0000000000b1");
    } finally {
      await context.close();
    }
  });
});

describe("a 保健所 and the needs of its region", () => {
  it("sees its own region's gaps and menus, and nothing of other regions or the dashboard", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, site, DEMO.hokenjo);
      const nav = page.getByRole("navigation", { name: "メインメニュー" });
      expect(await nav.getByRole("link", { name: "ダッシュボード" }).count()).toBe(0);
      await nav.getByRole("link", { name: "地域のニーズ" }).first().click();
      await page.getByRole("heading", { name: "地域のニーズ", level: 1 }).waitFor();
      const rows = page.locator("main table tbody tr");
      expect(await rows.count()).toBe(2); // 南渡島 and 合計
      expect(await rows.first().innerText()).toContain("南渡島");
      // The latest approved report: the demo's 令和7年度 one, or a later one when the status-report
      // journey (same shared portal) has already approved its own.
      expect(await rows.first().innerText()).toMatch(/令和\d+年度/);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole("link", { name: "南渡島" }).click();
      await page.waitForURL(/\/needs\/0101$/);
      await page.getByRole("heading", { name: "南渡島のニーズ", level: 1 }).waitFor();
      const functions = page.getByRole("table", { name: /4つの医療機能の状況/ });
      const emergency = functions.locator("tr", { has: page.getByRole("rowheader", { name: "急変時の対応" }) });
      expect(await emergency.innerText()).toContain("不足");
      expect(await emergency.innerText()).toContain("在宅医療グループ診療運営");
      expect(await page.locator("main").innerText()).toContain("申請の状態別");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, "needs-region.png"), fullPage: true });

      expect((await page.goto(site + "/needs/0119"))?.status()).toBe(404);
      await page.goto(site + "/admin/dashboard");
      expect(await page.locator("main").innerText()).toContain("ダッシュボードは本庁の職員だけが見られます。");
      expect((await page.request.get(site + "/admin/dashboard/export?table=budgets")).status()).toBe(403);
    } finally {
      await context.close();
    }
  });
});
