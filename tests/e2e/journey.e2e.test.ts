// A resident's or officer's way in: home → 在宅医療圏 list with its map → one region's page with
// its boundary drawn. Screenshots go to tests/.artifacts for people to look at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";
import { launchBrowser } from "./support/browser";

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

const drawnPaths = (p: Page) => p.locator(".leaflet-overlay-pane svg path");

describe("finding a 在宅医療圏", () => {
  it("goes from the home page to the list, where the map draws all 21 regions without tiles", async () => {
    await page.goto(base + "/");
    await page.getByRole("navigation").getByRole("link", { name: "在宅医療圏" }).click();
    await page.waitForURL(/\/regions$/);
    expect(await page.locator("h1").innerText()).toContain("在宅医療圏");
    await expect.poll(() => drawnPaths(page).count(), { timeout: 20_000 }).toBe(21);
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    await page.screenshot({ path: path.join(shots, "regions.png"), fullPage: true });
  });

  it("opens 十勝 from the table and shows its members and its boundary", async () => {
    // The region list (the map's figures table links the regions too).
    await page.locator("section[aria-labelledby=regions]").getByRole("table").getByRole("link", { name: "十勝", exact: true }).click();
    await page.waitForURL(/\/regions\/0119$/);
    expect(await page.locator("h1").innerText()).toContain("十勝");
    const main = await page.locator("main").innerText();
    for (const member of ["帯広市", "音更町", "幕別町"]) expect(main).toContain(member);
    await expect.poll(() => drawnPaths(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, "region-0119.png"), fullPage: true });
  });

  it("shows Sapporo's region by its ten wards", async () => {
    await page.goto(base + "/regions/0104");
    const main = await page.locator("main").innerText();
    for (const ward of ["札幌市中央区", "札幌市手稲区", "札幌市清田区"]) expect(main).toContain(ward);
    expect(main).toContain("札幌市保健所");
  });

  it("answers an unknown region code with the Japanese 404 page", async () => {
    const res = await page.goto(base + "/regions/9999");
    expect(res?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toMatch(/見つかりません/);
  });
});
