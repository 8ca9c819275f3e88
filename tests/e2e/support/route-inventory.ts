// The app's pages, read from the route tree at test time, so a new page is checked without
// anyone remembering to list it: every app/**/page.{tsx,ts,jsx,js} becomes a URL pattern
// (route groups "(x)" and parallel-route slots "@x" dropped, "[param]" kept), and each dynamic
// segment is expanded from SAMPLES. Not-found pages are included too: the root one through an
// unknown URL, nested ones (e.g. regions/[regionCode]/not-found.tsx) through an unknown value of
// their dynamic segment (UNKNOWN_SAMPLES). A dynamic segment without samples throws, as does any
// folder convention this walker does not understand, so nothing is skipped silently.
// Pages under app/(portal) are for signed-in people: each URL pattern there declares the demo
// account to sign in as (PAGE_ACCOUNTS), and a portal page without one throws too.
import { readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@/lib/ops/paths";

export const APP_DIR = path.join(repoRoot, "app");

/** Values to request for each dynamic segment, by parameter name. */
export const SAMPLES: Readonly<Record<string, readonly string[]>> = {
  // 在宅医療圏コード: 南渡島 (first), 札幌 (largest), 十勝.
  regionCode: ["0101", "0104", "0119"],
  // Demo accounts have fixed ids (lib/ops/demo-accounts.ts): the admin and the 保健所 user.
  userId: ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000003"],
  // An invitation link that is not valid: the page explains so (valid ones are single-use).
  token: ["e2e-not-a-valid-invitation-token"],
  // The demo seed's import of the real 厚生局 list (lib/ops/seed-facilities.ts), committed.
  importId: ["00000000-0000-4000-8000-0000000000f1"],
  // The reference seed's first health centre (札幌市保健所) and the demo seed's first organisation.
  healthCenterId: ["1"],
  organisationId: ["1"],
  // 予算 (lib/ops/seed-budgets.ts): the 令和6年度 reference budgets; a line that funds two menus.
  fiscalYear: ["2024"],
  lineCode: ["group-practice"],
  // The reference seed's 十勝医師会 designation is the first one made (lib/ops/seed-designations.ts).
  designationId: ["1"],
  // The demo seed's approved 令和7年度 十勝 status report is the first one made (lib/ops/seed-demo-reports.ts).
  reportId: ["1"],
  // 補助金申請 (lib/ops/seed-demo-applications.ts): the demo applicant's サンプル draft; 本庁's review page
  // shows it too (the review samples of lib/ops/seed-demo-reviews.ts are submitted ones).
  applicationId: ["00000000-0000-4000-8000-0000000000a1"],
  // 先進事例集 (lib/ops/seed-good-practices.ts, in cases.json order): 北海道's first case, and 滋賀県's
  // with two sub-budgets a year (a stacked chart).
  practiceId: ["1", "21"],
};

/**
 * Values no record has, for each dynamic segment under which a not-found file sits (e.g.
 * app/(public)/regions/[regionCode]/not-found.tsx is shown for /regions/9999).
 */
export const UNKNOWN_SAMPLES: Readonly<Record<string, string>> = {
  regionCode: "9999",
  importId: "00000000-0000-4000-8000-00000000dead",
  designationId: "999999",
  reportId: "999999",
  applicationId: "00000000-0000-4000-8000-00000000dead",
};

/** Demo accounts (lib/ops/demo-accounts.ts; the e2e portal runs in demo mode). */
export const DEMO = {
  admin: "admin@demo.zaitaku.example",
  staff: "staff@demo.zaitaku.example",
  hokenjo: "hokenjo@demo.zaitaku.example",
  applicant: "applicant@demo.zaitaku.example",
  viewer: "viewer@demo.zaitaku.example",
} as const;
export type DemoEmail = (typeof DEMO)[keyof typeof DEMO];

/**
 * The demo account to sign in as, by URL pattern. Required for every page under app/(portal)
 * (the one that may see the page; admin pages as 本庁管理者); optional elsewhere (a public page
 * listed here is scanned signed in instead of anonymously).
 */
export const PAGE_ACCOUNTS: Readonly<Record<string, DemoEmail>> = {
  "/admin/audit": DEMO.staff,
  "/admin/users": DEMO.admin,
  "/admin/users/[userId]": DEMO.admin,
  "/admin/outbox": DEMO.admin,
  "/admin/regions": DEMO.admin,
  "/admin/regions/[regionCode]": DEMO.admin,
  "/admin/regions/change": DEMO.admin,
  "/admin/facility-imports": DEMO.staff,
  "/admin/subsidy-menus": DEMO.admin,
  "/admin/facility-imports/[importId]": DEMO.staff,
  "/admin/health-centers": DEMO.admin,
  "/admin/health-centers/[healthCenterId]": DEMO.admin,
  "/admin/organisations": DEMO.staff,
  "/admin/organisations/[organisationId]": DEMO.admin,
  "/admin/organisations/import": DEMO.staff,
  "/admin/budgets": DEMO.admin,
  "/admin/budgets/[fiscalYear]/[lineCode]": DEMO.admin,
  "/admin/reviews": DEMO.staff,
  "/admin/reviews/[applicationId]": DEMO.staff,
  "/admin/approval-settings": DEMO.admin,
  "/admin/document-templates": DEMO.admin,
  "/designations": DEMO.staff,
  "/designations/[designationId]": DEMO.staff,
  "/reports": DEMO.staff,
  "/reports/[reportId]": DEMO.staff,
  "/roadmap/manage": DEMO.admin,
  "/applications": DEMO.applicant,
  "/applications/new": DEMO.applicant,
  "/applications/[applicationId]": DEMO.applicant,
  "/admin/calls": DEMO.admin,
  "/admin/library/new": DEMO.staff,
  "/admin/library/[practiceId]/edit": DEMO.staff,
  "/admin/dashboard": DEMO.staff,
  "/needs": DEMO.hokenjo,
  "/needs/[regionCode]": DEMO.staff,
  "/account": DEMO.viewer,
  "/account/tokens": DEMO.viewer,
};

/** A URL no route matches: it shows the app's root not-found page. */
export const NOT_FOUND_PATH = "/e2e-no-such-page";

const PAGE_FILE = /^page\.(tsx|ts|jsx|js)$/;
const NOT_FOUND_FILE = /^not-found\.(tsx|ts|jsx|js)$/;

export interface PageRoute {
  /** The page file, relative to the repository root (e.g. "app/(public)/sources/page.tsx"). */
  file: string;
  /** The URL pattern (e.g. "/regions/[regionCode]"). */
  pattern: string;
  /** Concrete paths to request. */
  paths: string[];
  /** The demo account to sign in as; absent = anonymous. */
  account?: DemoEmail;
}

export interface InventoryEntry {
  path: string;
  /** The page file it exercises, or "app/not-found.tsx" for the unknown URL. */
  source: string;
  expectedStatus: 200 | 404;
  /** The demo account to sign in as; absent = anonymous. */
  account?: DemoEmail;
}

/** Every page file under `appDir`, relative to it, with "/" separators, sorted. */
export function findPageFiles(appDir: string = APP_DIR): string[] {
  return findFiles(appDir, PAGE_FILE);
}

/** Every not-found file under `appDir` (the root one included), relative to it, sorted. */
export function findNotFoundFiles(appDir: string = APP_DIR): string[] {
  return findFiles(appDir, NOT_FOUND_FILE);
}

function findFiles(appDir: string, name: RegExp): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(appDir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(child);
      } else if (name.test(entry.name)) {
        found.push(child);
      }
    }
  };
  walk("");
  return found.sort();
}

