// Signing in and out by keyboard alone, as someone who cannot use a mouse does: home → ログイン →
// a wrong password (the error is announced, the e-mail stays) → the right one → the menu the role
// allows → the audit log that recorded the sign-in → ログアウト, after which the old session cookie
// is worthless. Plus what an applicant sees, and the CSV export's answers over plain HTTP.
import type { Browser, BrowserContext, Cookie, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { launchBrowser } from "./support/browser";

const base = inject("portalUrl");
// The browser uses the portal's own origin (PORTAL_BASE_URL, http://localhost:<port>): next-auth
// sends people back there after signing in, so a session begun at 127.0.0.1 would not follow.
// Plain HTTP requests (fetch) carry the cookie themselves and use 127.0.0.1.
const site = base.replace("//127.0.0.1:", "//localhost:");
const STAFF = "staff@demo.zaitaku.example";
const APPLICANT = "applicant@demo.zaitaku.example";
const ADMIN = "admin@demo.zaitaku.example";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const newContext = () => browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });

/** What has focus: its tag, id, text and role-ish details. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", text: el?.textContent?.trim() ?? "", href: el?.getAttribute("href") ?? "" };
  });

/** Presses Tab until `match` holds for the focused element (fails after `max` presses). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}; last focus: ${JSON.stringify(await focused(page))}`);
}

const navLinks = (page: Page) => page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link").allInnerTexts();
const signInLink = (page: Page) => page.locator("header").getByRole("link", { name: "ログイン", exact: true });

/** From the home page to a signed-in session, by keyboard only. */
async function signInByKeyboard(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(site + "/");
  await tabTo(page, (f) => f.tag === "a" && f.text === "ログイン", "the ログイン link");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/login/);
  await tabTo(page, (f) => f.id === "email", "the e-mail field");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  expect((await focused(page)).id).toBe("password");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
}

const cookieHeader = (cookies: Cookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

describe("本庁担当 signs in and out by keyboard", () => {
  let context: BrowserContext;
  let page: Page;
  let savedCookies: Cookie[] = [];

  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("is told in Japanese, inside the form, when the password is wrong, and keeps the e-mail", async () => {
    await signInByKeyboard(page, STAFF, "not-the-password");
    const alert = page.locator("form [role=alert]");
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toBe("メールアドレスまたはパスワードが正しくありません。");
    expect(await page.locator("#email").inputValue()).toBe(STAFF);
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("signs in with the right password and sees the menu 本庁担当 may use", async () => {
    await tabTo(page, (f) => f.id === "password", "the password field");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
    await page.locator("header").getByText("本庁 担当者（サンプル）（本庁担当）").waitFor();
    const links = await navLinks(page);
    expect(links).toContain("監査ログ");
    expect(links).not.toContain("利用者管理");
    savedCookies = await context.cookies();
    expect(savedCookies.length).toBeGreaterThan(0);
  });

  it("opens 監査ログ from the menu and finds the sign-in and the failed attempt", async () => {
    await tabTo(page, (f) => f.tag === "a" && f.text === "監査ログ", "the 監査ログ link");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/admin\/audit$/);
    expect(await page.locator("h1").innerText()).toBe("監査ログ");
    const table = await page.getByRole("table").innerText();
    expect(table).toContain("本庁 担当者（サンプル）がログインしました");
    expect(table).toContain("auth.sign_in");
    expect(table).toContain(`ログインに失敗しました（${STAFF}）`);
    expect(await page.getByRole("link", { name: "CSVでダウンロード" }).getAttribute("href")).toBe("/admin/audit/export");
  });

  it("filters the log with the form by keyboard", async () => {
    await tabTo(page, (f) => f.id === "action", "the 操作 field");
    await page.keyboard.type("auth.sign_in_failed");
    await page.keyboard.press("Enter");
    await page.waitForURL(/action=auth\.sign_in_failed/);
    const actions = await page.getByRole("table").locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["auth.sign_in_failed"]));
  });

  it("sees the 期間 it picks in 和暦 under each date field, before and after filtering", async () => {
    const from = page.locator("#from");
    const echo = page.locator("#from-wareki");
    expect(await from.getAttribute("aria-describedby")).toContain("from-wareki");
    expect(await echo.innerText()).toBe("");
    await from.fill("2026-04-01");
    await expect.poll(() => echo.innerText()).toBe("和暦：令和8年4月1日");
    await from.fill("2019-05-01");
    await expect.poll(() => echo.innerText()).toBe("和暦：令和元年5月1日");
    await from.press("Enter");
    await page.waitForURL(/from=2019-05-01/);
    expect(await page.locator("#from-wareki").innerText()).toBe("和暦：令和元年5月1日");
    await page.locator("#from").fill("");
    await expect.poll(() => page.locator("#from-wareki").innerText()).toBe("");
  });

  it("is shown a refusal, not user data, on /admin/users", async () => {
    const res = await page.goto(site + "/admin/users");
    expect(new URL(page.url()).pathname).toBe("/admin/users");
    const main = await page.locator("main").innerText();
    // 403/404 content: the page may answer with the status or (a page cannot always set one) say so.
    expect([403, 404].includes(res!.status()) || /権限がありません|見つかりません/.test(main), `status ${res?.status()}: ${main.slice(0, 200)}`).toBe(true);
    for (const other of [ADMIN, APPLICANT, "本庁 管理者（サンプル）", "函館市医師会 担当者（サンプル）"]) expect(main).not.toContain(other);
    expect(await page.locator("main table").count()).toBe(0);
  });

  it("is refused with a session cookie altered by one character, and served with the real one", async () => {
    const exportWith = (cookies: typeof savedCookies) => fetch(base + "/admin/audit/export", { headers: { cookie: cookieHeader(cookies) } });
    expect((await exportWith(savedCookies)).status).toBe(200);
    // The second-to-last character changed to another one (A, or B where it is an A).
    const alter = (v: string) => v.slice(0, -2) + (v.at(-2) === "A" ? "B" : "A") + v.slice(-1);
    const altered = savedCookies.map((c) => (c.name.includes("session-token") ? { ...c, value: alter(c.value) } : c));
    expect(altered.some((c, i) => c.value !== savedCookies[i].value)).toBe(true);
    expect((await exportWith(altered)).status).toBe(401);
  });

  it("signs out by keyboard, after which the saved session cookie is refused", async () => {
    await page.goto(site + "/");
    await tabTo(page, (f) => f.tag === "button" && f.text === "ログアウト", "the ログアウト button");
    await page.keyboard.press("Enter");
    await signInLink(page).waitFor({ timeout: 20_000 });

    const replay = await newContext();
    try {
      await replay.addCookies(savedCookies);
      const p = await replay.newPage();
      await p.goto(site + "/");
      await signInLink(p).waitFor();
      expect(await navLinks(p)).not.toContain("監査ログ");
      await p.goto(site + "/admin/audit");
      expect(new URL(p.url()).pathname).toBe("/login");
      expect(new URL(p.url()).searchParams.get("next")).toBe("/admin/audit");
      const res = await fetch(base + "/admin/audit/export", { headers: { cookie: cookieHeader(savedCookies) } });
      expect(res.status).toBe(401);
    } finally {
      await replay.close();
    }
  });
});

