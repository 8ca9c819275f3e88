// 本庁担当 imports a newer 厚生局 list through the browser: the real list re-dated 令和8年4月1日,
// with one 在支診 gone and one changed from 類型3 to 類型2. The job page shows the progress while
// the file is read, then the preview (the new 現在 date, the withdrawn and the changed facility);
// confirming makes it 取込済み. The same file again is flagged as already imported and changes
// nothing. A variant whose one 在支診 has an address no municipality matches cannot be confirmed
// until a municipality is assigned; it is then discarded. A 保健所 account is refused the page.
// Note: this commits a 令和8年4月1日 snapshot into the shared e2e portal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";
import { buildList, col, readRealList, titleFor } from "@/tests/fixtures/official-list";
import { axeViolations, launchBrowser, signIn } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
// The portal's own origin (PORTAL_BASE_URL): sign-in sends people back there.
const site = base.replace("//127.0.0.1:", "//localhost:");
const FILE_NAME = "hokkaido-kouseikyoku-todokede-ika-2026-04-01.xlsx";
const shots = path.join(repoRoot, "tests", ".artifacts");
const JOB_URL = /\/admin\/facility-imports\/[0-9a-f-]{36}$/;

let browser: Browser;
let dir: string;
let listPath: string;
let unmatchedPath: string;
let unmatched: { number: string; name: string };
let withdrawn: { number: string; name: string };
let changed: { number: string; name: string };

/** The real list, re-dated 令和8年4月1日, one 在支診 removed and another turned from 類型3 to 類型2. */
async function writeNewerList(): Promise<void> {
  const sheet = await readRealList();
  sheet.title = titleFor(8, 4, 1);
  const numberCol = col(sheet, "医療機関番号");
  const categoryCol = col(sheet, "区分");
  const symbolCol = col(sheet, "受理記号");
  const nameCol = col(sheet, "医療機関名称");
  const keyOf = (row: string[]) => `${row[categoryCol]}:${row[numberCol]}`;
  const symbol = (row: string[]) => row[symbolCol].normalize("NFKC").replace(/\s/g, "");
  const byFacility = new Map<string, string[][]>();
  for (const row of sheet.rows) byFacility.set(keyOf(row), [...(byFacility.get(keyOf(row)) ?? []), row]);
  // Clinics listed under exactly one 在宅療養支援 row, 支援診３: removing the facility or changing
  // that row changes exactly one facility's type.
  const onlyType3 = [...byFacility.values()].filter((rows) => {
    const support = rows.filter((r) => /^支援(診|病)[123]$/.test(symbol(r)));
    return support.length === 1 && symbol(support[0]) === "支援診3";
  });
  expect(onlyType3.length).toBeGreaterThan(2);
  const [gone, retyped] = onlyType3;
  withdrawn = { number: gone[0][numberCol], name: gone[0][nameCol] };
  changed = { number: retyped[0][numberCol], name: retyped[0][nameCol] };
  const goneKey = keyOf(gone[0]);
  sheet.rows = sheet.rows.filter((r) => keyOf(r) !== goneKey);
  for (const row of retyped) if (symbol(row) === "支援診3") row[symbolCol] = "支援診２";
  listPath = path.join(dir, FILE_NAME);
  writeFileSync(listPath, await buildList(sheet));

  // The same list, where a third such clinic's address names no municipality.
  const lost = onlyType3[2];
  unmatched = { number: lost[0][numberCol], name: lost[0][nameCol] };
  const addressCol = col(sheet, "医療機関所在地（住所）");
  for (const row of lost) row[addressCol] = "所在地不明";
  unmatchedPath = path.join(dir, "hokkaido-kouseikyoku-todokede-ika-2026-04-01-unmatched.xlsx");
  writeFileSync(unmatchedPath, await buildList(sheet));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "facility-import-e2e-"));
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  await writeNewerList();
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});


const h1 = (page: Page) => page.locator("h1").innerText();
const main = (page: Page) => page.locator("main").innerText();

/** From the import page: choose the file, press 読み込む, land on the new job's page. */
async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator("#import-file").setInputFiles(file);
  await page.getByRole("button", { name: "読み込む" }).click();
}