type Segment = { kind: "static"; value: string } | { kind: "dynamic"; name: string; catchAll: boolean; optional: boolean };

function parseSegment(folder: string, file: string): Segment | null {
  if (/^\(\.{1,3}\)/.test(folder)) {
    throw new Error(`route-inventory: intercepting route "${folder}" in ${file} is not supported; extend tests/e2e/support/route-inventory.ts.`);
  }
  if (folder.startsWith("_")) {
    // Private folders are outside routing: a page file there is never served, which is a mistake.
    throw new Error(`route-inventory: ${file} lies in the private folder "${folder}" and is not a route.`);
  }
  if (/^\(.+\)$/.test(folder)) return null; // route group
  if (folder.startsWith("@")) return null; // parallel-route slot
  let m = /^\[\[\.\.\.([^\]]+)\]\]$/.exec(folder);
  if (m) return { kind: "dynamic", name: m[1], catchAll: true, optional: true };
  m = /^\[\.\.\.([^\]]+)\]$/.exec(folder);
  if (m) return { kind: "dynamic", name: m[1], catchAll: true, optional: false };
  m = /^\[([^\]]+)\]$/.exec(folder);
  if (m) return { kind: "dynamic", name: m[1], catchAll: false, optional: false };
  if (/[[\]()]/.test(folder)) throw new Error(`route-inventory: cannot read the folder name "${folder}" in ${file}.`);
  return { kind: "static", value: folder };
}

