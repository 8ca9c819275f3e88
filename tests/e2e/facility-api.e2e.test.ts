// The facility API over HTTP against the running portal (demo data: the real 令和7年10月1日 list is
// imported by the seed): public counts and lists as JSON and CSV, and 本庁's import authenticated
// by the signed-in session cookie — anonymous 401, 保健所 403, 本庁担当 upload → poll → commit. The
// upload is the seeded file itself, so committing changes nothing in the shared portal.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { REAL_LIST_NAME, realListBytes } from "@/tests/fixtures/official-list";
import { launchBrowser } from "./support/browser";

const base = inject("portalUrl");
// The browser signs in at the portal's own origin (PORTAL_BASE_URL); fetch carries the cookie.
const site = base.replace("//127.0.0.1:", "//localhost:");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The session cookie of a demo account, signed in through the login form. */
async function sessionCookie(email: string): Promise<string> {
  const context = await browser.newContext({ locale: "ja-JP" });
  try {
    const page = await context.newPage();
    await page.goto(`${site}/login`);
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/", { timeout: 30_000 });
    return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await context.close();
  }
}

function uploadForm(): FormData {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(realListBytes())], REAL_LIST_NAME, { type: XLSX_TYPE }));
  return form;
}

describe("public counts and lists", () => {
  it("GET /api/v1/facility-counts answers JSON, and CSV with BOM and a Japanese file name", async () => {
    const res = await fetch(`${base}/api/v1/facility-counts?level=secondary&asOf=2025-10-01`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.asOf).toBe("2025-10-01");
    expect(body.totals.clinics.total).toBe(366);
    expect(body.totals.hospitals.total).toBe(93);
    expect(body.data).toHaveLength(21);

    const csv = await fetch(`${base}/api/v1/facility-counts?level=secondary&asOf=2025-10-01&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="facility-counts-secondary-2025-10-01.csv"; filename*=UTF-8''${encodeURIComponent("在支診・在支病の数_二次医療圏別_2025-10-01現在.csv")}`,
    );
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^二次医療圏コード,二次医療圏名,/);
    expect(lines).toHaveLength(1 + 21 + 1); // header, 21 regions, the empty string after the last CRLF
  });

  it("GET /api/v1/facilities answers 400 for a bad parameter and 404 before the first list", async () => {
    const bad = await fetch(`${base}/api/v1/facilities?type=9`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_parameter");
    const early = await fetch(`${base}/api/v1/facilities?asOf=2020-01-01`);
    expect(early.status).toBe(404);
    expect((await early.json()).error.message).toBe("2020-01-01 以前の医療機関名簿はありません。");
  });
});

describe("本庁's import with the session cookie", () => {
  it("refuses anonymous callers with 401", async () => {
    const res = await fetch(`${base}/api/v1/facility-imports`, { method: "POST", body: uploadForm() });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: "ログインしてください。" } });
  });

  it("refuses 保健所 with 403", async () => {
    const cookie = await sessionCookie("hokenjo@demo.zaitaku.example");
    const res = await fetch(`${base}/api/v1/facility-imports`, { method: "POST", body: uploadForm(), headers: { cookie } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("医療機関名簿を取り込めるのは本庁の職員だけです。");
  });

  it("本庁担当: upload (201, preview), poll the job, commit (created:false: the seed imported this file)", async () => {
    const cookie = await sessionCookie("staff@demo.zaitaku.example");
    const notXlsx = new FormData();
    notXlsx.append("file", new File([new TextEncoder().encode("a,b\r\n1,2\r\n")], "list.xlsx", { type: XLSX_TYPE }));
    const refused = await fetch(`${base}/api/v1/facility-imports`, { method: "POST", body: notXlsx, headers: { cookie } });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toMatch(/^xlsx 形式のファイルではありません/);

    const created = await fetch(`${base}/api/v1/facility-imports`, { method: "POST", body: uploadForm(), headers: { cookie } });
    expect(created.status).toBe(201);
    const job = await created.json();
    expect(job).toMatchObject({ status: "PREVIEW", asOf: "2025-10-01", preview: { duplicateOf: { asOf: "2025-10-01" } } });

    const polled = await fetch(`${base}/api/v1/facility-imports/${job.id}`, { headers: { cookie } });
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ id: job.id, version: job.version });

    const commit = () =>
      fetch(`${base}/api/v1/facility-imports/${job.id}/commit`, {
        method: "POST",
        body: JSON.stringify({ expectedVersion: job.version }),
        headers: { cookie, "content-type": "application/json" },
      });
    const first = await commit();
    expect(first.status).toBe(200);
    const result = await first.json();
    expect(result).toEqual({ snapshotId: expect.any(Number), created: false, asOf: "2025-10-01" });
    const again = await fetch(`${base}/api/v1/facility-imports/${job.id}/commit`, { method: "POST", headers: { cookie } });
    expect(await again.json()).toEqual(result);
  });

  it("documents the endpoints in /api/v1/openapi.json", async () => {
    const doc = await (await fetch(`${base}/api/v1/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/facility-counts", "/api/v1/facilities", "/api/v1/facility-imports", "/api/v1/facility-imports/{importId}", "/api/v1/facility-imports/{importId}/commit"]),
    );
  });
});
