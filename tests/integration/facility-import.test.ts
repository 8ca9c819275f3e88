// Importing the 厚生局 「届出受理医療機関名簿」: the real 令和7年10月1日 list end to end, files that are
// refused (each with a sentence, nothing written), a second list compared with the first, counts
// and series across a 在宅医療圏 split, all-or-nothing commits, and who may import.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { TypeCounts } from "@/lib/facilities/counts";
import {
  assignImportMunicipalities,
  commitFacilityImport,
  discardFacilityImport,
  getFacilityImport,
  importFacilityList,
  runFacilityImport,
  startFacilityImport,
  type RegionCount,
} from "@/lib/facilities/imports";
import { getFacilityCounts, getRegionFacilitySeries } from "@/lib/facilities/queries";
import { splitRegion } from "@/lib/regions/mutations";
import { listRegionsOn } from "@/lib/regions/queries";
import { createUserActor } from "@/tests/factories/users";
import { buildList, col, emptyWorkbook, readRealList, realListBytes, REAL_LIST_NAME, titleFor, type ListSheet } from "@/tests/fixtures/official-list";

const db = createPrismaClient(process.env.DATABASE_URL!);
const counts = (type1: number, type2: number, type3: number): TypeCounts => ({ type1, type2, type3, total: type1 + type2 + type3 });
const FIRST_TOTALS = { clinics: counts(19, 146, 201), hospitals: counts(14, 21, 58) };
const SECOND_TOTALS = { clinics: counts(20, 148, 199), hospitals: FIRST_TOTALS.hospitals };
/** 医療機関番号 the real list does not use. */
const UNMATCHED = "0199999";
const REPLACEMENT_NEW = "0199998";
const CONCURRENT_NEW = "0199997";

let staff: Actor;
let real: Buffer;
let sheet: ListSheet;
let second: Buffer;
let dropped: string;
let retyped: string;
let tied: string;
let smallList: (title: string, rows?: string[][]) => Promise<Buffer>;
let withRow: (from: string[], changes: Record<string, string>) => string[];

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  real = realListBytes();
  sheet = await readRealList();
  const [number, symbol] = [col(sheet, "医療機関番号"), col(sheet, "受理記号")];
  withRow = (from, changes) => {
    const row = [...from];
    for (const [header, value] of Object.entries(changes)) row[col(sheet, header)] = value;
    return row;
  };
  const byFacility = new Map<string, string[][]>();
  for (const row of sheet.rows) byFacility.set(row[number], [...(byFacility.get(row[number]) ?? []), row]);
  const supports = (rows: string[][]) => rows.filter((r) => r[symbol].startsWith("支援診") || r[symbol].startsWith("支援病"));
  const onlyType3 = [...byFacility].filter(([, rows]) => supports(rows).length === 1 && supports(rows)[0][symbol] === "支援診３");
  [dropped, retyped] = [onlyType3[0][0], onlyType3[1][0]];
  const plain = [...byFacility].find(([, rows]) => rows[0][col(sheet, "病床数")] === "" && supports(rows).length === 0)!;
  tied = plain[0];
  expect(byFacility.has(UNMATCHED) || byFacility.has(REPLACEMENT_NEW) || byFacility.has(CONCURRENT_NEW)).toBe(false);

  // 令和8年4月1日: one 在支診 gone, one 支援診３ → 支援診２ from a later date, one clinic listed under
  // 支援診２ and 支援診３ from the same date, and a new one whose address matches no municipality.
  const template = plain[1][0];
  second = await buildList({
    title: titleFor(8, 4, 1),
    header: sheet.header,
    rows: [
      ...sheet.rows.filter((r) => r[number] !== dropped),
      withRow(supports(byFacility.get(retyped)!)[0], { 受理記号: "支援診２", 算定開始年月日: "令和 8年 2月 1日" }),
      withRow(template, { 受理記号: "支援診２", 算定開始年月日: "令和 7年 6月 1日" }),
      withRow(template, { 受理記号: "支援診３", 算定開始年月日: "令和 7年 6月 1日" }),
      withRow(template, { 医療機関番号: UNMATCHED, 医療機関名称: "テスト在宅クリニック", "医療機関所在地（住所）": "北海道架空郡架空町１－２", 受理記号: "支援診１", 算定開始年月日: "令和 8年 1月 1日" }),
    ],
  });
  smallList = (title, rows = sheet.rows.slice(0, 300)) => buildList({ title, header: sheet.header, rows });
}, 120_000);

