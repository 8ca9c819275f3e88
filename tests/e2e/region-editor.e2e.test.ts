// 本庁管理者 splits the provisional 十勝 region into 東十勝・西十勝・南十勝・北十勝 from 令和9年4月1日
// (a future date, so the other e2e files, which read today's regions, are unaffected): from the
// menu, by keyboard, with a refused first attempt (fields named, typing kept), the preview (members
// moving, 十勝 ending, its lead 保健所 carried to all four), the save; then the public list, the map
// and /api/v1/regions show the four from that date and 十勝 the day before.
import { mkdirSync } from "node:fs";
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
const ON = "2027-04-01";
const DAY_BEFORE = "2027-03-31";
const FOUR = ["東十勝", "西十勝", "南十勝", "北十勝"];
/** A provisional grouping of 十勝's 19 municipalities for the test (not the official one). */
const GROUPS: Record<string, string[]> = {
  東十勝: ["01643", "01644", "01645", "01646", "01647", "01648", "01649"],
  西十勝: ["01207", "01635", "01636", "01637"],
  南十勝: ["01638", "01639", "01641", "01642"],
  北十勝: ["01631", "01632", "01633", "01634"],
};
const CODES = ["0119-E", "0119-W", "0119-S", "0119-N"];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
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
  await browser?.close();
});

const byId = (id: string) => page.locator(`[id="${id}"]`);
const main = () => page.locator("main").innerText();
/** Focus and Enter: the keyboard's way to press a button or follow a link. */
async function press(locator: ReturnType<Page["locator"]>) {
  await locator.focus();
  await page.keyboard.press("Enter");
}

