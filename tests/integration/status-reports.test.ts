// Status reports against a real database: the lead 保健所 writes, 本庁 reviews; A cannot read or
// change B's report, applicants read none, the 支援センター reads approved ones only; illegal
// transitions and stale saves are refused (also two saves racing); submission freezes the portal's
// facility counts so a later import leaves them unchanged; last year's report can be copied.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { commitFacilityImport, importFacilityList } from "@/lib/facilities/imports";
import { addReportAttachment, readReportAttachment } from "@/lib/status-reports/attachments";
import { exportReportsCsv, exportReportXlsx } from "@/lib/status-reports/export";
import { currentFacts } from "@/lib/status-reports/facts";
import { ITEM_STATES, MUNICIPAL_ITEMS, type ReportContentV1 } from "@/lib/status-reports/form-v1";
import { createReport, saveReportDraft } from "@/lib/status-reports/mutations";
import { getReport, getReportsOverview } from "@/lib/status-reports/queries";
import { statusReportRegionImpact } from "@/lib/status-reports/region-impact";
import { sendReportReminders, setReportDeadline } from "@/lib/status-reports/reminders";
import { approveReport, reopenReport, returnReport, submitReport } from "@/lib/status-reports/review";
import { createUserActor } from "@/tests/factories/users";
import { buildList, readRealList, realListBytes, REAL_LIST_NAME, titleFor } from "@/tests/fixtures/official-list";

const db = createPrismaClient(process.env.DATABASE_URL!);
let prefectureId: number;
let hcA: Actor;
let hcB: Actor;
let staff: Actor;
let applicant: Actor;
let viewer: Actor;

async function lead(regionCode: string, healthCenter: string) {
  const region = await db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code: regionCode } } });
  const center = await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name: healthCenter } } });
  await db.homeCareRegionLead.create({ data: { regionId: region.id, healthCenterId: center.id, validFrom: region.validFrom } });
}

function complete(c: ReportContentV1, issues = "課題のテキスト"): ReportContentV1 {
  return {
    ...c,
    functions: { discharge: { state: "SHORT", issues, measures: "対応策", indicators: "" }, daily: { ...c.functions.daily, state: "SUFFICIENT" }, emergency: { ...c.functions.emergency, state: "PARTLY_SHORT" }, endOfLife: { ...c.functions.endOfLife, state: "SHORT" } },
    municipalities: c.municipalities.map((m) => ({ ...m, items: Object.fromEntries(MUNICIPAL_ITEMS.map((k) => [k, { state: ITEM_STATES[0], note: "" }])) as ReportContentV1["municipalities"][number]["items"] })),
  };
}

beforeAll(async () => {
  prefectureId = (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id;
  await lead("0101", "市立函館保健所");
  await lead("0102", "江差保健所");
  await lead("0104", "札幌市保健所");
  hcA = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "市立函館保健所" });
  hcB = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江差保健所" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  const org = await db.organisation.create({ data: { prefectureId, name: "医療法人報告テスト", type: "MEDICAL_CORPORATION" } });
  applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
  viewer = await createUserActor(db, { role: "VIEWER" });
});