/** The URL pattern of a page file given relative to the app directory. */
export function patternOf(pageFile: string): string {
  const folders = pageFile.split("/").slice(0, -1);
  const parts: string[] = [];
  for (const folder of folders) {
    const s = parseSegment(folder, pageFile);
    if (!s) continue;
    if (s.kind === "static") parts.push(s.value);
    else parts.push(s.optional ? `[[...${s.name}]]` : s.catchAll ? `[...${s.name}]` : `[${s.name}]`);
  }
  return "/" + parts.join("/");
}

/** Whether a page file (relative to the app directory) is in the signed-in (portal) group. */
export function isPortalPage(pageFile: string): boolean {
  return pageFile.split("/").includes("(portal)");
}

/** The account a page is scanned as; throws for a portal page with none declared. */
function accountOf(pageFile: string, accounts: Readonly<Record<string, DemoEmail>>): DemoEmail | undefined {
  const pattern = patternOf(pageFile);
  const account = accounts[pattern];
  if (!account && isPortalPage(pageFile)) {
    throw new Error(
      `route-inventory: app/${pageFile} (${pattern}) is a signed-in page with no demo account declared. ` +
        `Add PAGE_ACCOUNTS["${pattern}"] in tests/e2e/support/route-inventory.ts (the account that may see it).`,
    );
  }
  return account;
}

/** Concrete paths for a page file; throws when a dynamic segment has no samples. */
export function expandPageFile(pageFile: string, samples: Readonly<Record<string, readonly string[]>> = SAMPLES): string[] {
  let paths: string[][] = [[]];
  for (const folder of pageFile.split("/").slice(0, -1)) {
    const s = parseSegment(folder, pageFile);
    if (!s) continue;
    if (s.kind === "static") {
      paths = paths.map((p) => [...p, s.value]);
      continue;
    }
    const values = samples[s.name];
    if (!values || values.length === 0) {
      throw new Error(
        `route-inventory: the dynamic segment [${s.name}] of app/${pageFile} has no sample values. ` +
          `Add SAMPLES.${s.name} in tests/e2e/support/route-inventory.ts so the page is tested.`,
      );
    }
    // A catch-all sample may hold several segments ("a/b"); an optional one also gets the bare URL.
    const expanded = values.map((v) => v.split("/").filter(Boolean).map(encodeURIComponent));
    if (s.optional) expanded.unshift([]);
    paths = paths.flatMap((p) => expanded.map((v) => [...p, ...v]));
  }
  return paths.map((p) => "/" + p.join("/"));
}