/** Rows the refused or failed imports must not have touched. */
async function tally() {
  const [facilities, snapshots, entries, imported] = await Promise.all([
    db.facility.count(),
    db.facilitySnapshot.count(),
    db.facilitySnapshotEntry.count(),
    db.auditEntry.count({ where: { action: "facility_snapshot.imported" } }),
  ]);
  return { facilities, snapshots, entries, imported };
}

function sumRegions(regions: { clinics: TypeCounts; hospitals: TypeCounts }[]) {
  const sum = { clinics: counts(0, 0, 0), hospitals: counts(0, 0, 0) };
  for (const r of regions) {
    for (const k of ["clinics", "hospitals"] as const) for (const t of ["type1", "type2", "type3", "total"] as const) sum[k][t] += r[k][t];
  }
  return sum;
}

/** A snapshot's entries in these municipalities, counted here (not through region membership). */
async function countsIn(snapshotId: number, municipalityCodes: string[]) {
  const sum = { clinics: counts(0, 0, 0), hospitals: counts(0, 0, 0) };
  const groups = await db.facilitySnapshotEntry.groupBy({
    by: ["kind", "supportType"],
    where: { snapshotId, municipality: { code: { in: municipalityCodes } } },
    _count: { _all: true },
  });
  for (const g of groups) {
    const target = g.kind === "CLINIC" ? sum.clinics : sum.hospitals;
    target[`type${g.supportType}` as "type1"] += g._count._all;
    target.total += g._count._all;
  }
  return sum;
}

/** The message a refused file gets: at upload, or on the job when the background read fails. */
async function refusalOf(name: string, bytes: Uint8Array): Promise<string> {
  let id: string;
  try {
    ({ id } = await startFacilityImport(staff, { name, bytes }));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return err.message;
  }
  await runFacilityImport(id, bytes);
  const view = await getFacilityImport(staff, id);
  expect(view).toMatchObject({ status: "FAILED", preview: null });
  await expect(commitFacilityImport(staff, id)).rejects.toBeInstanceOf(ValidationError);
  expect(await db.facilityImportRow.count({ where: { importId: id } })).toBe(0);
  return view.error ?? "";
}

let firstSnapshotId: number;
let firstTokachi: RegionCount;

