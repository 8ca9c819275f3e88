// The facility API through its real route handlers and a real database: counts and lists of
// 在宅療養支援診療所・病院 (JSON and CSV) checked against the real 厚生局 list counted here by a
// route of its own, 404 before the first list, and 本庁's import (upload → preview → commit).
//
// Route handlers get the actor from getActor(), which reads the session cookie through next-auth
// and needs Next's request scope; here it answers the actor each test chooses. The cookie → actor
// step itself is exercised against the running portal in tests/e2e/facility-api.e2e.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { GET as getFacilities } from "@/app/api/v1/facilities/route";
import { GET as getCounts } from "@/app/api/v1/facility-counts/route";
import { POST as commitImport } from "@/app/api/v1/facility-imports/[importId]/commit/route";
import { GET as getImport } from "@/app/api/v1/facility-imports/[importId]/route";
import { POST as uploadList } from "@/app/api/v1/facility-imports/route";
import { GET as getMunicipalities } from "@/app/api/v1/municipalities/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getRegions } from "@/app/api/v1/regions/route";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import type { FacilityImportView } from "@/lib/facilities/imports";
import type { FacilityCountsResponseSchema, FacilityImportViewSchema } from "@/lib/facilities/schema";
import { PEER_HEADER } from "@/lib/ops/peer-address";
import { repoRoot } from "@/lib/ops/paths";
import { buildList, col, emptyWorkbook, readRealList, REAL_LIST_NAME, realListBytes } from "@/tests/fixtures/official-list";
import { createUserActor } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: { kind: "public" } as Actor }));
vi.mock("@/lib/auth/current", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

// The response schemas describe the domain's answers field for field (nothing is stripped).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const viewMatches: Same<z.output<typeof FacilityImportViewSchema>, FacilityImportView> = true;
void viewMatches;

const db = createPrismaClient(process.env.DATABASE_URL!);
const actors = {} as Record<"staff" | "admin" | "healthCenter", Actor>;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
type Handler = (request: Request, route: { params: Promise<{ importId: string }> }) => Promise<Response>;

async function call(handler: (r: Request) => Promise<Response>, url: string, as: Actor = publicActor) {
  session.actor = as;
  const res = await handler(new Request(`http://localhost${url}`));
  // Text with its BOM kept (Response.text() would drop it).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { res, status: res.status, body: res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text };
}

async function upload(as: Actor, file: { bytes: Uint8Array; name: string; type?: string } | null, headers: Record<string, string> = {}) {
  session.actor = as;
  const form = new FormData();
  if (file) form.append("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? XLSX_TYPE }));
  else form.append("note", "no file");
  const res = await uploadList(new Request("http://localhost/api/v1/facility-imports", { method: "POST", body: form, headers: { [PEER_HEADER]: "192.0.2.44", ...headers } }));
  return { status: res.status, body: await res.json() };
}

async function withId(handler: Handler, importId: string, as: Actor, init: RequestInit = {}) {
  session.actor = as;
  const res = await handler(new Request(`http://localhost/api/v1/facility-imports/${importId}`, { ...init, headers: { [PEER_HEADER]: "192.0.2.44", ...init.headers } }), {
    params: Promise.resolve({ importId }),
  });
  return { status: res.status, body: await res.json() };
}
const commit = (importId: string, as: Actor, body?: object) =>
  withId(commitImport, importId, as, body ? { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } } : { method: "POST" });

/** Rows of every facility table (the import history aside): a refused or failed call changes none. */
async function facilityDigest() {
  const rows = await db.$queryRawUnsafe<{ d: string }[]>(`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM facility),
      (SELECT count(*) || ':' || coalesce(string_agg(id::text || sha256, ',' ORDER BY id), '') FROM facility_snapshot),
      (SELECT count(*)::text FROM facility_snapshot_entry),
      (SELECT count(*)::text FROM facility_import_row)) AS d`);
  return rows[0].d;
}
const importJobs = async () => db.facilityImport.count();

/** A minimal RFC 4180 reader: the file's rows as cells (BOM removed). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted && c === '"' && src[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && src[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

beforeAll(async () => {
  actors.staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  actors.admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  actors.healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
});

describe("before the first list is imported", () => {
  it("counts and lists answer 404 with a Japanese message, in JSON even when CSV was asked for", async () => {
    const counts = await call(getCounts, "/api/v1/facility-counts?level=secondary");
    expect(counts.status).toBe(404);
    expect(counts.body).toEqual({ error: { code: "not_found", message: "医療機関名簿がまだ取り込まれていません。" } });
    const csv = await call(getCounts, "/api/v1/facility-counts?level=homecare&asOf=2025-09-30&format=csv");
    expect(csv.status).toBe(404);
    expect(csv.body.error.message).toBe("2025-09-30 以前の医療機関名簿はありません。");
    expect((await call(getFacilities, "/api/v1/facilities")).status).toBe(404);
  });
});

describe("本庁 imports the list through the API", () => {
  let importId = "";

  it("refuses anonymous callers (401), 保健所 (403) and cross-site form posts (403), writing nothing", async () => {
    const before = [await facilityDigest(), await importJobs()];
    const bytes = realListBytes();
    const anonymous = await upload(publicActor, { bytes, name: REAL_LIST_NAME });
    expect(anonymous).toEqual({ status: 401, body: { error: { code: "unauthenticated", message: "ログインしてください。" } } });
    const healthCenter = await upload(actors.healthCenter, { bytes, name: REAL_LIST_NAME });
    expect(healthCenter).toEqual({ status: 403, body: { error: { code: "forbidden", message: "医療機関名簿を取り込めるのは本庁の職員だけです。" } } });
    // 本庁's session cookie sent along by another site's page (CSRF).
    const crossSite = await upload(actors.staff, { bytes, name: REAL_LIST_NAME }, { "sec-fetch-site": "cross-site" });
    expect(crossSite).toEqual({ status: 403, body: { error: { code: "forbidden", message: "他のサイトから送られた変更の要求は受け付けません。" } } });
    expect([await facilityDigest(), await importJobs()]).toEqual(before);
  });

  it("answers files it cannot read with 422 and the reason in Japanese, writing no facility", async () => {
    const before = await facilityDigest();
    const jobs = await importJobs();
    const pdf = await upload(actors.staff, { bytes: new TextEncoder().encode("%PDF-1.7\n1 0 obj"), name: "list.xlsx", type: "application/pdf" });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.code).toBe("validation_error");
    expect(pdf.body.error.message).toMatch(/^xlsx 形式のファイルではありません（PDF/);
    const csvFile = await upload(actors.staff, { bytes: new TextEncoder().encode("医療機関番号,医療機関名称\r\n"), name: "list.csv", type: "text/csv" });
    expect(csvFile.status).toBe(422);
    expect(csvFile.body.error.message).toMatch(/xlsx/);
    expect(await importJobs()).toBe(jobs);

    // An xlsx that is read and found wrong: the failed job stays in the history, nothing else.
    const empty = await upload(actors.staff, { bytes: await emptyWorkbook(), name: "empty.xlsx" });
    expect(empty).toEqual({ status: 422, body: { error: { code: "validation_error", message: "シートが空です。データのある「届出受理医療機関名簿」を選んでください。" } } });
    const list = await readRealList();
    list.rows = list.rows.slice(0, 50);
    list.header[col(list, "受理記号")] = "記号";
    const renamed = await upload(actors.staff, { bytes: await buildList(list), name: "renamed.xlsx" });
    expect(renamed.status).toBe(422);
    expect(renamed.body.error.message).toMatch(/^3行目の見出しに「受理記号」の列がありません/);
    expect(await facilityDigest()).toBe(before);
    expect(await db.facilityImport.count({ where: { status: "FAILED" } })).toBe(2);
  });

  it("answers a request without the file field with 422, and one that is not multipart with 400", async () => {
    const missing = await upload(actors.staff, null);
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toBe("file に地方厚生局の「届出受理医療機関名簿」の xlsx ファイルを指定してください");
    session.actor = actors.staff;
    const json = await uploadList(new Request("http://localhost/api/v1/facility-imports", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(json.status).toBe(400);
    expect((await json.json()).error).toEqual({ code: "invalid_body", message: "multipart/form-data 形式で送ってください（ファイルは file 欄）。" });
  });

  it("refuses a file over the size limit: 413 from the declared length, else 422 from the file", async () => {
    const jobs = await importJobs();
    const configured = process.env.FACILITY_IMPORT_MAX_BYTES;
    process.env.FACILITY_IMPORT_MAX_BYTES = String(1024 * 1024);
    try {
      const big = { bytes: new Uint8Array(2 * 1024 * 1024 + 1), name: "big.xlsx" };
      const declared = await upload(actors.staff, big, { "content-length": String(2 * 1024 * 1024 + 300) });
      expect(declared).toEqual({ status: 413, body: { error: { code: "payload_too_large", message: "ファイルが大きすぎます。1 MB 以下のファイルを選んでください。" } } });
      const read = await upload(actors.staff, big);
      expect(read).toEqual({ status: 422, body: { error: { code: "validation_error", message: "ファイルが大きすぎます。1 MB 以下のファイルを選んでください。" } } });
    } finally {
      if (configured === undefined) delete process.env.FACILITY_IMPORT_MAX_BYTES;
      else process.env.FACILITY_IMPORT_MAX_BYTES = configured;
    }
    expect(await importJobs()).toBe(jobs);
  });

  it("answers the real list with 201 and the preview: 366 在支診 and 93 在支病, nothing counted yet", async () => {
    const before = await facilityDigest();
    const { status, body } = await upload(actors.staff, { bytes: realListBytes(), name: REAL_LIST_NAME });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: "PREVIEW", fileName: REAL_LIST_NAME, asOf: "2025-10-01", rowCount: 36_712, facilityCount: 2_963, snapshot: null, error: null });
    expect(body.preview.totals).toEqual({ clinics: { type1: 19, type2: 146, type3: 201, total: 366 }, hospitals: { type1: 14, type2: 21, type3: 58, total: 93 } });
    expect(body.preview.byRegion).toHaveLength(21);
    expect(body.preview).toMatchObject({ previous: null, duplicateOf: null, replaces: null, unmatched: [] });
    importId = body.id;
    // Staging rows are written; no facility, snapshot or count.
    expect((await facilityDigest()).split("|").slice(0, 3)).toEqual(before.split("|").slice(0, 3));
    expect((await call(getCounts, "/api/v1/facility-counts?level=secondary")).status).toBe(404);
  });

  it("GET /api/v1/facility-imports/{id} answers the job to 本庁 only; an unknown id is 404", async () => {
    const job = await withId(getImport, importId, actors.admin);
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ id: importId, status: "PREVIEW", preview: { totals: { clinics: { total: 366 } } } });
    expect((await withId(getImport, importId, actors.healthCenter)).status).toBe(403);
    expect((await withId(getImport, importId, publicActor)).status).toBe(401);
    expect(await withId(getImport, "00000000-0000-4000-8000-00000000dead", actors.staff)).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: "指定された取込みが見つかりません。" } },
    });
    expect((await withId(getImport, "not-an-id", actors.staff)).status).toBe(404);
  });

  it("commits: refused for 保健所 and anonymous, 409 on a stale version, then 200 created once and created:false after", async () => {
    const before = await facilityDigest();
    expect((await commit(importId, actors.healthCenter)).status).toBe(403);
    expect((await commit(importId, publicActor)).status).toBe(401);
    const { body: job } = await withId(getImport, importId, actors.staff);
    const stale = await commit(importId, actors.staff, { expectedVersion: job.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("conflict");
    const badBody = await commit(importId, actors.staff, { expectedVersion: "one" });
    expect(badBody).toEqual({ status: 422, body: { error: { code: "validation_error", message: "expectedVersion は整数で指定してください" } } });
    expect(await facilityDigest()).toBe(before);

    const first = await commit(importId, actors.staff, { expectedVersion: job.version });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ snapshotId: expect.any(Number), created: true, asOf: "2025-10-01" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "facility_snapshot.imported", entityId: String(first.body.snapshotId) } });
    expect(audit.ipAddress).toBe("192.0.2.44");

    const after = await facilityDigest();
    const second = await commit(importId, actors.staff);
    expect(second).toEqual({ status: 200, body: { snapshotId: first.body.snapshotId, created: false, asOf: "2025-10-01" } });
    expect(await facilityDigest()).toBe(after);
  });

  it("the same file uploaded again previews as a duplicate and commits as created:false, changing nothing", async () => {
    const before = await facilityDigest();
    const again = await upload(actors.admin, { bytes: realListBytes(), name: REAL_LIST_NAME });
    expect(again.status).toBe(201);
    expect(again.body.preview.duplicateOf).toMatchObject({ asOf: "2025-10-01", fileName: REAL_LIST_NAME });
    const result = await commit(again.body.id, actors.admin, { expectedVersion: again.body.version });
    expect(result.body).toMatchObject({ created: false, asOf: "2025-10-01" });
    expect(await facilityDigest()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// The counts, derived from the xlsx by a route of this test's own (not the importer's code).

interface SourceMunicipality {
  code: string;
  name: string;
  gun: string | null;
  secondary_region_code: string;
}
const reference = JSON.parse(readFileSync(path.join(repoRoot, "prisma/data/hokkaido/hokkaido-municipalities.json"), "utf8")) as {
  municipalities: SourceMunicipality[];
  regions: { code: string; name: string }[];
};
type Counts = { type1: number; type2: number; type3: number; total: number };
const zero = (): Counts => ({ type1: 0, type2: 0, type3: 0, total: 0 });
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** 「令和 5年 4月 1日」 → "2023-04-01". */
function seireki(wareki: string): string {
  const m = /^(令和|平成|昭和)(元|\d+)年(\d+)月(\d+)日$/.exec(wareki.normalize("NFKC").replace(/\s/g, ""));
  if (!m) throw new Error(`not a 和暦 date: ${wareki}`);
  const year = ERAS[m[1]] + (m[2] === "元" ? 1 : Number(m[2]));
  return `${year}-${m[3].padStart(2, "0")}-${m[4].padStart(2, "0")}`;
}

/** 二次医療圏 code of an address: longest municipality name (plain, or 郡 + 町村) it starts with. */
function secondaryOf(address: string): string {
  const norm = (s: string) => s.normalize("NFKC").replace(/\s/g, "").replace(/檜/g, "桧");
  const text = norm(address).replace(/^北海道/, "");
  const names = reference.municipalities.flatMap((m) => [...(m.gun ? [[m.gun + m.name, m]] : []), [m.name, m]] as [string, SourceMunicipality][]);
  const hits = names.filter(([name]) => text.startsWith(norm(name))).sort((a, b) => b[0].length - a[0].length);
  if (hits.length === 0) throw new Error(`no municipality for ${address}`);
  return hits[0][1].secondary_region_code; // 札幌市's wards start with 札幌市: 0104
}

async function expectedCounts() {
  const list = await readRealList();
  const [number, mark, since, address] = ["医療機関番号", "受理記号", "算定開始年月日", "医療機関所在地（住所）"].map((h) => col(list, h));
  const latest = new Map<string, { kind: "clinics" | "hospitals"; type: number; since: string; address: string }>();
  for (const row of list.rows) {
    const m = /^支援(診|病)([123])$/.exec(row[mark].normalize("NFKC"));
    if (!m) continue;
    const entry = { kind: m[1] === "診" ? ("clinics" as const) : ("hospitals" as const), type: Number(m[2]), since: seireki(row[since]), address: row[address] };
    const seen = latest.get(row[number]);
    if (!seen || entry.since > seen.since || (entry.since === seen.since && entry.type < seen.type)) latest.set(row[number], entry);
  }
  const totals = { clinics: zero(), hospitals: zero() };
  const byRegion = new Map(reference.regions.map((r) => [r.code, { clinics: zero(), hospitals: zero() }]));
  const add = (c: Counts, type: number) => {
    c[`type${type}` as "type1"] += 1;
    c.total += 1;
  };
  for (const f of latest.values()) {
    add(totals[f.kind], f.type);
    add(byRegion.get(secondaryOf(f.address))![f.kind], f.type);
  }
  return { totals, byRegion, facilities: latest.size };
}

describe("GET /api/v1/facility-counts", () => {
  it("level=secondary: every 二次医療圏's counts and the totals equal the list's, counted independently", async () => {
    const expected = await expectedCounts();
    expect(expected.facilities).toBe(459);
    expect(expected.totals).toEqual({ clinics: { type1: 19, type2: 146, type3: 201, total: 366 }, hospitals: { type1: 14, type2: 21, type3: 58, total: 93 } });
    const { status, body } = await call(getCounts, "/api/v1/facility-counts?level=secondary");
    expect(status).toBe(200);
    const typed = body as z.output<typeof FacilityCountsResponseSchema>;
    expect(Object.keys(typed)).toEqual(["asOf", "source", "data", "totals"]);
    expect(typed.asOf).toBe("2025-10-01");
    expect(typed.source).toMatchObject({ asOf: "2025-10-01", publisher: "北海道厚生局", attribution: "北海道厚生局「届出受理医療機関名簿（医科）」を加工して作成", fileName: REAL_LIST_NAME });
    expect(typed.data.map((r) => r.code)).toEqual(reference.regions.map((r) => r.code));
    for (const r of typed.data) expect({ code: r.code, clinics: r.clinics, hospitals: r.hospitals }).toEqual({ code: r.code, ...expected.byRegion.get(r.code) });
    expect({ clinics: typed.totals.clinics, hospitals: typed.totals.hospitals }).toEqual(expected.totals);
  });

  it("level=homecare and level=municipality add up to the same totals; population and per 100k are given", async () => {
    for (const level of ["homecare", "municipality"]) {
      const { body } = await call(getCounts, `/api/v1/facility-counts?level=${level}&asOf=2026-04-01`);
      expect(body.asOf).toBe("2025-10-01");
      const sum = (k: "clinics" | "hospitals") => body.data.reduce((n: number, r: { [x: string]: Counts }) => n + r[k].total, 0);
      expect([sum("clinics"), sum("hospitals")], level).toEqual([366, 93]);
      expect(body.data.length).toBe(level === "homecare" ? 21 : 188);
    }
    const { body } = await call(getCounts, "/api/v1/facility-counts?level=municipality");
    const hakodate = body.data.find((r: { code: string }) => r.code === "01202");
    expect(hakodate.population2020).toBeGreaterThan(200_000);
    expect(hakodate.per100k.clinics).toBe(Math.round((hakodate.clinics.total / hakodate.population2020) * 1_000_000) / 10);
  });

  it("asOf before the first list is 404; bad parameters are 400 naming them", async () => {
    expect((await call(getCounts, "/api/v1/facility-counts?level=secondary&asOf=2025-09-30")).body.error.message).toBe("2025-09-30 以前の医療機関名簿はありません。");
    for (const [url, text] of [
      ["/api/v1/facility-counts", "level を指定してください"],
      ["/api/v1/facility-counts?level=tertiary", "level は homecare"],
      ["/api/v1/facility-counts?level=secondary&format=xlsx", "format は json または csv"],
      ["/api/v1/facility-counts?level=secondary&asOf=2025-02-30", "asOf は YYYY-MM-DD"],
    ]) {
      const { status, body } = await call(getCounts, url);
      expect(status, url).toBe(400);
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.message).toContain(text);
    }
  });

  it("format=csv: BOM, Japanese headers, CRLF, one line per JSON item with 現在日 and 出典, named for download", async () => {
    const json = await call(getCounts, "/api/v1/facility-counts?level=secondary");
    const { res, status, body } = await call(getCounts, "/api/v1/facility-counts?level=secondary&format=csv");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="facility-counts-secondary-2025-10-01.csv"; filename*=UTF-8''${encodeURIComponent("在支診・在支病の数_二次医療圏別_2025-10-01現在.csv")}`,
    );
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = readCsv(body);
    expect(header).toEqual([
      "二次医療圏コード",
      "二次医療圏名",
      "人口（令和2年国勢調査）",
      "在支診 機能強化型（単独型）",
      "在支診 機能強化型（連携型）",
      "在支診 従来型",
      "在支診 計",
      "在支病 機能強化型（単独型）",
      "在支病 機能強化型（連携型）",
      "在支病 従来型",
      "在支病 計",
      "在支診 人口10万対",
      "在支病 人口10万対",
      "現在日",
      "出典",
    ]);
    expect(rows).toHaveLength(json.body.data.length);
    const first = json.body.data[0];
    expect(rows[0]).toEqual([
      first.code,
      first.name,
      String(first.population2020),
      ...[first.clinics, first.hospitals].flatMap((c: Counts) => [c.type1, c.type2, c.type3, c.total].map(String)),
      String(first.per100k.clinics),
      String(first.per100k.hospitals),
      "2025-10-01",
      "北海道厚生局「届出受理医療機関名簿（医科）」を加工して作成",
    ]);
  });
});

describe("GET /api/v1/facilities", () => {
  it("lists all 459 without filters, and filters by 在宅医療圏, municipality, kind, type and name", async () => {
    const all = await call(getFacilities, "/api/v1/facilities");
    expect(all.status).toBe(200);
    expect(Object.keys(all.body)).toEqual(["asOf", "source", "data"]);
    expect(all.body.data).toHaveLength(459);
    const sapporo = await call(getFacilities, "/api/v1/facilities?region=0104");
    const secondary = (await call(getCounts, "/api/v1/facility-counts?level=homecare")).body.data.find((r: { code: string }) => r.code === "0104");
    expect(sapporo.body.data).toHaveLength(secondary.clinics.total + secondary.hospitals.total);
    expect(sapporo.body.data.every((f: { homeCareRegion: { code: string } }) => f.homeCareRegion.code === "0104")).toBe(true);
    const hakodate = await call(getFacilities, "/api/v1/facilities?municipality=01202&kind=hospital&type=3");
    expect(hakodate.body.data.length).toBeGreaterThan(0);
    for (const f of hakodate.body.data) expect(f).toMatchObject({ kind: "HOSPITAL", supportType: 3, municipality: { code: "01202", name: "函館市" } });
    const byName = await call(getFacilities, `/api/v1/facilities?q=${encodeURIComponent(hakodate.body.data[0].name)}&q=`);
    expect(byName.body.data.map((f: { institutionNumber: string }) => f.institutionNumber)).toContain(hakodate.body.data[0].institutionNumber);
    const clinics1 = await call(getFacilities, "/api/v1/facilities?kind=clinic&type=1");
    expect(clinics1.body.data).toHaveLength(19);
  });

  it("answers bad filters with 400 and an unknown region with 404", async () => {
    expect((await call(getFacilities, "/api/v1/facilities?type=4")).body.error.message).toContain("type は 1");
    expect((await call(getFacilities, "/api/v1/facilities?kind=pharmacy")).status).toBe(400);
    expect((await call(getFacilities, "/api/v1/facilities?municipality=1202")).status).toBe(400);
    expect((await call(getFacilities, "/api/v1/facilities?region=9999")).body).toEqual({ error: { code: "not_found", message: "在宅医療圏（コード 9999）が見つかりません。" } });
  });

  it("format=csv: one line per facility with the same filters", async () => {
    const json = await call(getFacilities, "/api/v1/facilities?region=0119");
    const { res, body } = await call(getFacilities, "/api/v1/facilities?region=0119&format=csv");
    expect(res.headers.get("content-disposition")).toContain(`filename="facilities-2025-10-01.csv"`);
    const [header, ...rows] = readCsv(body);
    expect(header.slice(0, 5)).toEqual(["医療機関番号", "医療機関名称", "種別", "類型", "類型名"]);
    expect(header.slice(-2)).toEqual(["現在日", "出典"]);
    expect(rows).toHaveLength(json.body.data.length);
    expect(rows.map((r) => r[0])).toEqual(json.body.data.map((f: { institutionNumber: string }) => f.institutionNumber));
  });
});

describe("the geography lists as CSV", () => {
  it("regions and municipalities answer format=csv with one line per item", async () => {
    for (const level of ["tertiary", "secondary", "homecare"]) {
      const json = await call(getRegions, `/api/v1/regions?level=${level}`);
      const csv = await call(getRegions, `/api/v1/regions?level=${level}&asOf=2026-04-01&format=csv`);
      expect(csv.res.headers.get("content-disposition")).toContain(`filename="regions-${level}-2026-04-01.csv"`);
      const [header, ...rows] = readCsv(csv.body);
      expect(header.at(-1)).toBe("基準日");
      expect(rows).toHaveLength(json.body.data.length);
    }
    const json = await call(getMunicipalities, "/api/v1/municipalities?includeWards=true");
    const csv = await call(getMunicipalities, "/api/v1/municipalities?includeWards=true&format=csv");
    const [header, ...rows] = readCsv(csv.body);
    expect(header.slice(0, 3)).toEqual(["市町村コード", "検査数字付きコード", "市町村名"]);
    expect(rows).toHaveLength(json.body.data.length);
    expect((await call(getRegions, "/api/v1/regions?level=secondary&format=pdf")).status).toBe(400);
  });
});

describe("the OpenAPI document", () => {
  it("documents the facility endpoints: path parameters, bodies, success and error statuses, CSV", async () => {
    const { body } = await call(getOpenApi, "/api/v1/openapi.json");
    const upload = body.paths["/api/v1/facility-imports"].post;
    expect(Object.keys(upload.responses)).toEqual(["201", "400", "401", "403", "413", "422", "429", "500"]);
    expect(upload.requestBody.content["multipart/form-data"].schema.properties.file).toMatchObject({ type: "string", format: "binary" });
    const commitOp = body.paths["/api/v1/facility-imports/{importId}/commit"].post;
    expect(commitOp.parameters[0]).toMatchObject({ name: "importId", in: "path", required: true });
    expect(commitOp.requestBody.required).toBe(false);
    expect(commitOp.security).toEqual([{ session: [] }, { bearer: [] }]);
    const counts = body.paths["/api/v1/facility-counts"].get;
    expect(counts.responses["200"].content).toHaveProperty("text/csv");
    expect(counts.parameters.map((p: { name: string }) => p.name)).toEqual(["level", "asOf", "format"]);
    expect(body.paths["/api/v1/facility-imports/{importId}"].get.responses).toHaveProperty("404");
  });
});
