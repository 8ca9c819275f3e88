// Open data through the real route handlers and a real database: every dataset's CSV holds exactly
// its JSON's rows under the columns' Japanese headers, the counts agree with the database, the
// facility datasets follow the snapshot asked for, and the budget aggregate shows nothing
// unpublished — no 年度 not yet begun, no 補正 decided later than today, no applicant (ADR 0029).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCatalogue } from "@/app/api/v1/open-data/route";
import { GET as getBudgets } from "@/app/api/v1/open-data/budget-execution/route";
import { GET as getDesignations } from "@/app/api/v1/open-data/designations/route";
import { GET as getFacilities } from "@/app/api/v1/open-data/facilities/route";
import { GET as getCounts } from "@/app/api/v1/open-data/facility-counts/route";
import { GET as getMunicipalities } from "@/app/api/v1/open-data/municipalities/route";
import { GET as getRegions } from "@/app/api/v1/open-data/regions/route";
import { GET as getRoadmap } from "@/app/api/v1/open-data/roadmap/route";
import { GET as getMenus } from "@/app/api/v1/open-data/subsidy-menus/route";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { commitBudget, recordPayment } from "@/lib/budgets/ledger";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { createPrismaClient } from "@/lib/db-client";
import { commitFacilityImport, importFacilityList } from "@/lib/facilities/imports";
import { CSV_BOM } from "@/lib/http/csv";
import { parseCsv } from "@/lib/http/csv-parse";
import { csvCell, type CellValue } from "@/lib/open-data/columns";
import { buildList, readRealList, REAL_LIST_NAME, realListBytes, titleFor } from "@/tests/fixtures/official-list";
import { createTestBudget } from "@/tests/factories/budgets";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
type Handler = (r: Request) => Promise<Response>;
interface Json {
  dataset: { key: string; recordCount: number; updatedOn: string | null; updatedOnWareki: string | null; attributions: { text: string }[]; licence: string; parameters: Record<string, string> };
  columns: { key: string; label: string }[];
  data: Record<string, CellValue>[];
}

async function json(handler: Handler, url: string): Promise<Json> {
  const res = await handler(new Request(`http://localhost${url}`));
  expect(res.status, url).toBe(200);
  return res.json();
}

async function csv(handler: Handler, url: string) {
  const res = await handler(new Request(`http://localhost${url}${url.includes("?") ? "&" : "?"}format=csv`));
  expect(res.status, url).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.csv"; filename\*=UTF-8''/);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(text.startsWith(CSV_BOM)).toBe(true);
  expect(text.includes("\r\n")).toBe(true);
  return parseCsv(text.slice(1));
}

/** The CSV cell a JSON value becomes (with lib/http/csv.ts's formula guard). */
const expectedCell = (v: CellValue) => {
  const c = csvCell(v);
  if (c === null) return "";
  return typeof c === "string" && /^[=+\-@\t\r]/.test(c) ? `'${c}` : String(c);
};

/** Both shapes of one dataset, checked against each other; the JSON is returned. */
async function both(handler: Handler, url: string): Promise<Json> {
  const body = await json(handler, url);
  const [header, ...rows] = await csv(handler, url);
  expect(header).toEqual(body.columns.map((c) => c.label));
  expect(rows).toHaveLength(body.data.length);
  expect(body.dataset.recordCount).toBe(body.data.length);
  rows.forEach((row, i) => expect(row, `${url} row ${i}`).toEqual(body.columns.map((c) => expectedCell(body.data[i][c.key]))));
  expect(body.dataset.attributions.length).toBeGreaterThan(0);
  return body;
}

let staff: Actor;
const today = todayInJapan();
let prefectureId: number;

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  // Two snapshots: the real list (令和7年10月1日) and an earlier one of its first 40 rows (令和7年4月1日).
  const earlier = await readRealList();
  earlier.title = titleFor(7, 4, 1);
  earlier.rows = earlier.rows.slice(0, 40);
  for (const file of [{ name: "earlier.xlsx", bytes: new Uint8Array(await buildList(earlier)) }, { name: REAL_LIST_NAME, bytes: new Uint8Array(realListBytes()) }]) {
    const job = await importFacilityList(staff, file);
    await commitFacilityImport(staff, job.id);
  }
}, 120_000);

