// The region map page (/regions) used by keyboard alone, as someone who cannot use a mouse does:
// the skip link comes first, the level switch (在宅医療圏 / 二次医療圏 / 市町村) works with arrow
// keys and redraws the map, the map itself takes focus and zooms and pans from the keyboard, and
// every region in the table opens its own page with Enter. No clicks anywhere.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const base = inject("portalUrl");
/** Hokkaido has 179 municipalities; with 札幌's wards the 市町村 layer draws more than that. */
const MUNICIPALITIES = 179;
const MAX_TABS = 200;
const OVERLAY_PATHS = ".leaflet-overlay-pane svg path";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Loads /regions afresh and waits until the GeoJSON layer has been drawn. */
beforeEach(async () => {
  const res = await page.goto(base + "/regions", { waitUntil: "networkidle" });
  expect(res?.status()).toBe(200);
  await page.locator(OVERLAY_PATHS).first().waitFor({ state: "attached", timeout: 30_000 });
});

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  radio: boolean;
  checked: boolean;
  label: string;
  mapContainer: boolean;
  inTable: boolean;
}

function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const radio = (input?.type === "radio") || el?.getAttribute("role") === "radio";
    const label = input?.labels?.[0]?.textContent ?? el?.getAttribute("aria-label") ?? el?.textContent ?? "";
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").replace(/\s+/g, " ").trim(),
      href: el?.getAttribute("href") ?? null,
      radio: !!radio,
      checked: input ? input.checked : el?.getAttribute("aria-checked") === "true",
      label: label.replace(/\s+/g, " ").trim(),
      mapContainer: !!el?.classList.contains("leaflet-container"),
      inTable: !!el?.closest("table"),
    };
  });
}

/** Presses Tab from the top of the page until `want` holds for the focused element. */
async function tabUntil(want: (f: Focused) => boolean, what: string): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    const f = await focused();
    if (want(f)) return f;
    seen.push(`${f.tag}${f.href ? `[${f.href}]` : ""} ${f.label.slice(0, 20)}`);
  }
  throw new Error(`${what} was not reached within ${MAX_TABS} Tab presses; focus went through:\n${seen.slice(0, 60).join("\n")}`);
}

const pathCount = () => page.locator(OVERLAY_PATHS).count();

/** Leaflet's zoom and pixel origin, read from the DOM: a data-zoom attribute if the page sets
 * one, otherwise the zoom proxy Leaflet keeps in the map pane (transform: translate3d(project
 * (center, z)) scale(2^(z-1))). */
function mapView(): Promise<{ zoom: number; x: number; y: number }> {
  return page.evaluate(() => {
    const container = document.querySelector(".leaflet-container");
    if (!container) throw new Error("no .leaflet-container on the page");
    const proxy = container.querySelector<HTMLElement>(".leaflet-proxy");
    const m = proxy ? /translate3d\((-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px[^)]*\)(?:\s*scale\(([\d.e+-]+)\))?/.exec(proxy.style.transform) : null;
    const tagged = container.closest("[data-zoom]") ?? container.querySelector("[data-zoom]");
    if (tagged) return { zoom: Number(tagged.getAttribute("data-zoom")), x: m ? Number(m[1]) : NaN, y: m ? Number(m[2]) : NaN };
    if (!m) throw new Error("cannot read the map's zoom: no data-zoom attribute and no Leaflet zoom proxy (zoomAnimation off?)");
    return { zoom: Math.log2(Number(m[3] ?? 1)) + 1, x: Number(m[1]), y: Number(m[2]) };
  });
}

/** The view once no zoom animation is running. */
async function settledView() {
  await page.waitForFunction(() => !document.querySelector(".leaflet-zoom-anim"), undefined, { timeout: 15_000 });
  return mapView();
}