describe("scope", () => {
  it("lets only the lead 保健所 create and write; others get 404 or 403", async () => {
    await expect(createReport(hcB, prefectureId, { regionCode: "0101", fiscalYear: 2030 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createReport(staff, prefectureId, { regionCode: "0101", fiscalYear: 2030 })).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2030 });
    await expect(createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2030 })).rejects.toBeInstanceOf(ConflictError);
    const r = await getReport(hcA, id);
    expect(r.content.municipalities.length).toBeGreaterThan(0);
    expect(r.can).toMatchObject({ edit: true, submit: true, review: false });

    await expect(getReport(hcB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveReportDraft(hcB, { reportId: id, expectedVersion: 1, content: r.content })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitReport(hcB, { reportId: id, expectedVersion: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportReportXlsx(hcB, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReport(applicant, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReportsOverview(applicant, 2030)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportReportsCsv(applicant, 2030)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReport(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    // 本庁 reads but does not write the content.
    expect((await getReport(staff, id)).can.edit).toBe(false);
    await expect(saveReportDraft(staff, { reportId: id, expectedVersion: 1, content: r.content })).rejects.toBeInstanceOf(ForbiddenError);
    const overviewB = await getReportsOverview(hcB, 2030);
    expect(overviewB.rows.some((row) => row.report?.id === id)).toBe(false);
    expect((await exportReportsCsv(hcB, 2030)).body).not.toContain("南渡島");
    expect(await db.auditEntry.count({ where: { action: "authz.denied", entityType: "status_report", entityId: String(id) } })).toBeGreaterThan(0);
  });
});

describe("the review", () => {
  it("runs draft → submitted → returned → resubmitted → approved, refusing illegal steps", async () => {
    const { id } = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2031 });
    const r = await getReport(hcA, id);
    await expect(submitReport(hcA, { reportId: id, expectedVersion: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(approveReport(staff, { reportId: id, expectedVersion: 1 })).rejects.toBeInstanceOf(ValidationError);
    let { version } = await saveReportDraft(hcA, { reportId: id, expectedVersion: 1, content: complete(r.content) });
    ({ version } = await submitReport(hcA, { reportId: id, expectedVersion: version }));
    await expect(saveReportDraft(hcA, { reportId: id, expectedVersion: version, content: r.content })).rejects.toBeInstanceOf(ConflictError);
    await expect(approveReport(hcA, { reportId: id, expectedVersion: version })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(returnReport(staff, { reportId: id, expectedVersion: version, comments: { functions: "", council: "", municipalities: "", coordination: "", general: "" } })).rejects.toBeInstanceOf(ValidationError);
    ({ version } = await returnReport(staff, { reportId: id, expectedVersion: version, comments: { functions: "退院支援の課題を具体的に", council: "", municipalities: "", coordination: "", general: "" } }));
    expect((await getReport(hcA, id)).reviewComments).toEqual({ functions: "退院支援の課題を具体的に" });
    ({ version } = await saveReportDraft(hcA, { reportId: id, expectedVersion: version, content: complete(r.content, "具体的な課題") }));
    ({ version } = await submitReport(hcA, { reportId: id, expectedVersion: version }));
    ({ version } = await approveReport(staff, { reportId: id, expectedVersion: version }));
    const approved = await getReport(staff, id);
    expect(approved).toMatchObject({ status: "APPROVED", can: { review: false, reopen: true }, reviewComments: null });
    expect(approved.history.map((h) => h.kind)).toEqual(["approved", "resubmitted", "returned", "submitted", "created"]);
    expect(approved.history.find((h) => h.kind === "resubmitted")!.changes).toEqual([{ path: "functions.discharge.issues", before: "課題のテキスト", after: "具体的な課題" }]);
    // Locked: no edits, no second approval; the 支援センター now reads it.
    await expect(saveReportDraft(hcA, { reportId: id, expectedVersion: version, content: r.content })).rejects.toBeInstanceOf(ConflictError);
    await expect(approveReport(staff, { reportId: id, expectedVersion: version })).rejects.toBeInstanceOf(ValidationError);
    expect((await getReport(viewer, id)).status).toBe("APPROVED");
    expect((await getReportsOverview(viewer, 2031)).rows.map((row) => row.report?.id)).toEqual([id]);
    const matrix = (await getReportsOverview(staff, 2031)).rows.find((row) => row.report?.id === id)!;
    expect(matrix.report!.functions).toEqual({ discharge: "SHORT", daily: "SUFFICIENT", emergency: "PARTLY_SHORT", endOfLife: "SHORT" });
    // Reopening needs a reason and 本庁.
    await expect(reopenReport(hcA, { reportId: id, expectedVersion: version, reason: "修正" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reopenReport(staff, { reportId: id, expectedVersion: version, reason: " " })).rejects.toBeInstanceOf(ValidationError);
    await reopenReport(staff, { reportId: id, expectedVersion: version, reason: "数値の誤り" });
    expect((await getReport(hcA, id)).status).toBe("RETURNED");
    expect((await exportReportXlsx(staff, id)).bytes.length).toBeGreaterThan(1000);
    expect((await exportReportsCsv(staff, 2031)).body).toContain("具体的な課題");
  });

  it("copies last year's report as a starting point", async () => {
    const { id } = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2032, copyFromPrevious: true });
    expect((await getReport(hcA, id)).content.functions.discharge.issues).toBe("具体的な課題");
    const fresh = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2033 });
    expect((await getReport(hcA, fresh.id)).content.functions.discharge.issues).toBe("");
  });
});

describe("attachments", () => {
  it("takes PDFs from the lead 保健所 while editable; readers of the report read them, others get 404", async () => {
    const { id } = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2035 });
    const pdf = new TextEncoder().encode("%PDF-1.4\n%e2e\n");
    await expect(addReportAttachment(hcA, id, { name: "議事録.txt", type: "text/plain", bytes: new TextEncoder().encode("hello") })).rejects.toBeInstanceOf(ValidationError);
    await expect(addReportAttachment(hcB, id, { name: "議事録.pdf", type: "application/pdf", bytes: pdf })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addReportAttachment(staff, id, { name: "議事録.pdf", type: "application/pdf", bytes: pdf })).rejects.toBeInstanceOf(ForbiddenError);
    const { id: fileId } = await addReportAttachment(hcA, id, { name: "議事録.pdf", type: "application/pdf", bytes: pdf });
    expect((await getReport(staff, id)).attachments).toEqual([{ id: fileId, fileName: "議事録.pdf", sizeBytes: pdf.length }]);
    expect((await readReportAttachment(staff, id, fileId)).fileName).toBe("議事録.pdf");
    await expect(readReportAttachment(hcB, id, fileId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readReportAttachment(applicant, id, fileId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("concurrency", () => {
  it("refuses a stale save, and of two saves racing on one version exactly one wins", async () => {
    const { id } = await createReport(hcA, prefectureId, { regionCode: "0101", fiscalYear: 2034 });
    const r = await getReport(hcA, id);
    const mine = { ...r.content, coordination: "私の入力" };
    const theirs = { ...r.content, coordination: "相手の入力" };
    const results = await Promise.allSettled([saveReportDraft(hcA, { reportId: id, expectedVersion: 1, content: mine }), saveReportDraft(hcA, { reportId: id, expectedVersion: 1, content: theirs })]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await getReport(hcA, id)).version).toBe(2);
    await expect(saveReportDraft(hcA, { reportId: id, expectedVersion: 1, content: mine })).rejects.toBeInstanceOf(ConflictError);
    await expect(saveReportDraft(hcA, { reportId: id, expectedVersion: 2, content: { ...mine, formVersion: 2 } })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("frozen figures", () => {
  it("keeps the submitted report's facility counts when a new snapshot is imported", async () => {
    const first = await importFacilityList(staff, { name: REAL_LIST_NAME, bytes: realListBytes() });
    await commitFacilityImport(staff, first.id, { expectedVersion: first.version });
    const sapporo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "札幌市保健所" });
    const { id } = await createReport(sapporo, prefectureId, { regionCode: "0104", fiscalYear: 2026 });
    const draft = await getReport(sapporo, id);
    expect(draft.factsFrozen).toBe(false);
    const { version } = await saveReportDraft(sapporo, { reportId: id, expectedVersion: 1, content: complete(draft.content) });
    await submitReport(sapporo, { reportId: id, expectedVersion: version });
    const submitted = await getReport(staff, id);
    expect(submitted.factsFrozen).toBe(true);
    expect(submitted.facts.facilitiesAsOf).toBe("2025-10-01");
    expect(submitted.facts.clinics!.total).toBeGreaterThan(0);

    const sheet = await readRealList();
    const smaller = await buildList({ title: titleFor(8, 4, 1), header: sheet.header, rows: sheet.rows.slice(0, 2000) });
    const second = await importFacilityList(staff, { name: "second.xlsx", bytes: smaller });
    await commitFacilityImport(staff, second.id, { expectedVersion: second.version });
    const live = await currentFacts(staff, "0104", "2026-04-02");
    expect(live.facilitiesAsOf).toBe("2026-04-01");
    expect(live.clinics).not.toEqual(submitted.facts.clinics);
    const after = await getReport(staff, id);
    expect(after.facts).toEqual(submitted.facts);
  });
});

describe("the region-split preview", () => {
  it("lists the open reports of an ending region as information (they stay)", async () => {
    const region = await db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code: "0101" } } });
    const items = await db.$transaction((tx) =>
      statusReportRegionImpact.preview(tx, { prefectureId, effectiveOn: "2027-04-01", endingRegionIds: [region.id], successorRegionCodes: [], endingRegions: [{ id: region.id, code: region.code, name: region.name, successors: [] }] }),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.choice === "none" && i.defaultAction === "STAY" && i.regionCode === "0101")).toBe(true);
    expect(items.map((i) => i.title)).toContain("南渡島 令和14年度の状況報告");
    expect(items.map((i) => i.state)).not.toContain("承認済み");
  });
});

describe("deadline and reminders", () => {
  it("lets 本庁 set the deadline and mail the lead 保健所 of every region not yet submitted", async () => {
    await expect(setReportDeadline(hcA, prefectureId, { fiscalYear: 2036, dueOn: "2037-05-31" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendReportReminders(hcA, prefectureId, 2036)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setReportDeadline(staff, prefectureId, { fiscalYear: 2036, dueOn: "R19.5.31" })).rejects.toBeInstanceOf(ValidationError);
    await setReportDeadline(staff, prefectureId, { fiscalYear: 2036, dueOn: "2037-05-31" });
    expect((await getReportsOverview(staff, 2036)).dueOn).toBe("2037-05-31");
    const { sent } = await sendReportReminders(staff, prefectureId, 2036);
    const userA = await db.user.findUniqueOrThrow({ where: { id: hcA.kind === "user" ? hcA.userId : "" } });
    const mails = await db.outboxMail.findMany({ where: { subject: { contains: "令和18年度" } } });
    expect(mails).toHaveLength(sent);
    expect(mails.find((m) => m.toAddress === userA.email)!.body).toContain("令和19年5月31日");
    expect(await db.auditEntry.count({ where: { action: "status_report.remind" } })).toBe(1);
  });
});