describe("splitting 十勝 into four at 令和9年4月1日", () => {
  it("opens the editor from the menu and chooses the split, the region and the date (和暦)", async () => {
    await press(page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "在宅医療圏の定義" }));
    await page.waitForURL(/\/admin\/regions$/);
    expect(await page.locator("h1").innerText()).toBe("在宅医療圏の定義");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "十勝", exact: true }) });
    expect(await row.innerText()).toContain("暫定");
    await press(row.getByRole("link", { name: /分割/ }));
    await page.waitForURL(/\/admin\/regions\/change\?kind=split&region=0119$/);
    await byId("effectiveOn").focus();
    await page.keyboard.type("令和9年4月1日");
    await page.keyboard.press("Enter");
    await page.waitForURL(/effectiveOn=/);
    expect(await page.locator("h1").innerText()).toContain("十勝");
    expect(await main()).toContain("適用日: 令和9年4月1日（2027-04-01）");
  });

  it("names the fields of a refused attempt and keeps what was typed", async () => {
    for (let i = 2; i < 4; i++) await press(page.getByRole("button", { name: "分割後の在宅医療圏を追加する" }));
    for (const [i, name] of FOUR.entries()) {
      await byId(`successors.${i}.code`).fill(CODES[i]);
      await byId(`successors.${i}.name`).fill(name);
    }
    await byId("successors.0.code").fill("0101"); // a code in use
    await press(page.getByRole("button", { name: "影響を確認する" }));
    await expect.poll(() => page.getByRole("alert").first().innerText(), { timeout: 15_000 }).toContain("入力内容を確認してください");
    expect(await byId("successors.0-error").innerText()).toContain("市町村・行政区を1つ以上選んでください");
    expect(await byId("successors.1.name").inputValue()).toBe("西十勝");
    await byId("successors.0.code").fill(CODES[0]);
  });

  it("assigns the members, previews the impact and saves", async () => {
    for (const [i, name] of FOUR.entries()) for (const code of GROUPS[name]) await byId(`assign-${code}`).selectOption(String(i));
    await page.locator(".leaflet-overlay-pane svg path").first().waitFor({ state: "attached", timeout: 30_000 });
    expect(await page.locator(".leaflet-overlay-pane svg path").count()).toBe(19);
    await press(page.getByRole("button", { name: "影響を確認する" }));
    const preview = page.getByRole("region", { name: "変更の影響" });
    await page.screenshot({ path: path.join(shots, "region-editor-form.png"), fullPage: true });
    await preview.waitFor({ timeout: 15_000 }).catch(async (err: unknown) => {
      await page.screenshot({ path: path.join(shots, "region-editor-no-preview.png"), fullPage: true });
      throw new Error(`no preview: ${String(err)}\n${await main()}`);
    });
    // The form keeps what was chosen after the answer (no reset).
    expect(await byId("assign-01207").inputValue()).toBe("1");
    const text = await preview.innerText();
    expect(text).toContain("十勝（令和9年3月31日まで）→ 東十勝・西十勝・南十勝・北十勝");
    expect(text).toContain("所属が変わる市町村・行政区（19件）");
    expect(text).toContain("主担当保健所");
    // One set of successor checkboxes per record that carries over: the lead 保健所, and the two
    // designations of 十勝 (十勝医師会's 拠点, and the demo's 積極的役割 sample), all ticked by default.
    expect(text).toContain("拠点・積極的役割医療機関の指定");
    expect(text).toContain("十勝医師会（在宅医療に必要な連携を担う拠点）");
    for (const name of FOUR) {
      const boxes = await preview.getByRole("checkbox", { name, exact: true }).all();
      expect(boxes).toHaveLength(3);
      for (const box of boxes) expect(await box.isChecked()).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "region-editor-preview.png"), fullPage: true });

    await press(page.getByRole("button", { name: "保存する" }));
    await page.waitForURL(/\/admin\/regions\/0119\?saved=1$/, { timeout: 30_000 });
    const after = await main();
    expect(after).toContain("保存しました");
    for (const name of FOUR) expect(after).toContain(`${name}へ分割（令和9年4月1日）`);
    expect(after).toContain("在宅医療圏「十勝」を令和9年4月1日付けで「東十勝」・「西十勝」・「南十勝」・「北十勝」に分割しました");
    await page.screenshot({ path: path.join(shots, "region-editor-saved.png"), fullPage: true });
  });

  it("the public list and map show the four from the date and 十勝 the day before", async () => {
    await page.goto(base + "/regions");
    await byId("as-of").fill(ON);
    await press(page.getByRole("button", { name: "表示する" }));
    await page.waitForURL(/asOf=2027-04-01/);
    const table = page.locator("section[aria-labelledby=regions]").getByRole("table");
    const onDate = await table.innerText();
    for (const name of FOUR) expect(onDate).toContain(name);
    expect(await table.getByRole("link", { name: "十勝", exact: true }).count()).toBe(0);
    expect(await main()).toContain("令和9年4月1日時点を表示しています。");
    await expect.poll(() => page.locator(".leaflet-overlay-pane svg path").count(), { timeout: 20_000 }).toBe(24);
    await page.screenshot({ path: path.join(shots, "regions-2027-04-01.png"), fullPage: true });

    await page.goto(base + `/regions?date=${DAY_BEFORE}`);
    const before = await page.locator("section[aria-labelledby=regions]").getByRole("table").innerText();
    expect(before).toContain("十勝");
    for (const name of FOUR) expect(before).not.toContain(name);
    await expect.poll(() => page.locator(".leaflet-overlay-pane svg path").count(), { timeout: 20_000 }).toBe(21);
  });

  it("/api/v1/regions?level=homecare&date= answers the four from the date and 十勝 the day before", async () => {
    const names = async (date: string) => {
      const res = await fetch(`${base}/api/v1/regions?level=homecare&date=${date}`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: { name: string }[] }).data.map((r) => r.name);
    };
    const onDate = await names(ON);
    for (const name of FOUR) expect(onDate).toContain(name);
    expect(onDate).not.toContain("十勝");
    const before = await names(DAY_BEFORE);
    expect(before).toContain("十勝");
    for (const name of FOUR) expect(before).not.toContain(name);
    const geo = await fetch(`${base}/api/v1/regions.geojson?level=homecare&date=${ON}`);
    expect(((await geo.json()) as { features: unknown[] }).features).toHaveLength(24);
  });
});

describe("本庁担当 in the editor", () => {
  it("may preview a change but is not offered the save", async () => {
    const staffContext = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    const staff = await staffContext.newPage();
    await staff.goto(site + "/login");
    await staff.locator("#email").fill(DEMO.staff);
    await staff.locator("#password").fill(DEMO_PASSWORD);
    await staff.locator("#password").press("Enter");
    await staff.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
    await staff.goto(site + "/admin/regions/change?kind=rename&region=0116");
    expect(await staff.locator("main").innerText()).toContain("本庁担当の方は、変更内容と影響の確認までできます。");
    await staff.locator("#name").fill("宗谷圏");
    await staff.getByRole("button", { name: "影響を確認する" }).click();
    const preview = staff.getByRole("region", { name: "変更の影響" });
    await preview.waitFor({ timeout: 15_000 });
    expect(await preview.innerText()).toContain("名称: 宗谷 → 宗谷圏");
    expect(await staff.getByRole("button", { name: "保存する" }).count()).toBe(0);
    expect(await preview.innerText()).toContain("保存は本庁管理者だけが行えます。");
    await staffContext.close();
  });
});
