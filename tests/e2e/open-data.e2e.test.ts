// The open-data page in Chromium: every dataset with its last update (和暦), record count, licence
// and credits; a CSV and a JSON downloaded from it hold the same rows under the columns' headers;
// the conditions form downloads the 二次医療圏 counts of the snapshot chosen. Read only: it
// changes nothing other files rely on.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "@/lib/http/csv-parse";
import { repoRoot } from "@/lib/ops/paths";
import { axeViolations, launchBrowser } from "./support/browser";

const base = inject("portalUrl");
const shots = path.join(repoRoot, "tests", ".artifacts");
let browser: Browser;
let page: Page;

interface OpenDataJson {
  dataset: { key: string; recordCount: number; updatedOnWareki: string | null; attributions: { text: string }[] };
  columns: { key: string; label: string }[];
  data: Record<string, unknown>[];
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

async function downloadBy(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: await saved(download) };
}

function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString("utf8"));
}

describe("オープンデータ", () => {
  it("lists every dataset with its last update in 和暦, record count, licence and credits", async () => {
    const res = await page.goto(`${base}/open-data`, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("オープンデータ");
    const sections = page.locator("section[data-dataset]");
    expect(await sections.count()).toBe(8);
    const catalogue = (await (await fetch(`${base}/api/v1/open-data`)).json()) as { data: OpenDataJson["dataset"][] };
    for (const d of catalogue.data) {
      const text = (await page.locator(`section[data-dataset="${d.key}"]`).textContent()) ?? "";
      expect(text, d.key).toContain(`${d.recordCount.toLocaleString("ja-JP")}件`);
      if (d.updatedOnWareki) expect(text, d.key).toContain(d.updatedOnWareki);
      expect(text).toContain("利用条件");
      for (const a of d.attributions) expect(text, d.key).toContain(a.text);
    }
    const facilities = (await page.locator('section[data-dataset="facilities"]').textContent()) ?? "";
    expect(facilities).toContain("北海道厚生局「届出受理医療機関名簿（医科）」");
    expect((await page.locator('section[data-dataset="municipalities"]').textContent()) ?? "").toContain("「令和2年国勢調査」（総務省統計局）");
    expect(await page.locator("main").textContent()).toContain("「国土数値情報（行政区域データ）」（国土交通省）を加工して作成");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "open-data.png"), fullPage: true });
  });

  it("downloads a CSV and a JSON of the same rows", async () => {
    const section = page.locator('section[data-dataset="municipalities"]');
    const csv = await downloadBy(() => section.getByRole("link", { name: /^CSV をダウンロード/ }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const json = await downloadBy(() => section.getByRole("link", { name: /^JSON をダウンロード/ }).click());
    expect(json.name).toBe("municipalities.json");
    const body = JSON.parse(json.bytes.toString("utf8")) as OpenDataJson;
    const [header, ...rows] = csvRows(csv.bytes);
    expect(header).toEqual(body.columns.map((c) => c.label));
    expect(header.slice(0, 3)).toEqual(["市町村コード", "検査数字付きコード", "市町村名"]);
    expect(rows).toHaveLength(body.dataset.recordCount);
    expect(rows.length).toBe(179);
    const sapporo = rows.find((r) => r[0] === "01100")!;
    expect(sapporo[2]).toBe("札幌市");
    expect(sapporo[header.indexOf("人口（令和2年国勢調査）")]).toBe(String(body.data.find((d) => d.code === "01100")!.population2020));
  });

  it("downloads the counts of the level and snapshot chosen", async () => {
    const section = page.locator('section[data-dataset="facility-counts"]');
    await section.getByLabel("区域", { exact: true }).selectOption("secondary");
    const snapshot = section.getByLabel("名簿の時点", { exact: true });
    const chosen = await snapshot.inputValue();
    const csv = await downloadBy(() => section.getByRole("button", { name: "CSV をダウンロード" }).click());
    // Chromium saves it under the Japanese name (filename*), which names the level and the list.
    expect(csv.name).toBe(`在宅療養支援診療所・病院の数（区域ごと・名簿の時点ごと）_secondary-${chosen}.csv`);
    const [header, ...rows] = csvRows(csv.bytes);
    expect(header.slice(0, 3)).toEqual(["区域コード", "区域名", "人口（令和2年国勢調査）"]);
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => r[header.indexOf("現在日")]))).toEqual(new Set([chosen]));
    // The same counts as the facility API's for that list (its data rows, not its totals).
    const api = (await (await fetch(`${base}/api/v1/facility-counts?level=secondary&asOf=${chosen}`)).json()) as { data: { code: string; clinics: { total: number } }[] };
    for (const r of rows) expect(Number(r[header.indexOf("在支診 計")]), r[0]).toBe(api.data.find((d) => d.code === r[0])!.clinics.total);
  });
});
