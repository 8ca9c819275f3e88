// The organisation registry: who may keep it (本庁 only; refusals audited), edits with optimistic
// concurrency, facilities by key, merging duplicates, and the list import — all rows or none, the
// bad row named.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { commitOrganisationImport, organisationImportTemplate, previewOrganisationImport } from "@/lib/organisations/import";
import { mergeOrganisations } from "@/lib/organisations/merge";
import { addOrganisationFacility, createOrganisation, updateOrganisation } from "@/lib/organisations/mutations";
import { getOrganisation, searchOrganisations } from "@/lib/organisations/queries";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let admin: Actor;
let staff: Actor;
const csv = (text: string, name = "団体一覧.csv") => ({ name, bytes: new TextEncoder().encode("\uFEFF" + text) });
const HEADER = "種別,名称,名称カナ,法人番号,郵便番号,住所,電話番号,メールアドレス,市町村コード\r\n";

beforeAll(async () => {
  admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
});

describe("who may keep the registry", () => {
  it("refuses 保健所, 申請者 and anonymous callers, and audits each refusal", async () => {
    const org = await createOrganisation(staff, { type: "RESIDENT_GROUP", name: "試験住民の会" });
    const hokenjo = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江別保健所" });
    const applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
    const before = await db.auditEntry.count({ where: { action: "authz.denied", entityType: "organisation" } });
    await expect(createOrganisation(hokenjo, { type: "RESIDENT_GROUP", name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchOrganisations(applicant, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganisation(applicant, org.id, { type: "RESIDENT_GROUP", name: "y", expectedVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganisation(publicActor, org.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(previewOrganisationImport(publicActor, csv(HEADER))).rejects.toBeInstanceOf(UnauthenticatedError);
    // Merging is for 本庁管理者 only.
    await expect(mergeOrganisations(staff, { survivorId: org.id, duplicateId: org.id + 1, survivorVersion: 1, duplicateVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEntry.count({ where: { action: "authz.denied", entityType: "organisation" } })).toBe(before + 6);
    expect(await db.auditEntry.count({ where: { action: "organisation.created", entityId: String(org.id) } })).toBe(1);
  });
});

describe("editing", () => {
  it("checks the 法人番号 check digit and refuses a stale version", async () => {
    await expect(createOrganisation(staff, { type: "MEDICAL_CORPORATION", name: "医療法人社団 試験会", corporateNumber: "8000012050002" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && /チェックデジット/.test(e.fieldErrors.corporateNumber?.[0] ?? ""),
    );
    const org = await createOrganisation(staff, { type: "MEDICAL_CORPORATION", name: "医療法人社団 試験会", corporateNumber: "7000012050002", postalCode: "0600001" });
    expect((await getOrganisation(staff, org.id)).postalCode).toBe("060-0001");
    await updateOrganisation(admin, org.id, { type: "MEDICAL_CORPORATION", name: "医療法人社団 試験会", phone: "011-231-4111", expectedVersion: 1 });
    await expect(updateOrganisation(staff, org.id, { type: "MEDICAL_CORPORATION", name: "医療法人社団 試験会（旧）", expectedVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await getOrganisation(staff, org.id)).name).toBe("医療法人社団 試験会");
  });

  it("asks a 市町村 for its municipality", async () => {
    await expect(createOrganisation(staff, { type: "MUNICIPALITY", name: "試験市" })).rejects.toBeInstanceOf(ValidationError);
    const org = await createOrganisation(staff, { type: "MUNICIPALITY", name: "江差町（試験）", municipalityCode: (await db.municipality.findFirstOrThrow({ where: { name: "江差町" } })).code });
    expect((await getOrganisation(staff, org.id)).municipality?.name).toBe("江差町");
  });
});

describe("merging duplicates", () => {
  it("moves memberships and facilities to the survivor, removes the duplicate and audits it", async () => {
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
    const facility = await db.facility.create({
      data: { prefectureId: prefecture.id, prefectureCode: "01", category: "MEDICAL", institutionNumber: "9990001", name: "試験クリニック" },
    });
    const survivor = await createOrganisation(staff, { type: "MEDICAL_ASSOCIATION", name: "試験郡医師会" });
    const duplicate = await createOrganisation(staff, { type: "MEDICAL_ASSOCIATION", name: "試験郡医師会（重複）", address: "北海道試験町1-1" });
    await addOrganisationFacility(staff, duplicate.id, { category: "MEDICAL", institutionNumber: "9990001" });
    const member = await createUserActor(db, { role: "APPLICANT", organisationId: duplicate.id });
    const candidate = await db.designation.create({ data: { prefectureId: prefecture.id, type: "ACTIVE_ROLE", organisationId: duplicate.id } });
    await mergeOrganisations(admin, { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: 1, duplicateVersion: 1 });
    expect(await db.organisation.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const merged = await getOrganisation(staff, survivor.id);
    expect(merged.facilities.map((f) => f.id)).toEqual([facility.id]);
    expect(merged.address).toBe("北海道試験町1-1");
    const membership = await db.membership.findFirstOrThrow({ where: { userId: member.kind === "user" ? member.userId : "" } });
    expect(membership.organisationId).toBe(survivor.id);
    expect((await db.designation.findUniqueOrThrow({ where: { id: candidate.id } })).organisationId).toBe(survivor.id);
    expect(await db.auditEntry.count({ where: { action: "organisation.merged", entityId: String(survivor.id) } })).toBe(1);
  });

  it("refuses two organisations with different 法人番号", async () => {
    const a = await createOrganisation(staff, { type: "MEDICAL_CORPORATION", name: "法人A（試験）", corporateNumber: "7000020010006" });
    const b = await createOrganisation(staff, { type: "MEDICAL_CORPORATION", name: "法人B（試験）", corporateNumber: "7000012050002" });
    await expect(mergeOrganisations(admin, { survivorId: a.id, duplicateId: b.id, survivorVersion: 1, duplicateVersion: 1 })).rejects.toThrow(/法人番号が異なる/);
    expect(await db.organisation.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
  });
});

describe("importing a list", () => {
  const bad =
    HEADER +
    "郡市医師会,取込試験医師会,トリコミシケンイシカイ,,060-0001,北海道札幌市中央区1,011-000-0000,a@example.jp,\r\n" +
    "訪問看護ステーション,取込試験訪問看護ステーション,,1234567890123,,,,,\r\n" +
    "医療法人,取込試験医療法人,,,,,,,\r\n";

  it("with a bad row changes nothing and names the row and column", async () => {
    const before = await db.organisation.count();
    const preview = await previewOrganisationImport(staff, csv(bad));
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: "法人番号" })]);
    expect(preview.counts.create).toBe(2);
    await expect(commitOrganisationImport(staff, csv(bad))).rejects.toSatisfy((e) => e instanceof ValidationError && /3行目「法人番号」/.test(e.message));
    expect(await db.organisation.count()).toBe(before);
    expect(await db.auditEntry.count({ where: { action: "organisation.imported" } })).toBe(0);
  });

  it("imports a corrected file all at once, matching existing records by name", async () => {
    const fixed = bad.replace("1234567890123", "8000000000001") + "住民団体,試験住民の会,シケンジュウミンノカイ,,,,,,\r\n";
    const preview = await previewOrganisationImport(staff, csv(fixed));
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ create: 3, update: 1, unchanged: 0 });
    await commitOrganisationImport(staff, csv(fixed), { expectedFingerprint: preview.fingerprint });
    const found = await searchOrganisations(staff, { q: "取込試験" });
    expect(found.rows.map((r) => r.name).sort()).toEqual(["取込試験医師会", "取込試験医療法人", "取込試験訪問看護ステーション"]);
    expect((await searchOrganisations(staff, { q: "シケンジュウミン" })).rows.map((r) => r.name)).toEqual(["試験住民の会"]);
    // The same file again changes nothing.
    expect((await previewOrganisationImport(staff, csv(fixed))).counts).toEqual({ create: 0, update: 0, unchanged: 4 });
  });

  it("offers a template whose header the import reads (a template with no rows is refused as empty)", async () => {
    const template = await organisationImportTemplate(staff);
    expect(template.body.startsWith("\uFEFF" + HEADER)).toBe(true);
    await expect(previewOrganisationImport(staff, { name: "t.csv", bytes: new TextEncoder().encode(template.body) })).rejects.toThrow(/取り込む行がありません/);
    const filled = template.body + "看護協会,取込試験看護協会,,,,,,,\r\n";
    expect((await previewOrganisationImport(staff, { name: "t.csv", bytes: new TextEncoder().encode(filled) })).counts.create).toBe(1);
    await expect(organisationImportTemplate(publicActor)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("reads xlsx and refuses a duplicate name within the file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("団体");
    sheet.addRow(["種別", "名称", "法人番号"]);
    sheet.addRow(["薬剤師会", "取込試験薬剤師会", ""]);
    sheet.addRow(["薬剤師会", "取込試験薬剤師会", ""]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewOrganisationImport(staff, { name: "団体.xlsx", bytes });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: "名称", message: expect.stringContaining("2 行目と重複") })]);
  });
});
