// The public facility pages over the 北海道厚生局 list in force (the demo portal imports the real
// 令和7年10月1日 list; another e2e file may commit a later one first, so the expected date and
// totals are read from the JSON API): a region's counts agree with the overview map's table and
// with its own list and trend, the map's colouring follows the measure chosen (legend and table with it),
// and the facility search finds a facility by name with a CSV link that repeats the filters.
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CLASS_COLOURS } from "@/components/map/map-measures";
import { dateOnly } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { axeViolations, collectPageErrors, launchBrowser } from "./support/browser";

const base = inject("portalUrl");
/** The list in force, as the API reports it: its 現在 date (和暦), the source line, totals. */
let LIST_DATE = "";
let SOURCE = "";
let HOKKAIDO = { clinics: 0, hospitals: 0 };
/** A clinic of the list in force, found by name in the search test. */
let KNOWN_CLINIC = "";
const OVERLAY_PATHS = ".leaflet-overlay-pane svg path";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const counts = (await (await fetch(`${base}/api/v1/facility-counts?level=secondary`)).json()) as {
    asOf: string;
    totals: { clinics: { total: number }; hospitals: { total: number } };
  };
  LIST_DATE = formatWarekiDate(dateOnly(counts.asOf));
  SOURCE = `出典: 北海道厚生局「届出受理医療機関名簿（医科）」${LIST_DATE}現在`;
  HOKKAIDO = { clinics: counts.totals.clinics.total, hospitals: counts.totals.hospitals.total };
  const clinics = (await (await fetch(`${base}/api/v1/facilities?region=0104&kind=clinic`)).json()) as { data: { name: string }[] };
  KNOWN_CLINIC = clinics.data.map((f) => f.name).find((n) => n.includes("在宅")) ?? clinics.data[0].name;
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** The table whose caption contains `caption`. */
function tableWith(caption: string): Locator {
  return page.locator("main table", { has: page.locator("caption", { hasText: caption }) });
}

/** Every body row as the texts of its cells (row header first). */
function rowsOf(table: Locator): Promise<string[][]> {
  return table.evaluate((t) => [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())));
}

function headersOf(table: Locator): Promise<string[]> {
  return table.evaluate((t) => [...t.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim()));
}

const num = (text: string) => Number(text.replace(/[^\d.]/g, ""));

async function open(path: string) {
  const res = await page.goto(base + path, { waitUntil: "networkidle" });
  expect(res?.status(), path).toBe(200);
}

/** Reads 札幌's row of the overview map's table on /regions (level 在宅医療圏). */
async function sapporoOnTheMap() {
  await open("/regions");
  const table = tableWith("在宅医療圏ごとの在宅療養支援診療所・病院の数");
  const headers = await headersOf(table);
  const row = (await rowsOf(table)).find((r) => r[0] === "札幌");
  expect(row, "札幌 in the map's table").toBeDefined();
  const cell = (header: string) => row![headers.indexOf(header)];
  return { clinics: num(cell("在支診")), hospitals: num(cell("在支病")), clinicsPer100k: cell("在支診（10万人あたり）"), hospitalsPer100k: cell("在支病（10万人あたり）") };
}