/** Waits (the page polls itself) until the list has been read and the preview is shown. */
async function waitForPreview(page: Page) {
  const reading = "医療機関名簿の取込み（読み込み中）";
  const started = Date.now();
  while ((await h1(page)) === reading && Date.now() - started < 100_000) await page.waitForTimeout(250);
  const heading = await h1(page);
  if (heading === reading) {
    await page.reload();
    throw new Error(`the page still says 読み込み中 after 100 s; reloaded, it says ${await h1(page)}`);
  }
  expect(heading, await main(page)).toBe("医療機関名簿の取込み（確認待ち）");
}

describe("本庁担当 imports a newer 厚生局 list", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    page = await signIn(context, site, DEMO.staff);
  });
  afterAll(async () => {
    await context?.close();
  });

  it("opens the import page from the menu: steps, the form with its size limit, the seeded import in the history", async () => {
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "医療機関名簿の取込み" }).click();
    await page.waitForURL(/\/admin\/facility-imports$/);
    expect(await h1(page)).toBe("医療機関名簿の取込み");
    const text = await main(page);
    expect(text).toContain("取込みの手順");
    expect(text).toContain("20 MB 以下");
    const input = page.locator("#import-file");
    expect(await input.getAttribute("accept")).toContain(".xlsx");
    expect(await input.getAttribute("aria-describedby")).toBe("import-file-hint");
    const history = await page.getByRole("table", { name: "医療機関名簿の取込み（新しい順）" }).innerText();
    expect(history).toContain("hokkaido-kouseikyoku-todokede-ika-2025-10-01.xlsx");
    expect(history).toContain("令和7年10月1日");
    expect(history).toContain("取込済み");
  });

  it("refuses a file that is not an xlsx, in Japanese, beside the field, and creates no job", async () => {
    await upload(page, { name: "meibo.csv", mimeType: "text/csv", buffer: Buffer.from("医療機関番号,医療機関名称\n0111887,テスト診療所\n") });
    const error = page.locator("#import-file-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain("xlsx 形式のファイルではありません");
    expect(await page.locator("#import-file").getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/admin/facility-imports");
    expect(await page.getByRole("table", { name: "医療機関名簿の取込み（新しい順）" }).innerText()).not.toContain("meibo.csv");
  });

  it("uploads the list and follows its reading on the job page", async () => {
    await upload(page, listPath);
    await page.waitForURL(JOB_URL, { timeout: 60_000 });
    const heading = await h1(page);
    expect(["医療機関名簿の取込み（読み込み中）", "医療機関名簿の取込み（確認待ち）"]).toContain(heading);
    if (heading.endsWith("（読み込み中）")) {
      // The progress bar is labelled and says how far the reading is.
      await page.getByRole("progressbar", { name: "読み込みの進み具合" }).waitFor();
      expect(await main(page)).toMatch(/行を読み込みました（\d+%）/);
      await page.screenshot({ path: path.join(shots, "facility-import-progress.png"), fullPage: true });
    }
    await waitForPreview(page);
    // The live region stayed in place while the page refreshed itself, and now says it is done.
    expect(await page.locator("main [role=status]").first().innerText()).toBe("読み込みが終わりました。内容を確認してください。");
    expect(await page.getByRole("progressbar").count()).toBe(0);
  });

  it("previews the new 現在 date, the counts by region, one withdrawn and one changed facility", async () => {
    const text = await main(page);
    expect(text).toContain("令和8年4月1日現在の名簿です");
    expect(text).toContain(FILE_NAME);
    expect(text).toContain("前回の名簿：令和7年10月1日現在");
    const counts = page.getByRole("table", { name: /在宅医療圏ごとの在宅療養支援診療所・病院の数/ });
    const countsText = await counts.innerText();
    for (const region of ["十勝", "札幌", "合計"]) expect(countsText).toContain(region);

    const withdrawnTable = await page.getByRole("table", { name: "届出がなくなった在支診・在支病（1 件）" }).innerText();
    expect(withdrawnTable).toContain(withdrawn.name);
    expect(withdrawnTable).toContain(withdrawn.number);
    expect(withdrawnTable).toContain("類型3 → なし");
    const changedTable = await page.getByRole("table", { name: "類型が変わった在支診・在支病（1 件）" }).innerText();
    expect(changedTable).toContain(changed.name);
    expect(changedTable).toContain("類型3 → 類型2");
    expect(text).toContain("新しく届け出た在支診・在支病（0 件）");
    expect(text).toContain("市町村を判定できなかった在支診・在支病（0 件）");
    expect(text).not.toContain("同じファイルが取り込み済みです");
    await page.screenshot({ path: path.join(shots, "facility-import-preview.png"), fullPage: true });
  });

  it("confirms, and the job is 取込済み with links to the counts", async () => {
    await page.getByRole("button", { name: "取り込む（確定）" }).click();
    await page.getByRole("heading", { name: "医療機関名簿の取込み（取込済み）", level: 1 }).waitFor({ timeout: 60_000 });
    const text = await main(page);
    expect(text).toContain("取り込みました");
    expect(text).toContain("令和8年4月1日現在の名簿を取り込みました");
    expect(await page.getByRole("link", { name: "在宅医療圏の一覧で件数を見る" }).getAttribute("href")).toBe("/regions");
    expect(await page.getByRole("button", { name: "取り込む（確定）" }).count()).toBe(0);
    await page.screenshot({ path: path.join(shots, "facility-import-committed.png"), fullPage: true });

    await page.getByRole("link", { name: "医療機関名簿の取込みへ戻る" }).click();
    await page.waitForURL(/\/admin\/facility-imports$/);
    const snapshots = await page.getByRole("table", { name: "取り込み済みの名簿（現在日の新しい順）" }).innerText();
    expect(snapshots.indexOf("令和8年4月1日")).toBeGreaterThanOrEqual(0);
    expect(snapshots.indexOf("令和8年4月1日")).toBeLessThan(snapshots.indexOf("令和7年10月1日"));
  });

  it("shows the new list on the map and on the region page of the facility whose type changed", async () => {
    const found = (await (await fetch(`${base}/api/v1/facilities?q=${changed.number}`)).json()) as {
      asOf: string;
      data: { name: string; supportType: number; homeCareRegion: { code: string; name: string } | null }[];
    };
    expect(found.asOf).toBe("2026-04-01");
    expect(found.data).toHaveLength(1);
    expect(found.data[0].supportType).toBe(2);
    const region = found.data[0].homeCareRegion!;

    // The map: its figures are the new list's, by the map's own table.
    await page.goto(`${site}/regions`, { waitUntil: "networkidle" });
    const mapText = await main(page);
    expect(mapText).toContain("令和8年4月1日現在");
    const counts = (await (await fetch(`${base}/api/v1/facility-counts?level=homecare`)).json()) as { totals: { clinics: { total: number } } };
    const mapTable = page.locator("main table", { has: page.locator("caption", { hasText: "在宅医療圏ごとの在宅療養支援診療所・病院の数" }) });
    const headers = await mapTable.evaluate((t) => [...t.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim()));
    const clinicsColumn = headers.indexOf("在支診");
    const clinicsOnMap = await mapTable.evaluate(
      (t, index) => [...t.querySelectorAll("tbody tr")].reduce((sum, tr) => sum + Number((tr.children[index]?.textContent ?? "").replace(/[^\d]/g, "") || 0), 0),
      clinicsColumn,
    );
    expect(clinicsOnMap).toBe(counts.totals.clinics.total);

    // The region page: the facility at its new type, and both lists in the trend.
    await page.goto(`${site}/regions/${region.code}`, { waitUntil: "networkidle" });
    const regionText = await main(page);
    expect(regionText).toContain("令和8年4月1日現在");
    const row = page.locator("main tr", { hasText: changed.name });
    expect(await row.first().innerText()).toContain("類型2");
    const trend = page.locator("main table", { has: page.locator("caption", { hasText: "推移" }) });
    const trendText = await trend.innerText();
    expect(trendText).toContain("令和7年10月1日現在");
    expect(trendText).toContain("令和8年4月1日現在");
    await page.goto(`${site}/admin/facility-imports`, { waitUntil: "networkidle" });
  });

  it("is told the same file is already imported; confirming it again changes nothing", async () => {
    await upload(page, listPath);
    await page.waitForURL(JOB_URL, { timeout: 60_000 });
    await waitForPreview(page);
    const text = await main(page);
    expect(text).toContain("同じファイルが取り込み済みです");
    expect(text).toMatch(/同じファイルは令和\d+年\d+月\d+日 \d+:\d\dに取り込み済みです。確定しても変更はありません。/);
    await page.getByRole("button", { name: "取り込む（確定）" }).click();
    await page.getByRole("heading", { name: "医療機関名簿の取込み（取込済み）", level: 1 }).waitFor({ timeout: 60_000 });
    expect(await main(page)).toContain("変更はありませんでした");
  });

  it("cannot confirm a list with an unmatched address until a municipality is assigned; then discards it", async () => {
    await page.goto(site + "/admin/facility-imports");
    await upload(page, unmatchedPath);
    await page.waitForURL(JOB_URL, { timeout: 60_000 });
    await waitForPreview(page);
    // Not necessarily 1: exceljs 4.4's streaming reader can garble a character split across two
    // chunks (exceljs/exceljs#2084), which may leave another address unmatched as well.
    const heading = await page.getByRole("heading", { name: /^市町村を判定できなかった在支診・在支病（\d+ 件）$/ }).innerText();
    const count = Number(/（(\d+) 件）/.exec(heading)![1]);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await main(page)).toContain(`市町村が割り当てられていない在支診・在支病が ${count} 件あるため、まだ確定できません。`);
    expect(await page.getByRole("button", { name: "取り込む（確定）" }).count()).toBe(0);
    // The preview with its assignment form, as axe-core sees it (pages-a11y scans only committed jobs).
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);

    const select = page.getByLabel(`${unmatched.name} の市町村・区`);
    expect(await select.getAttribute("aria-describedby")).toBe(`assign-${unmatched.number}-hint`);
    expect(await page.locator(`#assign-${unmatched.number}-hint`).innerText()).toContain("所在地不明");
    await select.selectOption({ label: "帯広市" });
    // Any others get a municipality too (this list is discarded below).
    const selects = page.locator('select[name^="assign."]');
    expect(await selects.count()).toBe(count);
    for (const other of await selects.all()) if ((await other.inputValue()) === "") await other.selectOption({ label: "札幌市中央区" });
    await page.getByRole("button", { name: "割当てを保存する" }).click();
    await page.getByText("市町村の割当てを保存しました。").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "取り込む（確定）" }).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel(`${unmatched.name} の市町村・区`).inputValue()).toBe("01207");
    expect(await main(page)).not.toContain("まだ確定できません");

    await page.getByRole("button", { name: "取り消す" }).click();
    await page.getByRole("heading", { name: "医療機関名簿の取込み（取消し）", level: 1 }).waitFor({ timeout: 30_000 });
    expect(await main(page)).toContain("この取込みは取り消されました");
  });
});

describe("a 保健所 account", () => {
  it("is refused the import page and the job page, with no form and no menu entry", async () => {
    const context = await browser.newContext({ locale: "ja-JP" });
    try {
      const page = await signIn(context, site, DEMO.hokenjo);
      expect(await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "医療機関名簿の取込み" }).count()).toBe(0);
      await page.goto(site + "/admin/facility-imports");
      expect(await main(page)).toContain("医療機関名簿を取り込めるのは本庁の職員だけです。");
      expect(await page.locator("#import-file").count()).toBe(0);
      expect(await page.locator("main table").count()).toBe(0);
      await page.goto(site + "/admin/facility-imports/00000000-0000-4000-8000-0000000000f1");
      expect(await main(page)).toContain("医療機関名簿を取り込めるのは本庁の職員だけです。");
      expect(await page.getByRole("button", { name: "取り込む（確定）" }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
