// 本庁管理者 keeps the registry through the browser: an organisation list with a bad row is
// previewed with the row and column named and cannot be confirmed (nothing changes); the
// corrected file is confirmed and its organisations appear in search. Then a municipality is put
// under another 保健所 from a future date (和暦), visible as of that date and not before.
// Shared state: new organisations named 「E2E登録…」 and a jurisdiction from 令和12年4月1日 only.
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
const HEADER = "種別,名称,名称カナ,法人番号,郵便番号,住所,電話番号,メールアドレス,市町村コード\r\n";
const BAD =
  HEADER +
  "郡市医師会,E2E登録医師会,イーツーイートウロクイシカイ,,060-0001,北海道札幌市中央区北1条西1丁目,011-000-0000,e2e@example.jp,\r\n" +
  "医療法人,E2E登録医療法人,,1234567890123,,,,,\r\n" +
  "市町村,E2E登録町,,,,,,,01229\r\n";
const GOOD = BAD.replace("1234567890123", "8000000000001");
const csv = (text: string) => ({ name: "団体一覧.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + text) });

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(site + "/login");
  await page.locator("#email").fill(DEMO.admin);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const main = () => page.locator("main").innerText();

async function preview(text: string) {
  await page.locator("#import-file").setInputFiles(csv(text));
  await page.getByRole("button", { name: "読み込んで確認する" }).click();
  await page.getByRole("heading", { name: "「団体一覧.csv」の確認" }).waitFor({ timeout: 30_000 });
}

async function searchFor(q: string) {
  await page.goto(site + "/admin/organisations?q=" + encodeURIComponent(q));
  return main();
}

describe("本庁管理者 imports an organisation list", () => {
  it("names the bad row and column, offers no confirmation, and changes nothing", async () => {
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "団体の登録" }).click();
    await page.waitForURL(/\/admin\/organisations$/);
    await page.getByRole("link", { name: "団体一覧ファイルから取り込む" }).click();
    await page.waitForURL(/\/admin\/organisations\/import$/);
    // The template link downloads the header line as CSV.
    const href = await page.getByRole("link", { name: "テンプレート（CSV）をダウンロード" }).getAttribute("href");
    const template = await page.request.get(site + href);
    expect(template.status()).toBe(200);
    expect(template.headers()["content-type"]).toContain("text/csv");
    expect(await template.text()).toContain(HEADER.trim());
    await preview(BAD);
    expect(await page.getByRole("alert").first().innerText()).toContain("取り込めない行があります（1 件）");
    const errors = await page.getByRole("table", { name: "取り込めない行" }).innerText();
    expect(errors).toContain("3行目");
    expect(errors).toContain("法人番号");
    expect(errors).toContain("チェックデジット");
    expect(await page.getByRole("button", { name: "すべて取り込む" }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "registry-import-errors.png"), fullPage: true });
    expect(await searchFor("E2E登録")).toContain("条件に合う団体はありません。");
  });

  it("imports the corrected file all at once; the organisations appear in search", async () => {
    await page.goto(site + "/admin/organisations/import");
    await preview(GOOD);
    expect(await main()).toContain("新規登録 3 件、更新 0 件、変更なし 0 件");
    await page.screenshot({ path: path.join(shots, "registry-import-preview.png"), fullPage: true });
    await page.getByRole("button", { name: "すべて取り込む" }).click();
    await page.getByText("取り込みました（新規 3 件、更新 0 件）。").waitFor({ timeout: 30_000 });
    const found = await searchFor("E2E登録");
    for (const name of ["E2E登録医師会", "E2E登録医療法人", "E2E登録町"]) expect(found).toContain(name);
    expect(found).toContain("検索結果 3 件");
    // Search by kana and type too.
    await page.goto(site + "/admin/organisations?q=" + encodeURIComponent("イーツーイー") + "&type=MEDICAL_ASSOCIATION");
    const byKana = await page.getByRole("table", { name: /検索結果/ }).innerText();
    expect(byKana).toContain("E2E登録医師会");
    expect(byKana).not.toContain("E2E登録町");
    await page.screenshot({ path: path.join(shots, "registry-search.png"), fullPage: true });
  });
});

describe("本庁管理者 changes a jurisdiction at a future date", () => {
  it("puts 富良野市 under 富良野保健所 from 令和12年4月1日, shown as of that date and not before", async () => {
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "保健所の管轄" }).click();
    await page.waitForURL(/\/admin\/health-centers$/);
    await page.getByRole("link", { name: "富良野保健所" }).click();
    await page.waitForURL(/\/admin\/health-centers\/\d+/);
    const detailUrl = page.url().split("?")[0];
    await page.locator("#jurisdiction-municipalities").selectOption(["01229"]);
    await page.locator("#jurisdiction-effective").fill("令和12年4月1日");
    await page.getByRole("button", { name: "管轄を変更する" }).click();
    await page.getByText("変更しました。").waitFor({ timeout: 30_000 });

    await page.goto(detailUrl + "?asOf=" + encodeURIComponent("令和12年4月1日"));
    const onDate = await page.getByRole("table", { name: "管轄市町村（令和12年4月1日時点）" }).innerText();
    expect(onDate).toContain("富良野市");
    const history = await page.getByRole("table", { name: "管轄の履歴" }).innerText();
    expect(history).toContain("令和12年4月1日");
    expect(history).toContain("（継続中）");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "registry-jurisdiction.png"), fullPage: true });

    await page.goto(detailUrl + "?asOf=2030-03-31");
    expect(await main()).toContain("この日に管轄する市町村はありません。");
  });
});
