// What the restore drill writes before the backup and reads back after the restore. Each entry
// creates its records through the app's domain functions and checks them on the restored portal
// (its HTTP API and pages) and database: a designation with its PDF, a budget 補正, a submitted
// application with an attachment, and a submitted status report with its frozen figures.
import { createHash } from "node:crypto";
import type pg from "pg";
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addSupplement } from "@/lib/budgets/mutations";
import type { Db } from "@/lib/db-client";
import { addDesignationAttachment } from "@/lib/designations/attachments";
import { designateDesignation } from "@/lib/designations/designate";
import { proposeDesignation } from "@/lib/designations/mutations";
import { createTestBudget } from "@/tests/factories/budgets";
import { createUserActor } from "@/tests/factories/users";
import { randomUUID } from "node:crypto";
import { addApplicationAttachment } from "@/lib/applications/attachments";
import { submitApplication } from "@/lib/applications/lifecycle";
import { createApplication } from "@/lib/applications/mutations";
import { createReport, saveReportDraft } from "@/lib/status-reports/mutations";
import { getReport } from "@/lib/status-reports/queries";
import { submitReport } from "@/lib/status-reports/review";
import { completeContent, createTestCall, createTestOrganisation } from "@/tests/factories/applications";

export interface DrillContext {
  db: Db;
  staff: Actor;
  admin: Actor;
  prefectureId: number;
}

export interface Restored {
  baseUrl: string;
  /** The restored database, as the app's role. */
  client: pg.Client;
}

export interface DrillStep {
  name: string;
  /** Writes through the domain; returns the check to run against the restored portal. */
  create(ctx: DrillContext): Promise<(restored: Restored) => Promise<void>>;
}

export async function drillContext(db: Db): Promise<DrillContext> {
  return {
    db,
    staff: await createUserActor(db, { role: "PREFECTURE_STAFF" }),
    admin: await createUserActor(db, { role: "PREFECTURE_ADMIN" }),
    prefectureId: (await db.prefecture.findUniqueOrThrow({ where: { code: "01" } })).id,
  };
}

const designationWithAttachment: DrillStep = {
  name: "a designation with its 指定通知 PDF and audit rows",
  async create({ db, staff, prefectureId }) {
    const org = await db.organisation.create({ data: { prefectureId, name: "復元訓練クリニック", type: "MEDICAL_CORPORATION" } });
    const { id } = await proposeDesignation(staff, prefectureId, { type: "ACTIVE_ROLE", organisationId: org.id, regionCodes: ["0101"] });
    await designateDesignation(staff, { designationId: id, expectedVersion: 1, designatedOn: "2026-04-01", noticeNumber: "地医第99号" });
    const pdf = new TextEncoder().encode("%PDF-1.7\n% 復元訓練\n%%EOF\n");
    await addDesignationAttachment(staff, id, { name: "指定通知.pdf", type: "application/pdf", bytes: pdf });
    const sha = createHash("sha256").update(pdf).digest("hex");
    const audits = await db.auditEntry.count({ where: { entityId: String(id) } });
    expect(audits).toBeGreaterThanOrEqual(3);
    return async ({ baseUrl, client }) => {
      const api = (await (await fetch(`${baseUrl}/api/v1/designations`)).json()) as { data: { organisation: { name: string } }[] };
      expect(api.data.map((d) => d.organisation.name)).toContain("復元訓練クリニック");
      expect(await (await fetch(`${baseUrl}/roadmap`)).text()).toContain("復元訓練クリニック");
      const { rows } = await client.query(`SELECT a.content FROM attachment a JOIN designation_attachment d ON d.attachment_id = a.id WHERE d.designation_id = $1`, [id]);
      expect(rows.map((r) => createHash("sha256").update(r.content as Buffer).digest("hex"))).toEqual([sha]);
      const { rows: a } = await client.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [String(id)]);
      expect(a[0].n).toBe(audits);
    };
  },
};

