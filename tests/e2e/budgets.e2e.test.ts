// 本庁管理者 opens 予算, chooses 令和6年度 and sees the eleven lines of 001 as a chart with its
// table (in 千円); on 訪問看護推進事業 they add a 補正 with a wrong amount first (the form names the
// field and keeps what was typed), then a valid one, and see 現計 change on the detail and the list.
// A 保健所 account has no menu entry and is refused. Changes only the 令和6年度 訪問看護推進事業
// budget (no other e2e file reads budgets).
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
/** The cells of the table row whose header is `line`. */
const rowCells = (page: Page, line: string) => page.locator("main table tr", { has: page.getByRole("rowheader", { name: new RegExp(line) }) }).locator("td").allInnerTexts();

describe("本庁管理者 and the 令和6年度 budgets", () => {
  it("sees the chart and the table, adds a 補正 and sees 現計 change", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, site, DEMO.admin);
      await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "予算" }).first().click();
      await page.getByRole("heading", { name: "予算", level: 1 }).waitFor();
      await page.getByLabel("表示する年度").selectOption("2024");
      await page.getByRole("button", { name: "表示" }).click();
      await page.waitForURL(/year=2024/);
      await page.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 30_000 });
      expect(await page.locator(".recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(11);
      const text = await main(page);
      expect(text).toContain("令和6年度の予算額（現計）の合計は 228,398千円");
      expect(await page.locator("main table tbody tr").count()).toBe(12); // 11 lines + 合計
      expect(await rowCells(page, "グループ診療等運営事業")).toEqual(["16か所", "94,420", "0", "94,420", "0", "0", "94,420"]);
      expect(await rowCells(page, "訪問看護推進事業")).toEqual(["—", "10,788", "0", "10,788", "0", "0", "10,788"]);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, "budgets-r6.png"), fullPage: true });

      await page.getByRole("link", { name: "訪問看護推進事業" }).click();
      await page.getByRole("heading", { name: "令和6年度 訪問看護推進事業", level: 1 }).waitFor();
      expect(await main(page)).toContain("10,788,000円");
      // A wrong amount: the field is named, what was typed stays.
      await page.getByLabel("補正日").fill("2024-12-13");
      await page.getByLabel("金額（円）").fill("百万円");
      await page.getByLabel("理由").fill("12月補正（研修会の追加開催）");
      await page.getByRole("button", { name: "補正を登録する" }).click();
      await page.getByText("金額（円）は整数（円）で入力してください").waitFor({ timeout: 30_000 });
      expect(await page.getByLabel("理由").inputValue()).toBe("12月補正（研修会の追加開催）");
      expect(await page.getByLabel("金額（円）").inputValue()).toBe("百万円");
      await page.getByLabel("金額（円）").fill("1,212,000");
      await page.getByRole("button", { name: "補正を登録する" }).click();
      await page.getByText("補正を登録しました。").waitFor({ timeout: 30_000 });
      await page.getByRole("cell", { name: "12月補正（研修会の追加開催）" }).waitFor({ timeout: 30_000 });
      const detail = await main(page);
      expect(detail).toContain("12,000,000円"); // 10,788,000 + 1,212,000
      expect(detail).toContain("令和6年12月13日");
      await page.screenshot({ path: path.join(shots, "budgets-supplement.png"), fullPage: true });

      await page.getByRole("link", { name: "予算の一覧へ戻る" }).click();
      await page.waitForURL(/\/admin\/budgets\?year=2024$/);
      expect(await rowCells(page, "訪問看護推進事業")).toEqual(["—", "10,788", "1,212", "12,000", "0", "0", "12,000"]);
      expect(await main(page)).toContain("合計は 229,610千円");
    } finally {
      await context.close();
    }
  });
});

describe("a 保健所 account", () => {
  it("has no 予算 entry and is refused the pages", async () => {
    const context = await browser.newContext({ locale: "ja-JP" });
    try {
      const page = await signIn(context, site, DEMO.hokenjo);
      expect(await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "予算", exact: true }).count()).toBe(0);
      await page.goto(site + "/admin/budgets?year=2024");
      expect(await main(page)).toContain("予算を閲覧できるのは本庁の職員だけです。");
      expect(await page.locator("main table").count()).toBe(0);
      await page.goto(site + "/admin/budgets/2024/group-practice");
      expect(await main(page)).toContain("予算を閲覧できるのは本庁の職員だけです。");
    } finally {
      await context.close();
    }
  });
});