describe("open data: each dataset as CSV and JSON", () => {
  it("regions at every level, with their members, agree with the database", async () => {
    const homecare = await both(getRegions, "/api/v1/open-data/regions");
    const day = dateOnly(today);
    const regions = await db.homeCareRegion.findMany({
      where: { prefectureId, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] },
      select: { code: true, members: { where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] }, select: { municipality: { select: { code: true } } } } },
    });
    expect(homecare.data.map((r) => r.code).sort()).toEqual(regions.map((r) => r.code).sort());
    for (const r of regions) {
      const row = homecare.data.find((x) => x.code === r.code)!;
      expect([...(row.memberCodes as string[])].sort()).toEqual(r.members.map((m) => m.municipality.code).sort());
      expect((row.memberNames as string[]).length).toBe(r.members.length);
    }
    const secondary = await both(getRegions, "/api/v1/open-data/regions?level=secondary");
    expect(secondary.data).toHaveLength(await db.secondaryRegion.count({ where: { prefectureId } }));
    const memberTotal = secondary.data.reduce((n, r) => n + (r.memberCodes as string[]).length, 0);
    expect(memberTotal).toBe(await db.municipality.count({ where: { prefectureId, kind: { not: "WARD" } } }));
    const tertiary = await both(getRegions, "/api/v1/open-data/regions?level=tertiary&asOf=2025-04-01");
    expect(tertiary.data).toHaveLength(6);
    expect(tertiary.data.every((r) => r.asOf === "2025-04-01")).toBe(true);
    expect((await getRegions(new Request("http://localhost/api/v1/open-data/regions?level=nation"))).status).toBe(400);
  });

  it("municipalities carry the 2020 census population and its credit", async () => {
    const body = await both(getMunicipalities, "/api/v1/open-data/municipalities");
    expect(body.data).toHaveLength(await db.municipality.count({ where: { prefectureId, kind: { not: "WARD" } } }));
    const sum = await db.municipality.aggregate({ where: { prefectureId, kind: { not: "WARD" } }, _sum: { population2020: true } });
    expect(body.data.reduce((n, r) => n + ((r.population2020 as number | null) ?? 0), 0)).toBe(sum._sum.population2020);
    expect(body.dataset.attributions.map((a) => a.text)).toContain("「令和2年国勢調査」（総務省統計局）");
    const withWards = await json(getMunicipalities, "/api/v1/open-data/municipalities?includeWards=true");
    expect(withWards.data).toHaveLength(await db.municipality.count({ where: { prefectureId } }));
  });

  it("facility counts and the facility list follow the snapshot chosen", async () => {
    const latest = await db.facilitySnapshot.findFirstOrThrow({ where: { prefectureId, asOf: dateOnly("2025-10-01") } });
    const counts = await both(getCounts, "/api/v1/open-data/facility-counts?level=secondary");
    expect(counts.dataset.parameters).toEqual({ level: "secondary", snapshot: "2025-10-01" });
    const assigned = await db.facilitySnapshotEntry.count({ where: { snapshotId: latest.id } });
    const summed = counts.data.reduce((n, r) => n + (r.clinicsTotal as number) + (r.hospitalsTotal as number), 0);
    expect(summed).toBe(assigned);
    expect(counts.data.every((r) => r.snapshotAsOf === "2025-10-01" && String(r.attribution).includes("北海道厚生局"))).toBe(true);
    const list = await both(getFacilities, "/api/v1/open-data/facilities");
    expect(list.data).toHaveLength(assigned);
    const earlier = await both(getFacilities, "/api/v1/open-data/facilities?snapshot=2025-04-01");
    const earlierSnapshot = await db.facilitySnapshot.findFirstOrThrow({ where: { prefectureId, asOf: dateOnly("2025-04-01") } });
    expect(earlier.data).toHaveLength(await db.facilitySnapshotEntry.count({ where: { snapshotId: earlierSnapshot.id } }));
    expect(earlier.data.length).toBeLessThan(list.data.length);
    const earlierCounts = await json(getCounts, "/api/v1/open-data/facility-counts?snapshot=2025-04-01&level=municipality");
    expect(earlierCounts.data.reduce((n, r) => n + (r.clinicsTotal as number) + (r.hospitalsTotal as number), 0)).toBe(earlier.data.length);
    const missing = await getFacilities(new Request("http://localhost/api/v1/open-data/facilities?snapshot=2025-05-01"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  it("designations are the published ones only; the roadmap has one row per 年度", async () => {
    const org = await db.organisation.create({ data: { prefectureId, name: "非公開の候補病院（テスト）", type: "MEDICAL_CORPORATION" } });
    await db.designation.create({ data: { prefectureId, type: "ACTIVE_ROLE", status: "CANDIDATE", organisationId: org.id } });
    const body = await both(getDesignations, "/api/v1/open-data/designations");
    const published = await db.designation.count({ where: { prefectureId, designatedOn: { not: null }, status: { in: ["DESIGNATED", "REVOKED", "EXPIRED"] } } });
    expect(body.data).toHaveLength(published);
    expect(body.data.map((d) => d.organisation)).toContain("十勝医師会");
    expect(JSON.stringify(body)).not.toContain("非公開の候補病院");
    expect(body.dataset.updatedOn).toBe("2025-10-01");
    expect(body.dataset.updatedOnWareki).toBe("令和7年10月1日");
    const roadmap = await both(getRoadmap, "/api/v1/open-data/roadmap");
    expect(roadmap.data.map((r) => r.fiscalYear)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(roadmap.data[0]).toMatchObject({ fiscalYearName: "令和6年度", targetMin: 2, targetMax: 3, targetRemaining: false });
  });

  it("subsidy menus of a 年度", async () => {
    const body = await both(getMenus, "/api/v1/open-data/subsidy-menus?fiscalYear=2024");
    const set = await db.subsidyRuleSet.findUniqueOrThrow({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: 2024 } }, select: { _count: { select: { rules: true } } } });
    expect(body.data).toHaveLength(set._count.rules);
    expect(body.data.every((r) => r.fiscalYear === 2024)).toBe(true);
    expect((await getMenus(new Request("http://localhost/api/v1/open-data/subsidy-menus?fiscalYear=2031"))).status).toBe(404);
  });
});

describe("open data: the budget aggregate publishes nothing unpublished (ADR 0029)", () => {
  it("sums per 事業 and 年度, without 年度 not begun, later 補正 or applicants", async () => {
    const system = systemActor("test");
    const { line, budget } = await createTestBudget(db, { amountYen: 5_000_000, fiscalYear: 2024, name: "公開集計テスト事業" });
    await commitBudget(system, { budgetId: budget.id, amountYen: 1_200_000, reference: "app-secret-1", description: "交付決定「秘密の申請」（秘密医院）" });
    await commitBudget(system, { budgetId: budget.id, amountYen: 300_000, reference: "app-secret-2", description: "交付決定「別の申請」（別の医院）" });
    await recordPayment(system, { budgetId: budget.id, amountYen: 1_000_000, reference: "app-secret-1", description: "確定「秘密の申請」（秘密医院）" });
    // A 補正 already decided, and one entered ahead of the 議会 (decided tomorrow or later).
    await db.budgetSupplement.createMany({
      data: [
        { budgetId: budget.id, decidedOn: dateOnly("2024-12-10"), amountYen: 700_000, reason: "12月補正" },
        { budgetId: budget.id, decidedOn: dateOnly("2099-03-01"), amountYen: 9_000_000, reason: "議決前の補正" },
      ],
    });
    await db.budget.update({ where: { id: budget.id }, data: { amountYen: 5_000_000 + 700_000 + 9_000_000 } });
    const future = await createTestBudget(db, { amountYen: 8_000_000, fiscalYear: 2029, name: "来年度以降の未議決テスト事業" });

    const body = await both(getBudgets, "/api/v1/open-data/budget-execution");
    const row = body.data.find((r) => r.lineCode === line.code)!;
    expect(row).toEqual({
      fiscalYear: 2024,
      fiscalYearName: "令和6年度",
      lineCode: line.code,
      lineName: "公開集計テスト事業",
      programmeName: null,
      initialYen: 5_000_000,
      supplementYen: 700_000,
      budgetYen: 5_700_000,
      committedYen: 1_500_000,
      paidYen: 1_000_000,
      isSample: false,
    });
    expect(body.data.some((r) => r.lineCode === future.line.code)).toBe(false);
    const text = JSON.stringify(body);
    for (const secret of ["app-secret", "秘密", "別の医院", "議決前の補正", "9000000", "来年度以降"]) expect(text).not.toContain(secret);
    // The seeded 令和6年度 lines (001) are there too, one row per line.
    const seeded = await db.budget.count({ where: { fiscalYear: { lte: 2026 }, line: { prefectureId } } });
    expect(body.data).toHaveLength(seeded);
    expect(body.dataset.updatedOn).toBe(today);
  });
});

describe("the catalogue", () => {
  it("lists every dataset with the record count of its default answer", async () => {
    const body = (await (await getCatalogue(new Request("http://localhost/api/v1/open-data"))).json()) as { data: (Json["dataset"] & { jsonUrl: string; csvUrl: string; columns: unknown[] })[] };
    expect(body.data.map((d) => d.key)).toEqual(["regions", "municipalities", "facility-counts", "facilities", "designations", "roadmap", "subsidy-menus", "budget-execution"]);
    const handlers: Record<string, Handler> = { regions: getRegions, municipalities: getMunicipalities, "facility-counts": getCounts, facilities: getFacilities, designations: getDesignations, roadmap: getRoadmap, "subsidy-menus": getMenus, "budget-execution": getBudgets };
    for (const d of body.data) {
      const one = await json(handlers[d.key], d.jsonUrl);
      expect(d.recordCount, d.key).toBe(one.dataset.recordCount);
      expect(d.csvUrl).toBe(`${d.jsonUrl}?format=csv`);
      expect(d.columns.length).toBeGreaterThan(0);
      expect(d.licence.length).toBeGreaterThan(0);
    }
  });
});