const budgetSupplement: DrillStep = {
  name: "a budget 補正",
  async create({ db, admin }) {
    const { budget } = await createTestBudget(db, { amountYen: 1_000_000, name: "復元訓練予算" });
    await addSupplement(admin, { budgetId: budget.id, decidedOn: "2025-09-30", amountYen: 250_000, reason: "復元訓練の補正", expectedVersion: 1 });
    return async ({ client }) => {
      const { rows } = await client.query(`SELECT amount_yen::int AS amount, version FROM budget WHERE id = $1`, [budget.id]);
      expect(rows[0]).toEqual({ amount: 1_250_000, version: 2 });
    };
  },
};

const submittedApplication: DrillStep = {
  name: "a submitted application with its attachment",
  async create({ db }) {
    const call = await createTestCall(db);
    const org = await createTestOrganisation(db, "復元訓練医師会");
    const applicant = await createUserActor(db, { role: "APPLICANT", organisationId: org.id });
    const { id } = await createApplication(applicant, { callId: call.id, idempotencyKey: randomUUID(), content: completeContent() });
    const pdf = new TextEncoder().encode("%PDF-1.7\n% 見積書（復元訓練）\n%%EOF\n");
    await addApplicationAttachment(applicant, id, { name: "見積書.pdf", type: "application/pdf", bytes: pdf });
    const { version } = await db.subsidyApplication.findUniqueOrThrow({ where: { id } });
    await submitApplication(applicant, { applicationId: id, expectedVersion: version });
    const sha = createHash("sha256").update(pdf).digest("hex");
    return async ({ client }) => {
      const { rows } = await client.query(`SELECT status::text AS status, requested_yen::int AS requested FROM subsidy_application WHERE id = $1`, [id]);
      // ポータブル機器 4,000,000円 × 1/2 (completeContent).
      expect(rows[0]).toEqual({ status: "SUBMITTED", requested: 2_000_000 });
      const { rows: files } = await client.query(`SELECT a.content FROM attachment a JOIN application_attachment x ON x.attachment_id = a.id WHERE x.application_id = $1`, [id]);
      expect(files.map((r) => createHash("sha256").update(r.content as Buffer).digest("hex"))).toEqual([sha]);
    };
  },
};

const submittedReport: DrillStep = {
  name: "a submitted status report with its frozen figures",
  async create({ db, prefectureId }) {
    const region = await db.homeCareRegion.findUniqueOrThrow({ where: { prefectureId_code: { prefectureId, code: "0102" } } });
    const center = await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name: "江差保健所" } } });
    await db.homeCareRegionLead.create({ data: { regionId: region.id, healthCenterId: center.id, validFrom: region.validFrom } });
    const hc = await createUserActor(db, { role: "HEALTH_CENTER", healthCenterName: "江差保健所" });
    const { id } = await createReport(hc, prefectureId, { regionCode: "0102", fiscalYear: 2031 });
    const draft = await getReport(hc, id);
    const c = draft.content as { functions: Record<string, { state: string }>; municipalities: { items: Record<string, { state: string; note: string }> }[] };
    const content = {
      ...c,
      functions: Object.fromEntries(Object.entries(c.functions).map(([k, f]) => [k, { ...f, state: "PARTLY_SHORT", issues: "復元訓練の課題" }])),
      municipalities: c.municipalities.map((m) => ({ ...m, items: Object.fromEntries(Object.keys(m.items).map((k) => [k, { state: "DONE", note: "" }])) })),
    };
    const { version } = await saveReportDraft(hc, { reportId: id, expectedVersion: draft.version, content });
    await submitReport(hc, { reportId: id, expectedVersion: version });
    return async ({ client }) => {
      const { rows } = await client.query(`SELECT status::text AS status, content->'functions'->'discharge'->>'issues' AS issues FROM status_report WHERE id = $1`, [id]);
      expect(rows[0]).toEqual({ status: "SUBMITTED", issues: "復元訓練の課題" });
    };
  },
};

export const DRILL_STEPS: DrillStep[] = [designationWithAttachment, budgetSupplement, submittedApplication, submittedReport];
