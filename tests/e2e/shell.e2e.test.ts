// The public shell as a resident or officer sees it: Japanese, accessible, keyboard-usable, real
// data from the database, and the required attribution.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, signIn } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "ja-JP" });
});
afterAll(async () => {
  await browser?.close();
});

describe("the portal's home page", () => {
  it("is Japanese, with landmarks, one h1 and the attribution", async () => {
    const res = await page.goto(base + "/");
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    expect(await page.locator("h1").count()).toBe(1);
    for (const landmark of ["header", "nav", "main", "footer"]) expect(await page.locator(landmark).count()).toBeGreaterThan(0);
    expect(await page.getByRole("note").first().innerText()).toContain("デモ環境です");
    const footer = await page.locator("footer").innerText();
    expect(footer).toContain("「国土数値情報（行政区域データ）」（国土交通省）を加工して作成");
  });

  it("shows the provisional 在宅医療圏 from the database, labelled 暫定", async () => {
    await page.goto(base + "/");
    const body = await page.locator("main").innerText();
    expect(body).toContain("暫定");
    for (const name of ["南渡島", "十勝", "根室", "札幌"]) expect(body).toContain(name);
    const rows = page.locator("main table tbody tr");
    expect(await rows.count()).toBe(21);
  });

  it("lets a keyboard user skip to the content first", async () => {
    await page.goto(base + "/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute("href") }));
    expect(focused.text).toContain("本文へ");
    expect(focused.href).toBe("#main");
  });

  it("has no WCAG 2.1 A/AA violations on the home and sources pages", async () => {
    for (const path of ["/", "/sources"]) {
      await page.goto(base + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it("lists the data sources with their licences", async () => {
    await page.goto(base + "/sources");
    const body = await page.locator("main").innerText();
    expect(body).toContain("国土数値情報");
    expect(body).toContain("令和2年国勢調査");
  });

  it("answers an unknown address with a Japanese 404 page", async () => {
    const res = await page.goto(base + "/no-such-page");
    expect(res?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toContain("ページが見つかりません");
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: "ja-JP" });
    await phone.goto(base + "/");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

describe("the header on a 1280 px screen, signed in", () => {
  it("keeps each role's main menu on one row, with アカウント beside ログアウト and データの出典 in the footer", async () => {
    for (const email of [DEMO.admin, DEMO.hokenjo, DEMO.applicant, DEMO.viewer]) {
      const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 800 } });
      try {
        const page = await signIn(context, site, email);
        const nav = page.getByRole("navigation", { name: "メインメニュー" });
        // The first list is the main row (本庁's 管理 is a second list below it).
        const tops = await nav.locator("ul").first().getByRole("link").evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
        expect(tops.length, email).toBeGreaterThan(5);
        expect(new Set(tops).size, `${email}: rows of the main menu`).toBe(1);
        expect(await nav.getByRole("link", { name: "アカウント" }).count()).toBe(0);
        const account = page.locator("header").getByRole("link", { name: "アカウント", exact: true });
        expect(await account.getAttribute("aria-current")).toBeNull();
        await account.click();
        await page.waitForURL((u) => u.pathname === "/account");
        expect(await page.locator("h1").innerText()).toBe("アカウント");
        expect(await page.locator("header").getByRole("link", { name: "アカウント", exact: true }).getAttribute("aria-current")).toBe("page");
        expect(await page.locator("footer").getByRole("link", { name: "出典とライセンスの詳細" }).getAttribute("href")).toBe("/sources");
        expect(await axeViolations(page), email).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});