describe("the real 令和7年10月1日 list", () => {
  it("previews one entry per facility and the 在支診・在支病 by type and region", async () => {
    const view = await importFacilityList(staff, { name: REAL_LIST_NAME, bytes: real });
    expect(view).toMatchObject({ status: "PREVIEW", asOf: "2025-10-01", rowCount: 36_712, facilityCount: 2_963, sha256: sha256(real), sizeBytes: real.length, error: null });
    const preview = view.preview!;
    expect(preview.totals).toEqual(FIRST_TOTALS);
    expect(preview.byRegion).toHaveLength(21);
    expect(sumRegions(preview.byRegion)).toEqual(FIRST_TOTALS);
    expect(preview).toMatchObject({ previous: null, added: [], withdrawn: [], changed: [], unmatched: [], ties: [], duplicateOf: null, replaces: null });
    firstTokachi = preview.byRegion.find((r) => r.code === "0119")!;
    expect(firstTokachi.name).toBe("十勝");

    const result = await commitFacilityImport(staff, view.id, { expectedVersion: view.version });
    expect(result).toMatchObject({ created: true, asOf: "2025-10-01" });
    firstSnapshotId = result.snapshotId;
    expect(await tally()).toEqual({ facilities: 2_963, snapshots: 1, entries: 459, imported: 1 });
    const snapshot = await db.facilitySnapshot.findUniqueOrThrow({ where: { id: firstSnapshotId } });
    expect(snapshot).toMatchObject({ fileName: REAL_LIST_NAME, sha256: sha256(real), sizeBytes: real.length, rowCount: 36_712, facilityCount: 2_963, createdById: staff.kind === "user" ? staff.userId : null });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "facility_snapshot.imported", entityId: String(firstSnapshotId) } });
    expect(audit.actorUserId).toBe(snapshot.createdById);
    expect(audit.data).toMatchObject({ fileName: REAL_LIST_NAME, sha256: sha256(real), supportFacilities: 459, replaced: null });
    expect(await getFacilityImport(staff, view.id)).toMatchObject({ status: "COMMITTED", snapshot: { id: firstSnapshotId, asOf: "2025-10-01" }, preview: null });
    expect(await db.facilityImportRow.count({ where: { importId: view.id } })).toBe(0);

    // One facility as the list has it: 支援病３ since 令和5年4月1日, in 札幌市中央区.
    const entry = await db.facilitySnapshotEntry.findFirstOrThrow({
      where: { snapshotId: firstSnapshotId, facility: { institutionNumber: "0113420" } },
      include: { facility: true, municipality: true },
    });
    expect(entry).toMatchObject({ kind: "HOSPITAL", supportType: 3, facility: { name: "札幌中央病院" }, municipality: { name: "札幌市中央区" } });
    expect(entry.supportSince?.toISOString().slice(0, 10)).toBe("2023-04-01");
  });

  it("imports the same file again as a duplicate that changes nothing", async () => {
    const view = await importFacilityList(staff, { name: "再取込み.xlsx", bytes: real });
    expect(view.preview?.duplicateOf).toMatchObject({ asOf: "2025-10-01", fileName: REAL_LIST_NAME });
    expect(view.preview?.replaces).toBeNull();
    const before = await tally();
    const touched = await db.facility.aggregate({ _max: { updatedAt: true } });
    const result = await commitFacilityImport(staff, view.id, { expectedVersion: view.version });
    expect(result).toEqual({ snapshotId: firstSnapshotId, created: false, asOf: "2025-10-01" });
    expect(await tally()).toEqual(before);
    expect((await db.facilitySnapshot.findMany({ select: { id: true } })).map((s) => s.id)).toEqual([firstSnapshotId]);
    expect(await db.facility.aggregate({ _max: { updatedAt: true } })).toEqual(touched);
    // Committing it once more answers the same.
    expect(await commitFacilityImport(staff, view.id)).toEqual(result);
  });
});

