// What the restore drill writes before the backup and reads back after the restore. Each entry
// creates its records through the app's domain functions and checks them on the restored portal
// (its HTTP API and pages) and database. Status reports and applications (with their attachments)
// are built in parallel: adding them to the drill is one more entry in DRILL_STEPS each.
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

export const DRILL_STEPS: DrillStep[] = [designationWithAttachment, budgetSupplement];
