// The good-practice library (先進事例集) in Chromium: anyone searches by keyword, filters by
// prefecture and theme, and opens a case with its budget chart and table; 本庁担当 adds a case of
// its own (北海道's 令和6年度 results), edits it, and meets a conflict when a second tab saves an
// older version (what was typed stays). Changes only the case it adds (no other file reads it).
import { mkdirSync } from "node:fs";
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

const main = (page: Page) => page.locator("main").innerText();
const status = (page: Page) => page.locator("main p[role=status]").first().innerText();

describe("先進事例集 (public)", () => {
  it("searches, filters and opens a case with its budget trend", async () => {
    const page = await browser.newPage({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    await page.goto(base + "/");
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "先進事例集" }).first().click();
    await page.getByRole("heading", { name: "先進事例集", level: 1 }).waitFor();
    expect(await status(page)).toMatch(/^(\d+)件中 \1件を表示しています。$/);
    expect(await page.locator("main ol > li").count()).toBeGreaterThanOrEqual(39);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "library-list.png") });

    await page.getByLabel("キーワード").fill("まめネット");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/q=/);
    expect(await status(page)).toMatch(/件中 1件を表示しています。$/);
    await expect(page.getByRole("link", { name: "医療介護連携ITシステム構築支援事業（まめネット）" }).count()).resolves.toBe(1);

    await page.getByRole("link", { name: "条件を解除" }).click();
    await page.waitForURL((u) => u.search === "");
    await page.getByLabel("都道府県", { exact: true }).selectOption({ label: "熊本県（3件）" });
    await page.getByLabel("テーマ", { exact: true }).selectOption("visiting-nursing");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/prefecture=43/);
    expect(await status(page)).toMatch(/件中 1件を表示しています。$/);
    await page.getByRole("link", { name: "訪問看護ステーション等経営強化支援事業" }).click();

    await page.getByRole("heading", { name: "訪問看護ステーション等経営強化支援事業", level: 1 }).waitFor();
    await page.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 30_000 });
    const text = await main(page);
    expect(text).toContain("小規模訪問看護ステーションの経営の厳しさ");
    expect(text).toContain("訪問看護ステーション数 H28.10:181 →H30.10:211");
    const rows = await page.locator("main table tbody tr").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "平成28年度（2016年度） 事業全体 25,643千円",
      "平成29年度（2017年度） 事業全体 25,643千円",
      "平成30年度（2018年度） 事業全体 25,643千円",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "library-case.png"), fullPage: true });
    // Sub-budgets (滋賀県): one bar per item, stacked, and a row per item and 年度 in the table.
    await page.goto(base + "/library?prefecture=25");
    await page.getByRole("link", { name: "在宅医療福祉を担う人材養成の取組" }).click();
    await page.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("main table tbody tr").count()).toBe(6);
    expect(await main(page)).toContain("② 在宅医療セミナー");
    await page.screenshot({ path: path.join(shots, "library-sub-budgets.png"), fullPage: true });
    await page.close();
  });
});

describe("本庁 adds and edits a case", () => {
  it("adds 北海道's own case, edits it, and keeps the typed text on a conflict", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, site, DEMO.staff);
      await page.goto(site + "/library");
      await page.getByRole("link", { name: "事例を追加" }).click();
      await page.getByRole("heading", { name: "先進事例を追加", level: 1 }).waitFor();
      const title = `在宅医療提供体制強化事業（令和6年度実績・e2e ${Date.now()}）`;
      await page.getByLabel("事業名").fill(title);
      await page.getByLabel("都道府県").selectOption("01");
      await page.getByLabel("事業目的").fill("在宅医療圏ごとの拠点の整備と多職種連携");
      await page.getByLabel("事業の成果等").fill("グループ診療等運営 16か所");
      await page.getByLabel("拠点整備").check();
      await page.getByLabel("年度（西暦）").first().fill("2024");
      await page.getByLabel("内訳（全体なら空欄）").first().fill("グループ診療等運営事業");
      await page.getByLabel("金額（円）").first().fill("九万");
      await page.getByRole("button", { name: "追加する" }).click();
      await page.getByText("金額は0以上の整数（円）で入力してください。").waitFor({ timeout: 30_000 });
      expect(await page.getByLabel("事業名").inputValue()).toBe(title);
      await page.getByLabel("金額（円）").first().fill("94,420,000");
      await page.getByRole("button", { name: "追加する" }).click();
      await page.getByRole("heading", { name: title, level: 1 }).waitFor({ timeout: 30_000 });
      expect(await main(page)).toContain("94,420千円");
      expect(await main(page)).toContain("本庁がポータルで登録した事例です。");

      await page.getByRole("link", { name: "この事例を編集" }).click();
      await page.getByRole("heading", { name: `事例を編集：${title}`, level: 1 }).waitFor();
      const url = page.url();
      const second = await context.newPage();
      await second.goto(url);
      await page.getByLabel("事業の成果等").fill("グループ診療等運営 16か所、ポータブル機器等整備 76か所");
      await page.getByRole("button", { name: "保存する" }).click();
      await page.getByText("保存しました。").waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);

      await second.getByLabel("事業推進上の課題").fill("古い画面からの入力");
      await second.getByRole("button", { name: "保存する" }).click();
      await second.getByRole("alert").getByText("他の人が先に更新しました").waitFor({ timeout: 30_000 });
      expect(await second.getByLabel("事業推進上の課題").inputValue()).toBe("古い画面からの入力");
      await second.screenshot({ path: path.join(shots, "library-conflict.png"), fullPage: true });

      await page.goto(site + "/library?q=" + encodeURIComponent("ポータブル機器等整備 76か所"));
      await expect(page.getByRole("link", { name: title }).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });
});