describe("files that are refused, each with a sentence and nothing written", () => {
  const first300 = () => ({ ...sheet, title: titleFor(8, 4, 1), rows: sheet.rows.slice(0, 300) });
  const cases: [string, () => Promise<{ name: string; bytes: Uint8Array }>, RegExp[]][] = [
    ["a PDF", async () => ({ name: "meibo.pdf", bytes: Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n") }), [/xlsx 形式のファイルではありません/, /PDF/]],
    ["the real file cut in half", async () => ({ name: REAL_LIST_NAME, bytes: real.subarray(0, Math.floor(real.length / 2)) }), [/壊れているか、途中で切れている/]],
    [
      "a CSV renamed .xlsx",
      async () => ({ name: "meibo.xlsx", bytes: Buffer.from([sheet.header, ...sheet.rows.slice(0, 500)].map((r) => r.join(",")).join("\r\n"), "utf8") }),
      [/xlsx 形式のファイルではありません/, /CSV/],
    ],
    [
      "a list without the 受理記号 column",
      async () => {
        const list = first300();
        const at = col(list, "受理記号");
        return { name: "meibo.xlsx", bytes: await buildList({ ...list, header: list.header.filter((_, i) => i !== at), rows: list.rows.map((r) => r.filter((_, i) => i !== at)) }) };
      },
      [/「受理記号」の列がありません/],
    ],
    [
      "another prefecture's list",
      async () => {
        const list = first300();
        const rows = list.rows.map((r) => withRow(r, { 都道府県名: "青森県", 都道府県コード: "02" }));
        return { name: "aomori.xlsx", bytes: await buildList({ ...list, rows }) };
      },
      [/青森県の名簿です/, /北海道に取り込めるのは北海道の名簿だけです/],
    ],
    ["an empty sheet", async () => ({ name: "empty.xlsx", bytes: await emptyWorkbook() }), [/シートが空です/]],
  ];

  it.each(cases)("%s", async (_label, file, patterns) => {
    const before = await tally();
    const { name, bytes } = await file();
    const message = await refusalOf(name, bytes);
    for (const pattern of patterns) expect(message).toMatch(pattern);
    expect(await tally()).toEqual(before);
  });

  it("a file over the size limit", async () => {
    const saved = process.env.FACILITY_IMPORT_MAX_BYTES;
    process.env.FACILITY_IMPORT_MAX_BYTES = String(1024 * 1024);
    try {
      const before = await tally();
      const imports = await db.facilityImport.count();
      expect(await refusalOf(REAL_LIST_NAME, real)).toMatch(/ファイルが大きすぎます。1 MB 以下のファイルを選んでください/);
      expect(await tally()).toEqual(before);
      expect(await db.facilityImport.count()).toBe(imports);
    } finally {
      if (saved === undefined) delete process.env.FACILITY_IMPORT_MAX_BYTES;
      else process.env.FACILITY_IMPORT_MAX_BYTES = saved;
    }
  });
});

let secondSnapshotId: number;

describe("a second list, 令和8年4月1日 現在", () => {
  let importId: string;

  it("previews what changed since the first snapshot", async () => {
    const view = await importFacilityList(staff, { name: "hokkaido-2026-04-01.xlsx", bytes: second });
    importId = view.id;
    expect(view).toMatchObject({ status: "PREVIEW", asOf: "2026-04-01" });
    const p = view.preview!;
    expect(p.previous).toEqual({ asOf: "2025-10-01", fileName: REAL_LIST_NAME });
    expect(p.totals).toEqual(SECOND_TOTALS);
    // The unmatched 支援診１ is in no region until it is assigned.
    expect(sumRegions(p.byRegion)).toEqual({ clinics: counts(19, 148, 199), hospitals: SECOND_TOTALS.hospitals });
    expect(p.added.map((f) => [f.institutionNumber, f.supportType, f.previousType]).sort()).toEqual([[UNMATCHED, 1, null], [tied, 2, null]].sort());
    expect(p.withdrawn.map((f) => [f.institutionNumber, f.supportType, f.previousType])).toEqual([[dropped, null, 3]]);
    expect(p.changed.map((f) => [f.institutionNumber, f.kind, f.supportType, f.previousType])).toEqual([[retyped, "CLINIC", 2, 3]]);
    expect(p.ties).toEqual([expect.objectContaining({ institutionNumber: tied, supportType: 2, note: "支援診３（令和7年6月1日〜）" })]);
    expect(p.unmatched).toEqual([expect.objectContaining({ institutionNumber: UNMATCHED, name: "テスト在宅クリニック", municipality: null, assignedCode: null })]);
    expect(p.duplicateOf).toBeNull();
    expect(p.replaces).toBeNull();
  });

  it("refuses to commit until the unmatched clinic has a municipality, then commits", async () => {
    const before = await tally();
    const refused = commitFacilityImport(staff, importId);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(/判定できなかった在支診・在支病が 1 件あります（テスト在宅クリニック など）/);
    expect(await tally()).toEqual(before);

    let view = await getFacilityImport(staff, importId);
    const assign = (expectedVersion: number, municipalityCode: string) =>
      assignImportMunicipalities(staff, importId, { expectedVersion, assignments: [{ institutionNumber: UNMATCHED, municipalityCode }] });
    await expect(assign(view.version, "01100")).rejects.toThrow(/市町村コード 01100 は選べません/);
    await expect(assign(view.version - 1, "01202")).rejects.toBeInstanceOf(ConflictError);
    await assign(view.version, "01202");
    view = await getFacilityImport(staff, importId);
    expect(view.preview!.unmatched).toEqual([expect.objectContaining({ institutionNumber: UNMATCHED, municipality: "函館市", assignedCode: "01202" })]);
    expect(sumRegions(view.preview!.byRegion)).toEqual(SECOND_TOTALS);

    const result = await commitFacilityImport(staff, importId, { expectedVersion: view.version });
    expect(result).toMatchObject({ created: true, asOf: "2026-04-01" });
    secondSnapshotId = result.snapshotId;
    expect(await tally()).toEqual({ facilities: 2_964, snapshots: 2, entries: 459 + 460, imported: 2 });
    const typeIn = async (snapshotId: number, institutionNumber: string) =>
      (await db.facilitySnapshotEntry.findFirst({ where: { snapshotId, facility: { institutionNumber } }, include: { municipality: true } })) ?? null;
    expect((await typeIn(secondSnapshotId, UNMATCHED))?.municipality.code).toBe("01202");
    expect(await typeIn(secondSnapshotId, dropped)).toBeNull();
    expect((await typeIn(firstSnapshotId, dropped))?.supportType).toBe(3);
    expect((await typeIn(secondSnapshotId, retyped))?.supportType).toBe(2);
    expect((await typeIn(firstSnapshotId, retyped))?.supportType).toBe(3);
  });

  it("counts from the snapshot in force on the date asked", async () => {
    const december = await getFacilityCounts(publicActor, { level: "homecare", asOf: "2025-12-01" });
    expect(december.asOf).toBe("2025-10-01");
    expect({ clinics: december.totals.clinics, hospitals: december.totals.hospitals }).toEqual(FIRST_TOTALS);
    const may = await getFacilityCounts(publicActor, { level: "homecare", asOf: "2026-05-01" });
    expect(may.asOf).toBe("2026-04-01");
    expect({ clinics: may.totals.clinics, hospitals: may.totals.hospitals }).toEqual(SECOND_TOTALS);
    expect(sumRegions(may.data)).toEqual(SECOND_TOTALS);
    await expect(getFacilityCounts(publicActor, { level: "homecare", asOf: "2025-09-30" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a region's series across a split of 十勝 on 2026-04-01", () => {
  it("counts each snapshot through the regions of its own date", async () => {
    const prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
    const tokachi = (await listRegionsOn(publicActor, prefectureId, "2026-03-31")).find((r) => r.name === "十勝")!.memberCodes;
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const quarter = Math.ceil(tokachi.length / 4);
    const groups = [0, 1, 2, 3].map((i) => tokachi.slice(i * quarter, (i + 1) * quarter));
    await splitRegion(admin, prefectureId, {
      regionCode: "0119",
      effectiveOn: "2026-04-01",
      expectedVersion: 1,
      successors: groups.map((memberCodes, i) => ({ code: `0119-${i + 1}`, name: ["東十勝", "西十勝", "南十勝", "北十勝"][i], memberCodes })),
    });

    const east = await getRegionFacilitySeries(publicActor, "0119-1");
    const expected = await countsIn(secondSnapshotId, groups[0]);
    expect(expected.clinics.total + expected.hospitals.total).toBeGreaterThan(0);
    expect(east.map((p) => p.asOf)).toEqual(["2025-10-01", "2026-04-01"]);
    expect(east[0]).toEqual({ asOf: "2025-10-01", defined: false, clinics: counts(0, 0, 0), hospitals: counts(0, 0, 0) });
    expect(east[1]).toEqual({ asOf: "2026-04-01", defined: true, ...expected });

    const old = await getRegionFacilitySeries(publicActor, "0119");
    expect(old[0]).toEqual({ asOf: "2025-10-01", defined: true, clinics: firstTokachi.clinics, hospitals: firstTokachi.hospitals });
    expect(old[0]).toMatchObject(await countsIn(firstSnapshotId, tokachi));
    expect(old[1]).toMatchObject({ asOf: "2026-04-01", defined: false });

    // The four successors together hold what 十勝's municipalities hold in the second list.
    const successors = await Promise.all([1, 2, 3, 4].map((i) => getRegionFacilitySeries(publicActor, `0119-${i}`)));
    expect(sumRegions(successors.map((s) => s[1]))).toEqual(await countsIn(secondSnapshotId, tokachi));
  });
});

describe("all or nothing", () => {
  it("rolls a commit that fails mid-way back, the snapshot it was replacing included", async () => {
    // Same 現在 date as the second snapshot, so committing would replace it; one new facility and
    // one renamed one are written before the snapshot row, which the database then refuses.
    const [renamed, ...rest] = sheet.rows.slice(0, 300);
    const bytes = await smallList(titleFor(8, 4, 1), [
      withRow(renamed, { 医療機関名称: "改称後の名称" }),
      ...rest,
      withRow(renamed, { 医療機関番号: REPLACEMENT_NEW, 医療機関名称: "置換テスト診療所", 受理記号: "支援診３" }),
    ]);
    const view = await importFacilityList(staff, { name: "replacement.xlsx", bytes });
    expect(view.preview?.replaces).toEqual({ asOf: "2026-04-01", fileName: "hokkaido-2026-04-01.xlsx" });
    await db.facilityImport.update({ where: { id: view.id }, data: { sha256: view.sha256.toUpperCase() } });
    const before = await tally();

    await expect(commitFacilityImport(staff, view.id)).rejects.toThrow(/facility_snapshot_sha256_check/);
    expect(await tally()).toEqual(before);
    const kept = await db.facilitySnapshot.findUniqueOrThrow({ where: { id: secondSnapshotId }, include: { _count: { select: { entries: true } } } });
    expect(kept._count.entries).toBe(460);
    expect(await db.facility.findFirst({ where: { institutionNumber: REPLACEMENT_NEW } })).toBeNull();
    expect((await db.facility.findFirstOrThrow({ where: { institutionNumber: renamed[col(sheet, "医療機関番号")] } })).name).not.toBe("改称後の名称");
    expect(await getFacilityImport(staff, view.id)).toMatchObject({ status: "PREVIEW" });
    expect(await db.facilityImportRow.count({ where: { importId: view.id } })).toBe(view.facilityCount);
    await discardFacilityImport(staff, view.id);
  });

  it("lets only one of two lists of the same date be committed at once, the other leaving nothing", async () => {
    const template = sheet.rows[0];
    const plainView = await importFacilityList(staff, { name: "concurrent-a.xlsx", bytes: await smallList(titleFor(8, 10, 1)) });
    const extraView = await importFacilityList(staff, {
      name: "concurrent-b.xlsx",
      bytes: await smallList(titleFor(8, 10, 1), [...sheet.rows.slice(0, 300), withRow(template, { 医療機関番号: CONCURRENT_NEW, 医療機関名称: "同時取込テスト診療所", 受理記号: "支援診１" })]),
    });
    const views = [plainView, extraView];
    const supportCount = views.map((v) => v.preview!.totals.clinics.total + v.preview!.totals.hospitals.total);
    expect(supportCount[1]).toBe(supportCount[0] + 1);

    const outcomes = await Promise.allSettled(views.map((v) => commitFacilityImport(staff, v.id, { expectedVersion: v.version })));
    expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
    const snapshots = await db.facilitySnapshot.findMany({ where: { asOf: new Date("2026-10-01") }, include: { _count: { select: { entries: true } } } });
    expect(snapshots).toHaveLength(1);
    const winner = views.findIndex((v) => v.sha256 === snapshots[0].sha256);
    expect(outcomes[winner].status).toBe("fulfilled");
    expect(snapshots[0]._count.entries).toBe(supportCount[winner]);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === "fulfilled") continue;
      expect(outcome.reason, String(outcome.reason)).toBeInstanceOf(ConflictError);
      expect(await getFacilityImport(staff, views[i].id)).toMatchObject({ status: "PREVIEW" });
    }
    if (outcomes[1].status === "rejected") expect(await db.facility.findFirst({ where: { institutionNumber: CONCURRENT_NEW } })).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "facility_snapshot.imported", entityId: String(snapshots[0].id) } })).toBe(1);
  });
});

describe("who may import", () => {
  it("refuses a 保健所 user and an anonymous caller, and audits each refusal", async () => {
    const healthCenter = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "岩内保健所" });
    const pending = await importFacilityList(staff, { name: "pending.xlsx", bytes: await smallList(titleFor(9, 1, 1)) });
    const denied = () => db.auditEntry.count({ where: { action: "authz.denied", entityType: "facility_import" } });
    const before = { tally: await tally(), denied: await denied() };
    const file = { name: REAL_LIST_NAME, bytes: real };

    await expect(importFacilityList(healthCenter, file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importFacilityList(healthCenter, file)).rejects.toThrow("医療機関名簿を取り込めるのは本庁の職員だけです。");
    await expect(getFacilityImport(healthCenter, pending.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commitFacilityImport(healthCenter, pending.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importFacilityList(publicActor, file)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(commitFacilityImport(publicActor, pending.id)).rejects.toBeInstanceOf(UnauthenticatedError);

    expect(await denied()).toBe(before.denied + 6);
    const onPending = await db.auditEntry.findMany({ where: { action: "authz.denied", entityId: pending.id }, orderBy: { id: "asc" } });
    expect(onPending.map((a) => [a.actorRole, (a.data as { outcome: string }).outcome])).toEqual([
      ["HEALTH_CENTER", "forbidden"],
      ["HEALTH_CENTER", "forbidden"],
      [null, "unauthenticated"],
    ]);
    expect(await tally()).toEqual(before.tally);
    expect(await getFacilityImport(staff, pending.id)).toMatchObject({ status: "PREVIEW" });
  });
});
