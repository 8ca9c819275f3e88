// The designation workflow through the browser: the demo 保健所 (市立函館保健所, lead of 南渡島 0101 in
// the demo) proposes 函館市医師会（サンプル） as 拠点 candidate for its region → 本庁担当 designates it →
// the public roadmap and the region page show it → 本庁 revokes it with a reason, which the public
// sees. The 保健所 cannot open another 保健所's candidate (札幌, a demo sample): 404. Only records
// this file creates are changed (南渡島 has no designation in the demo seed).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayInJapan } from "@/lib/dates/date-only";
import { repoRoot } from "@/lib/ops/paths";
import { axeViolations, launchBrowser, signIn } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const shots = path.join(repoRoot, "tests", ".artifacts");
const ORG = "函館市医師会（サンプル）";
const REASON = "e2e: 体制の見直しにより取消";

let browser: Browser;
let hokenjo: BrowserContext;
let staff: BrowserContext;
let designationUrl = "";


const main = (page: Page) => page.locator("main").innerText();

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  hokenjo = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  staff = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe("a candidate from the 保健所 to a public designation", () => {
  it("lets the 保健所 propose a 拠点 candidate for the region it leads", async () => {
    const page = await signIn(hokenjo, site, DEMO.hokenjo);
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "指定の管理" }).click();
    await page.waitForURL(/\/designations$/);
    const list = await page.locator("section[aria-labelledby=list-heading]").innerText();
    // Another 保健所's candidate (札幌, a demo sample) is not listed.
    expect(list).not.toContain("札幌市医師会（サンプル）");
    expect(list).toContain("十勝医師会");
    // Only its own region is offered.
    expect(await page.locator("input[name=regionCodes]").count()).toBe(1);
    expect(await page.locator("input[name=regionCodes]").getAttribute("value")).toBe("0101");
    await page.locator("#propose-type").selectOption("BASE");
    await page.locator("#propose-organisation").selectOption({ label: ORG });
    await page.locator("#propose-note").fill("e2e: 医師会と協議を開始");
    await page.getByRole("button", { name: "候補として登録する" }).click();
    await page.waitForURL(/\/designations\/\d+$/, { timeout: 30_000 });
    designationUrl = new URL(page.url()).pathname;
    expect(await page.locator("h1").innerText()).toContain(ORG);
    const detail = await main(page);
    expect(detail).toContain("候補");
    expect(detail).toContain("南渡島");
    expect(detail).toContain("e2e: 医師会と協議を開始");
    // A 保健所 may not designate.
    expect(await page.getByRole("button", { name: "指定する" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "designation-candidate.png"), fullPage: true });
  });

  it("lets 本庁 designate it; the public roadmap and the region page show it", async () => {
    // The region page is served from the public-page cache (ADR 0030): read it first (twice, so it
    // is cached) — the page shown after the save below proves the save expired it.
    for (let i = 0; i < 2; i++) expect(await (await fetch(base + "/regions/0101")).text()).not.toContain(ORG);
    const page = await signIn(staff, site, DEMO.staff);
    await page.goto(site + designationUrl);
    await page.locator("#designate-designatedOn").fill("2026-04-01");
    await page.locator("#designate-noticeNumber").fill("地医第e2e号");
    await page.getByRole("button", { name: "指定する" }).click();
    await page.waitForURL(/\?saved=1$/, { timeout: 30_000 });
    expect(await main(page)).toContain("保存しました");
    expect(await page.locator("main dl").innerText()).toContain("令和8年4月1日");
    await page.screenshot({ path: path.join(shots, "designation-designated.png"), fullPage: true });

    const visitor = await browser.newPage({ locale: "ja-JP" });
    await visitor.goto(base + "/roadmap");
    expect(await visitor.locator("h1").innerText()).toContain("ロードマップ");
    const roadmap = await main(visitor);
    expect(roadmap).toContain(ORG);
    expect(roadmap).not.toContain("札幌市医師会（サンプル）");
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.screenshot({ path: path.join(shots, "roadmap-public.png"), fullPage: true });
    await visitor.goto(base + "/regions/0101");
    const region = await visitor.locator("section[aria-labelledby=designations-heading]").innerText();
    expect(region).toContain(ORG);
    expect(region).toContain("指定");
    await visitor.close();
  });

  it("shows a revocation with its reason to the public", async () => {
    const page = staff.pages()[0];
    await page.goto(site + designationUrl);
    await page.locator("#revoke-endedOn").fill(todayInJapan());
    await page.locator("#revoke-reason").fill(REASON);
    await page.getByRole("button", { name: "取り消す" }).click();
    await page.waitForURL(/\?saved=1$/, { timeout: 30_000 });
    expect(await main(page)).toContain(REASON);

    const visitor = await browser.newPage({ locale: "ja-JP" });
    await visitor.goto(base + "/regions/0101");
    const region = await visitor.locator("section[aria-labelledby=designations-heading]").innerText();
    expect(region).toContain("取消");
    expect(region).toContain(REASON);
    await visitor.goto(base + "/roadmap");
    expect(await main(visitor)).toContain(REASON);
    const api = await (await fetch(base + "/api/v1/designations?region=0101")).json();
    expect(api.data.find((d: { organisation: { name: string } }) => d.organisation.name === ORG)).toMatchObject({ status: "REVOKED", endReason: REASON });
    await visitor.close();
  });

  it("answers the 保健所 404 for another 保健所's candidate", async () => {
    const page = staff.pages()[0];
    await page.goto(site + "/designations?region=0104");
    const href = await page.getByRole("link", { name: "札幌市医師会（サンプル）" }).getAttribute("href");
    expect(href).toMatch(/^\/designations\/\d+$/);
    const own = hokenjo.pages()[0];
    const res = await own.goto(site + href!);
    expect(res?.status()).toBe(404);
    expect(await own.locator("h1").innerText()).toContain("見つかりません");
  });
});