describe("a 在宅医療圏's page (札幌, 0104)", () => {
  it("shows counts by type that add up, beside Hokkaido's totals, and the same numbers as the map's table", async () => {
    const onMap = await sapporoOnTheMap();
    await open("/regions/0104");
    const section = page.locator("section[aria-labelledby=facilities]");
    expect(await section.locator("h2").innerText()).toBe("在宅療養支援診療所・病院");
    const table = tableWith("札幌と北海道の在宅療養支援診療所・病院の数");
    const [clinics, hospitals] = await rowsOf(table);
    expect(clinics[0]).toContain("在宅療養支援診療所");
    expect(hospitals[0]).toContain("在宅療養支援病院");
    for (const row of [clinics, hospitals]) expect(num(row[1]) + num(row[2]) + num(row[3]), row.join(" | ")).toBe(num(row[4]));
    expect(num(clinics[4])).toBe(onMap.clinics);
    expect(num(hospitals[4])).toBe(onMap.hospitals);
    expect(clinics[5]).toBe(onMap.clinicsPer100k);
    expect(hospitals[5]).toBe(onMap.hospitalsPer100k);
    expect(onMap.clinics).toBeGreaterThan(0);
    expect(num(clinics[6])).toBe(HOKKAIDO.clinics);
    expect(num(hospitals[6])).toBe(HOKKAIDO.hospitals);
    expect(await section.innerText()).toContain(SOURCE);

    // The facilities listed are the ones counted.
    const list = tableWith(`札幌の在宅療養支援診療所・病院（${LIST_DATE}現在`);
    const listed = await rowsOf(list);
    expect(listed.length).toBe(onMap.clinics + onMap.hospitals);
    expect(listed.filter((r) => r[1] === "在支診").length).toBe(onMap.clinics);
    expect(listed.every((r) => /^(令和|平成|昭和)(元|\d+)年\d+月\d+日$|^—$/.test(r[3])), "算定開始 in 和暦").toBe(true);

    // The trend's table holds the same numbers for the list's date; the chart is hidden from
    // assistive technology and summarised in text.
    const trend = await rowsOf(tableWith("札幌の在宅療養支援診療所・病院の数の推移"));
    const latest = trend.find((r) => r[0] === `${LIST_DATE}現在`);
    expect(latest).toBeDefined();
    expect(num(latest![1])).toBe(onMap.clinics);
    expect(num(latest![3])).toBe(onMap.hospitals);
    expect(await section.locator(".recharts-wrapper").count()).toBe(1);
    expect(await section.locator("[aria-hidden=true]", { has: page.locator(".recharts-wrapper") }).count()).toBe(1);
    expect(await section.innerText()).toContain(`最新の時点で在支診${onMap.clinics}か所、在支病${onMap.hospitals}か所`);

    expect(await section.getByRole("link", { name: /CSV/ }).getAttribute("href")).toBe("/api/v1/facilities?region=0104&format=csv");
    expect(await section.getByRole("link", { name: /医療機関を探す/ }).getAttribute("href")).toBe("/facilities");
  });

  it("names a date in the address it cannot read, at the date field, and shows today", async () => {
    for (const path of ["/regions/0104?asOf=2020-13-45", "/regions?asOf=2020-13-45"]) {
      await open(path);
      const field = page.locator('main input[name="asOf"]');
      expect(await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent), path).toBe("表示する日付");
      expect(await field.getAttribute("aria-invalid"), path).toBe("true");
      const described = (await field.getAttribute("aria-describedby"))!.split(" ");
      const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(texts[0], path).toBe("指定された日付「2020-13-45」を読み取れませんでした。年-月-日の形（例：2026-04-01）で指定してください。");
      expect(texts[1], path).toMatch(/^令和\d+年\d+月\d+日時点を表示しています。$/);
    }
    await open("/regions/0104?asOf=2025-10-01");
    expect(await page.locator('main input[name="asOf"]').getAttribute("aria-invalid")).toBeNull();
  });
});

