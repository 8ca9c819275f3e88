// Every page of the app, found from the route tree (support/route-inventory.ts), as a resident
// or officer meets it in Chromium: it answers, it is Japanese with one h1, axe-core finds no
// serious or critical WCAG 2.1 A/AA problem, and it fits a 360 px phone without sideways
// scrolling. A new page is covered automatically; one with an unlisted dynamic segment fails.
// Signed-in pages (app/(portal)) are scanned signed in as the demo account the inventory declares
// for them, and are checked to send anonymous visitors to ログイン.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { usesStaticPolicy } from "@/lib/http/page-kinds";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { axeViolations, launchBrowser } from "./support/browser";
import { APP_DIR, DEMO, NOT_FOUND_PATH, pageInventory, pageRoutes, type DemoEmail } from "./support/route-inventory";

const inventory = pageInventory();

/** "/regions/[regionCode]" → /^\/regions\/[^/]+\/?$/ (for checking the expansion). */
function patternRegex(pattern: string): RegExp {
  const body = pattern
    .split("/")
    .filter(Boolean)
    .map((seg) => {
      if (seg.startsWith("[[...")) return "(?:/.+)?";
      if (seg.startsWith("[...")) return "/.+";
      if (seg.startsWith("[")) return "/[^/]+";
      return "/" + seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${body}/?$`);
}

describe("the route inventory", () => {
  it("contains the home and sources pages and the unknown-URL page", () => {
    const paths = inventory.map((e) => e.path);
    expect(paths).toContain("/");
    expect(paths).toContain("/sources");
    expect(inventory.find((e) => e.path === NOT_FOUND_PATH)?.expectedStatus).toBe(404);
  });

  it("maps every app/**/page file to at least one URL matching its pattern", () => {
    // Found independently of the inventory's own walker.
    const pageFiles = (readdirSync(APP_DIR, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => /(^|\/)page\.(tsx|ts|jsx|js)$/.test(f));
    expect(pageFiles.length).toBeGreaterThan(0);
    const routes = pageRoutes();
    for (const f of pageFiles) {
      const route = routes.find((r) => r.file === `app/${f}`);
      expect(route, `app/${f} is missing from the inventory`).toBeDefined();
      expect(route!.paths.length, `app/${f}`).toBeGreaterThan(0);
      const re = patternRegex(route!.pattern);
      for (const p of route!.paths) expect(p, `${p} vs ${route!.pattern}`).toMatch(re);
      for (const p of route!.paths) expect(inventory.map((e) => e.path)).toContain(p);
    }
  });

  it("requests every not-found page, expecting 404", () => {
    const notFoundFiles = (readdirSync(APP_DIR, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => /(^|\/)not-found\.(tsx|ts|jsx|js)$/.test(f));
    for (const f of notFoundFiles) {
      const entry = inventory.find((e) => e.source === `app/${f}`);
      expect(entry, `app/${f} is missing from the inventory`).toBeDefined();
      expect(entry!.expectedStatus).toBe(404);
    }
  });

  it("fails when a dynamic segment has no samples, drops route groups, and reaches nested not-found pages", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "route-inventory-"));
    try {
      mkdirSync(path.join(dir, "(public)", "things", "[thingId]"), { recursive: true });
      writeFileSync(path.join(dir, "(public)", "page.tsx"), "");
      writeFileSync(path.join(dir, "(public)", "things", "page.tsx"), "");
      writeFileSync(path.join(dir, "(public)", "things", "[thingId]", "page.tsx"), "");
      writeFileSync(path.join(dir, "(public)", "things", "[thingId]", "not-found.tsx"), "");
      expect(() => pageInventory(dir, {}, { thingId: "zz" })).toThrow(/\[thingId\].*no sample values/);
      expect(() => pageInventory(dir, { thingId: ["a"] }, {})).toThrow(/unknown value for \[thingId\]/);
      const paths = pageInventory(dir, { thingId: ["a", "b"] }, { thingId: "zz" }).map((e) => `${e.path} ${e.expectedStatus}`);
      expect(paths.sort()).toEqual(["/ 200", "/things 200", "/things/a 200", "/things/b 200", `${NOT_FOUND_PATH} 404`, "/things/zz 404"].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("declares an account for every signed-in page, and fails for one without", () => {
    for (const e of inventory.filter((e) => e.source.startsWith("app/(portal)/"))) expect(e.account, e.path).toBeDefined();
    expect(inventory.find((e) => e.path === "/admin/audit")?.account).toBe(DEMO.staff);
    expect(inventory.find((e) => e.path === "/")?.account).toBeUndefined();
    const dir = mkdtempSync(path.join(os.tmpdir(), "route-inventory-"));
    try {
      mkdirSync(path.join(dir, "(portal)", "admin", "things", "[thingId]"), { recursive: true });
      writeFileSync(path.join(dir, "(portal)", "admin", "things", "page.tsx"), "");
      writeFileSync(path.join(dir, "(portal)", "admin", "things", "[thingId]", "page.tsx"), "");
      writeFileSync(path.join(dir, "(portal)", "admin", "things", "[thingId]", "not-found.tsx"), "");
      const samples = { thingId: ["a"] };
      const unknown = { thingId: "zz" };
      expect(() => pageInventory(dir, samples, unknown, {})).toThrow(/app\/\(portal\)\/admin\/things\/.*page\.tsx \(\/admin\/things.*no demo account declared/);
      expect(() => pageInventory(dir, samples, unknown, { "/admin/things": DEMO.admin })).toThrow(/\/admin\/things\/\[thingId\]\) is a signed-in page/);
      const entries = pageInventory(dir, samples, unknown, { "/admin/things": DEMO.admin, "/admin/things/[thingId]": DEMO.staff });
      expect(entries.map((e) => `${e.path} ${e.expectedStatus} ${e.account ?? "-"}`).sort()).toEqual(
        ["/admin/things 200 admin@demo.zaitaku.example", "/admin/things/a 200 staff@demo.zaitaku.example", "/admin/things/zz 404 staff@demo.zaitaku.example", `${NOT_FOUND_PATH} 404 -`].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const base = inject("portalUrl");
let browser: Browser;

interface Viewer {
  context: BrowserContext;
  page: Page;
  phone: Page;
}
/** One browser context per account (anonymous: ""), its cookies shared by a desktop and a phone page. */
const viewers = new Map<string, Promise<Viewer>>();

async function createViewer(account: DemoEmail | undefined): Promise<Viewer> {
  const context = await browser.newContext({ locale: "ja-JP" });
  // Every Content-Security-Policy violation a page reports (checked below).
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const phone = await context.newPage();
  // 320 CSS px: the width WCAG 2.1 1.4.10 (Reflow) asks content to fit without scrolling sideways.
  await phone.setViewportSize({ width: 320, height: 740 });
  if (account) {
    await page.goto(base + "/login");
    await page.locator("#email").fill(account);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("#password").press("Enter");
    await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
  }
  return { context, page, phone };
}

function viewer(account: DemoEmail | undefined): Promise<Viewer> {
  const key = account ?? "";
  if (!viewers.has(key)) viewers.set(key, createViewer(account));
  return viewers.get(key)!;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and waits until it has settled (scripts loaded; a Leaflet map drawn). */
async function open(p: Page, urlPath: string) {
  const res = await p.goto(base + urlPath, { waitUntil: "networkidle" });
  if ((await p.locator(".leaflet-container").count()) > 0) {
    await p.locator(".leaflet-overlay-pane svg path").first().waitFor({ state: "attached", timeout: 30_000 });
  }
  return res;
}

describe.each(inventory)("$path ($source) as $account", ({ path: urlPath, expectedStatus, account, source }) => {
  if (source.startsWith("app/(portal)/") && expectedStatus === 200) {
    it("sends an anonymous visitor to ログイン, coming back here afterwards", async () => {
      const { page } = await viewer(undefined);
      await page.goto(base + urlPath);
      const url = new URL(page.url());
      expect(url.pathname).toBe("/login");
      expect(url.searchParams.get("next")).toBe(urlPath);
    });
  }

  it(`answers ${expectedStatus}, in Japanese, with exactly one h1`, async () => {
    const { page } = await viewer(account);
    const res = await open(page, urlPath);
    expect(res?.status()).toBe(expectedStatus);
    // Signed-in pages are really seen signed in, not as the login page they would redirect to.
    expect(new URL(page.url()).pathname).toBe(urlPath);
    expect(await page.evaluate(() => document.documentElement.getAttribute("lang"))).toBe("ja");
    const h1s = await page.locator("h1").allInnerTexts();
    expect(h1s, `h1 elements: ${JSON.stringify(h1s)}`).toHaveLength(1);
  });

  it("runs its scripts under its Content-Security-Policy without a single violation", async () => {
    const { page } = await viewer(account);
    const res = await open(page, urlPath);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'/);
    expect(csp).toMatch(usesStaticPolicy(urlPath) ? /script-src 'self' 'unsafe-inline';/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';/);
    // Next's client has started (its scripts were allowed) and nothing was refused.
    await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });

  it("has no serious or critical WCAG 2.1 A/AA violations (axe-core)", async () => {
    const { page } = await viewer(account);
    await open(page, urlPath);
    const violations = await axeViolations(page);
    const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
    if (minor.length > 0) console.log(`[a11y] ${urlPath}: lesser axe findings\n${JSON.stringify(minor, null, 2)}`);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("fits a 320 px wide screen without horizontal scrolling (reflow)", async () => {
    const { phone } = await viewer(account);
    await open(phone, urlPath);
    const { overflow, wide } = await phone.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => !el.closest(".leaflet-container *") && el.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).slice(0, 3).join(".") : ""}`);
      return { overflow: document.documentElement.scrollWidth - width, wide };
    });
    if (overflow > 0) await phone.screenshot({ path: `tests/.artifacts/overflow-${urlPath.replace(/\W+/g, "_")}.png`, fullPage: true });
    expect(overflow, `page is ${overflow}px wider than the screen; elements reaching past the edge: ${wide.join(", ")}`).toBeLessThanOrEqual(0);
  });
});