describe("the region map page by keyboard only", () => {
  it("puts the skip link first", async () => {
    await page.keyboard.press("Tab");
    const f = await focused();
    expect(f.text).toContain("本文へ");
    expect(f.href).toBe("#main");
  });

  it("reaches the level switch by Tab; arrow keys change the level and the map's layer", async () => {
    const first = await tabUntil((f) => f.radio, "the level switch");
    expect(first.checked, "Tab lands on the selected level").toBe(true);
    const before = await pathCount();
    expect(first.label).toMatch(/在宅医療圏|二次医療圏|市町村/);

    const labels = [first.label];
    let current = first;
    for (let i = 0; i < 3 && !current.label.includes("市町村"); i++) {
      await page.keyboard.press("ArrowRight");
      current = await focused();
      expect(current.radio, "focus stays in the level switch").toBe(true);
      expect(current.checked, "the arrow key selects the level it moves to").toBe(true);
      expect(current.label).not.toBe(labels[labels.length - 1]);
      labels.push(current.label);
    }
    expect(current.label, `levels passed: ${labels.join(" → ")}`).toContain("市町村");
    // The 市町村・区 layer: one shape per municipality (and ward), replacing the coarser layer.
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length >= (n as number), [OVERLAY_PATHS, MUNICIPALITIES] as const, { timeout: 30_000 });
    const municipal = await pathCount();
    expect(municipal).toBeGreaterThanOrEqual(MUNICIPALITIES);
    if (!first.label.includes("市町村")) expect(municipal).not.toBe(before);

    // And back: a coarser level draws far fewer shapes again.
    await page.keyboard.press("ArrowLeft");
    const back = await focused();
    expect(back.checked).toBe(true);
    expect(back.label).not.toContain("市町村");
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length < (n as number), [OVERLAY_PATHS, MUNICIPALITIES] as const, { timeout: 30_000 });
    expect(await pathCount()).toBeGreaterThanOrEqual(21);
  });

  it("lets the map take focus inside the 地図 region; + zooms in and arrow keys pan", async () => {
    await tabUntil((f) => f.mapContainer, "the map");
    // The focused surface sits inside a region landmark whose name says it is a map (地図).
    const regions = page.getByRole("region", { name: /地図/ });
    const holders = await regions.evaluateAll((els) => els.filter((el) => el.contains(document.activeElement)).length);
    expect(holders, "a region landmark named …地図… holds the focused map").toBeGreaterThan(0);

    const start = await settledView();
    await page.keyboard.press("+");
    await page.waitForFunction(
      (z) => {
        const p = document.querySelector<HTMLElement>(".leaflet-container .leaflet-proxy");
        const tagged = document.querySelector(".leaflet-container")?.closest("[data-zoom]") ?? document.querySelector(".leaflet-container [data-zoom]");
        if (tagged) return Number(tagged.getAttribute("data-zoom")) > z;
        const s = p && /scale\(([\d.e+-]+)\)/.exec(p.style.transform);
        return !!s && Math.log2(Number(s[1])) + 1 > z;
      },
      start.zoom,
      { timeout: 15_000 },
    );
    const zoomed = await settledView();
    expect(zoomed.zoom).toBeGreaterThan(start.zoom);
    expect(await focused().then((f) => f.mapContainer), "focus stays on the map").toBe(true);

    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (x) => {
        const p = document.querySelector<HTMLElement>(".leaflet-container .leaflet-proxy");
        const m = p && /translate3d\((-?[\d.e+-]+)px/.exec(p.style.transform);
        return !!m && Number(m[1]) !== x;
      },
      zoomed.x,
      { timeout: 15_000 },
    );
    const panned = await settledView();
    expect(panned.zoom).toBe(zoomed.zoom);
    expect(panned.x, "ArrowRight moves the view east").toBeGreaterThan(zoomed.x);
  });

  it("reaches the region table's links by Tab; Enter opens the region's page", async () => {
    const link = await tabUntil((f) => f.inTable && !!f.href && /^\/regions\/\d{4}$/.test(f.href), "a region link in the table");
    const code = link.href!.split("/").pop()!;
    const name = link.text;
    expect(name.length).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/regions/${code}$`), { timeout: 30_000 });
    await page.locator("h1", { hasText: name }).waitFor({ timeout: 30_000 });
    const h1s = await page.locator("h1").allInnerTexts();
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toContain(name);
  });
});