describe("申請者", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("sees neither 監査ログ nor 利用者管理 in the menu", async () => {
    await signInByKeyboard(page, APPLICANT);
    await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
    await page.locator("header").getByText("（申請者）").waitFor();
    const links = await navLinks(page);
    expect(links).not.toContain("監査ログ");
    expect(links).not.toContain("利用者管理");
  });

  it("is answered 404 by the audit page and the CSV export", async () => {
    const res = await page.goto(site + "/admin/audit");
    expect(res?.status()).toBe(404);
    expect(await page.locator("main").innerText()).not.toContain("auth.sign_in");
    const csv = await fetch(base + "/admin/audit/export", { headers: { cookie: cookieHeader(await context.cookies()) } });
    expect(csv.status).toBe(404);
    expect(csv.headers.get("content-type")).toContain("application/json");
    expect(await csv.json()).toEqual({ error: { code: "not_found", message: expect.stringMatching(/見つかりません/) } });
  });
});

describe("the CSV export over HTTP", () => {
  it("answers 401 JSON without a session cookie", async () => {
    const res = await fetch(base + "/admin/audit/export?action=auth.");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: "ログインしてください。" } });
  });

  it("answers a bad filter with 400 and gives 本庁管理者 the CSV, with BOM and header", async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await signInByKeyboard(page, ADMIN);
      await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
      const cookie = cookieHeader(await context.cookies());
      const bad = await fetch(base + "/admin/audit/export?from=2025-02-30", { headers: { cookie } });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe("invalid_parameter");
      const res = await fetch(base + "/admin/audit/export?action=auth.sign_in", { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{8}-\d{4}\.csv"$/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8").slice(1);
      expect(text.split("\r\n")[0]).toBe("日時(UTC ISO),日時(日本時間),操作者,操作,対象種別,対象ID,内容,IPアドレス,詳細(JSON)");
      expect(text).toContain("本庁 管理者（サンプル）がログインしました");
    } finally {
      await context.close();
    }
  });
});