/** Every page route of the app with its concrete paths. */
export function pageRoutes(
  appDir: string = APP_DIR,
  samples: Readonly<Record<string, readonly string[]>> = SAMPLES,
  accounts: Readonly<Record<string, DemoEmail>> = PAGE_ACCOUNTS,
): PageRoute[] {
  const files = findPageFiles(appDir);
  const routes = files.map((f) => ({
    file: path.relative(repoRoot, path.join(appDir, f)).split(path.sep).join("/"),
    pattern: patternOf(f),
    paths: expandPageFile(f, samples),
    account: accountOf(f, accounts),
  }));
  const byPattern = new Map<string, string>();
  for (const r of routes) {
    const other = byPattern.get(r.pattern);
    // Two groups resolving to one URL is a Next build error; say so rather than test one of them.
    if (other) throw new Error(`route-inventory: ${r.file} and ${other} both resolve to ${r.pattern}.`);
    byPattern.set(r.pattern, r.file);
  }
  return routes;
}

/**
 * The path that shows a nested not-found file: its folders, with the innermost dynamic segment
 * set to an unknown value (UNKNOWN_SAMPLES) and outer ones to their first sample. A nested
 * not-found file with no dynamic segment above it cannot be reached generically: throws.
 */
export function notFoundPathOf(
  notFoundFile: string,
  samples: Readonly<Record<string, readonly string[]>> = SAMPLES,
  unknown: Readonly<Record<string, string>> = UNKNOWN_SAMPLES,
): string {
  const segments = notFoundFile
    .split("/")
    .slice(0, -1)
    .map((folder) => parseSegment(folder, notFoundFile))
    .filter((seg): seg is Segment => seg !== null);
  const innermost = segments.map((seg) => seg.kind).lastIndexOf("dynamic");
  if (innermost < 0) {
    throw new Error(`route-inventory: cannot tell which URL shows app/${notFoundFile} (no dynamic segment above it); extend tests/e2e/support/route-inventory.ts.`);
  }
  const parts = segments.map((seg, i) => {
    if (seg.kind === "static") return seg.value;
    if (i === innermost) {
      const value = unknown[seg.name];
      if (!value) throw new Error(`route-inventory: app/${notFoundFile} needs an unknown value for [${seg.name}]: add UNKNOWN_SAMPLES.${seg.name} in tests/e2e/support/route-inventory.ts.`);
      return encodeURIComponent(value);
    }
    const first = samples[seg.name]?.[0];
    if (!first) throw new Error(`route-inventory: the dynamic segment [${seg.name}] of app/${notFoundFile} has no sample values; add SAMPLES.${seg.name}.`);
    return encodeURIComponent(first);
  });
  return "/" + parts.join("/");
}

/**
 * The URLs to request: every page path (expect 200, signed in as its declared account), an unknown URL for the root not-found
 * page and, for each nested not-found file, a URL that shows it (expect 404).
 */
export function pageInventory(
  appDir: string = APP_DIR,
  samples: Readonly<Record<string, readonly string[]>> = SAMPLES,
  unknown: Readonly<Record<string, string>> = UNKNOWN_SAMPLES,
  accounts: Readonly<Record<string, DemoEmail>> = PAGE_ACCOUNTS,
): InventoryEntry[] {
  const rel = (f: string) => path.relative(repoRoot, path.join(appDir, f)).split(path.sep).join("/");
  const entries: InventoryEntry[] = pageRoutes(appDir, samples, accounts).flatMap((r) =>
    r.paths.map((p) => ({ path: p, source: r.file, expectedStatus: 200 as const, ...(r.account ? { account: r.account } : {}) })),
  );
  const notFoundFiles = findNotFoundFiles(appDir);
  const root = notFoundFiles.find((f) => NOT_FOUND_FILE.test(f));
  entries.push({ path: NOT_FOUND_PATH, source: root ? rel(root) : "(Next.js default not-found)", expectedStatus: 404 });
  for (const f of notFoundFiles) {
    if (f === root) continue;
    // A portal not-found page is seen signed in, as the account of the page beside it.
    const account = accountOf(f.replace(/not-found\.(tsx|ts|jsx|js)$/, "page.tsx"), accounts);
    entries.push({ path: notFoundPathOf(f, samples, unknown), source: rel(f), expectedStatus: 404, ...(account ? { account } : {}) });
  }
  return entries;
}