describe("the tables rendered in the browser too (client components, ADR 0037)", () => {
  it("hydrate without a mismatch or an error, in a browser on another time zone", async () => {
    const context = await browser.newContext({ locale: "ja-JP", timezoneId: "America/New_York" });
    try {
      const p = await context.newPage();
      const errors = collectPageErrors(p);
      for (const path of ["/regions/0104", "/facilities?region=0104"]) {
        const res = await p.goto(base + path, { waitUntil: "networkidle" });
        expect(res?.status(), path).toBe(200);
        await expect.poll(() => p.locator("main table tbody tr").count(), { message: path }).toBeGreaterThan(10);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the overview map coloured by facility counts", () => {
  const legend = () => page.getByTestId("map-legend");
  const countTable = () => tableWith("在宅医療圏ごとの在宅療養支援診療所・病院の数");
  const fills = () => page.locator(OVERLAY_PATHS).evaluateAll((ps) => ps.map((p) => (p.getAttribute("fill") ?? "").toLowerCase()));

  it("draws without tiles, then follows the measure chosen: colours, legend and table", async () => {
    await open("/regions");
    await page.locator(OVERLAY_PATHS).first().waitFor({ state: "attached", timeout: 30_000 });
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    expect(await page.getByRole("radio", { name: "区域のみ" }).isChecked()).toBe(true);
    expect(await legend().count()).toBe(0);
    expect((await headersOf(countTable())).some((h) => h.startsWith("地図の区分"))).toBe(false);

    await page.getByRole("radio", { name: "在支診数" }).check();
    await legend().waitFor();
    const clinicsLegend = await legend().innerText();
    expect(clinicsLegend).toContain("在宅医療圏ごとの在宅療養支援診療所（在支診）の数");
    expect(clinicsLegend).toContain(SOURCE);
    // The legend's classes account for every region of the table.
    const regions = (await rowsOf(countTable())).length;
    const perClass = [...clinicsLegend.matchAll(/（(\d+)区域）/g)].map((x) => Number(x[1]));
    expect(perClass.reduce((a, b) => a + b, 0)).toBe(regions);
    expect(await headersOf(countTable())).toContain("地図の区分（在支診数）");
    await page.waitForFunction(
      ([sel, palette]) => [...document.querySelectorAll(sel as string)].every((p) => (palette as string[]).includes((p.getAttribute("fill") ?? "").toLowerCase())),
      [OVERLAY_PATHS, CLASS_COLOURS.map((c) => c.toLowerCase())] as const,
      { timeout: 15_000 },
    );
    const clinicFills = await fills();
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, "the coloured map, its legend and table pass axe").toEqual([]);

    const before = await legend().textContent();
    await page.getByRole("radio", { name: "在支病（10万人あたり）" }).check();
    await page.waitForFunction((text) => document.querySelector("[data-testid=map-legend]")?.textContent !== text, before, { timeout: 15_000 });
    const rateLegend = await legend().innerText();
    expect(rateLegend).toContain("人口10万人あたりの在宅療養支援病院（在支病）の数");
    expect(rateLegend).not.toBe(clinicsLegend);
    expect(await headersOf(countTable())).toContain("地図の区分（在支病（10万人あたり））");
    await page.waitForFunction((before) => {
      const now = [...document.querySelectorAll(".leaflet-overlay-pane svg path")].map((p) => (p.getAttribute("fill") ?? "").toLowerCase());
      return now.join() !== (before as string[]).join();
    }, clinicFills, { timeout: 15_000 });

    // The class shown for 札幌 in the table is the legend's wording for its value.
    const headers = await headersOf(countTable());
    const sapporo = (await rowsOf(countTable())).find((r) => r[0] === "札幌")!;
    expect(rateLegend).toContain(sapporo[headers.indexOf("地図の区分（在支病（10万人あたり））")]);

    await page.getByRole("radio", { name: "区域のみ" }).check();
    await legend().waitFor({ state: "detached" });
    expect((await headersOf(countTable())).some((h) => h.startsWith("地図の区分"))).toBe(false);
  });

  it("switches the table with the level: 市町村 lists Sapporo's wards", async () => {
    await open("/regions");
    await page.getByRole("radio", { name: "市町村" }).check();
    const table = tableWith("市町村ごとの在宅療養支援診療所・病院の数");
    await table.waitFor();
    const rows = await rowsOf(table);
    expect(rows.map((r) => r[0])).toContain("札幌市中央区");
    expect(rows.map((r) => r[0])).not.toContain("札幌市");
  });
});

describe("the facility search (/facilities)", () => {
  it("finds a facility by name, with its count, source and a CSV link carrying the filters", async () => {
    await open("/facilities");
    await page.getByLabel("医療機関の名称・所在地・医療機関番号").fill(KNOWN_CLINIC);
    await page.getByLabel("種別").selectOption("clinic");
    await Promise.all([page.waitForURL(/[?&]q=/), page.getByRole("button", { name: "検索する" }).click()]);
    const main = await page.locator("main").innerText();
    expect(main).toContain(SOURCE);
    const rows = await rowsOf(tableWith("在宅療養支援診療所・病院の検索結果"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[0].includes(KNOWN_CLINIC))).toBe(true);
    expect(await page.locator("main").getByText(`${rows.length}件`, { exact: true }).count()).toBeGreaterThan(0);
    const csv = await page.getByRole("link", { name: /CSV でダウンロード/ }).getAttribute("href");
    const url = new URL(csv!, base);
    expect(url.pathname).toBe("/api/v1/facilities");
    expect(url.searchParams.get("q")).toBe(KNOWN_CLINIC);
    expect(url.searchParams.get("kind")).toBe("clinic");
    expect(url.searchParams.get("format")).toBe("csv");
    expect(url.searchParams.has("region")).toBe(false);
  });

  it("lists Sapporo's wards among the municipalities, and a ward narrows the results to it", async () => {
    await open("/facilities");
    const options = await page.getByLabel("市町村・区").locator("option").allInnerTexts();
    expect(options).toContain("札幌市（全区）");
    expect(options).toContain("札幌市北区");
    await open("/facilities?municipality=01102&type=2");
    const rows = await rowsOf(tableWith("在宅療養支援診療所・病院の検索結果"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes("札幌市北区") && r[2].startsWith("類型2"))).toBe(true);
    const csv = new URL((await page.getByRole("link", { name: /CSV でダウンロード/ }).getAttribute("href"))!, base);
    expect(Object.fromEntries(csv.searchParams)).toEqual({ municipality: "01102", type: "2", format: "csv" });
  });

  it("names a bad parameter in Japanese instead of searching", async () => {
    await open("/facilities?type=5&kind=clinic");
    const main = await page.locator("main").innerText();
    expect(main).toContain("検索条件に誤りがあります");
    expect(main).toContain("パラメータ「type」（類型）の値「5」は使えません");
    expect(await page.locator("main table").count()).toBe(0);
  });

  it("is in the global navigation after 在宅医療圏", async () => {
    await open("/facilities");
    const labels = await page.locator("header nav a").allInnerTexts();
    const i = labels.findIndex((l) => l.includes("在宅医療圏"));
    expect(labels[i + 1]).toContain("医療機関");
  });
});
