// The JSON API's schemas for designations and the roadmap (GET /api/v1/designations,
// GET /api/v1/designations/{designationId}, GET /api/v1/roadmap), and the DTO → item mappers.
import { z } from "@/lib/zod";
import { designationStatusLabels, designationTypeLabels } from "./messages";
import type { DesignationSummary } from "./queries";
import type { InForce, RoadmapView } from "./roadmap";
import { DESIGNATION_STATUSES, DESIGNATION_TYPES } from "./schema";

export const DesignationsQuerySchema = z.object({
  type: z.enum(DESIGNATION_TYPES, { error: "type は BASE または ACTIVE_ROLE を指定してください" }).optional().meta({ description: "BASE=在宅医療に必要な連携を担う拠点, ACTIVE_ROLE=在宅医療において積極的役割を担う医療機関" }),
  region: z.string().trim().max(16).optional().meta({ description: "在宅医療圏コード（この圏域を含む指定に絞る）" }),
  status: z.enum(["DESIGNATED", "REVOKED", "EXPIRED"], { error: "status は DESIGNATED・REVOKED・EXPIRED のいずれかを指定してください" }).optional().meta({ description: "DESIGNATED=指定, REVOKED=取消, EXPIRED=期間満了" }),
});

export const DesignationParamsSchema = z.object({
  designationId: z.coerce.number().int().positive().meta({ description: "指定の ID" }),
});

const DesignationItemSchema = z
  .object({
    id: z.number().int(),
    type: z.enum(DESIGNATION_TYPES),
    typeLabel: z.string(),
    status: z.enum(DESIGNATION_STATUSES),
    statusLabel: z.string(),
    organisation: z.object({ name: z.string(), isSample: z.boolean() }),
    regions: z.array(z.object({ code: z.string(), name: z.string() })).meta({ description: "対象の在宅医療圏（現在。終了したものは終了時点）" }),
    designatedOn: z.string().nullable().meta({ description: "指定日" }),
    periodEndsOn: z.string().nullable().meta({ description: "指定期間の最終日" }),
    endedOn: z.string().nullable().meta({ description: "取消・辞退・期間満了の日" }),
    endReason: z.string().nullable().meta({ description: "取消・辞退・期間満了の理由" }),
    noticeNumber: z.string().nullable().meta({ description: "指定通知の番号" }),
    isSample: z.boolean().meta({ description: "デモ用のサンプル" }),
  })
  .meta({ id: "Designation", description: "拠点・積極的役割医療機関の指定" });

export const DesignationsResponseSchema = z.object({ data: z.array(DesignationItemSchema) }).meta({ id: "Designations" });
export const DesignationResponseSchema = z.object({ data: DesignationItemSchema }).meta({ id: "DesignationOne" });

export function toDesignationItem(d: DesignationSummary): z.input<typeof DesignationItemSchema> {
  return {
    id: d.id,
    type: d.type,
    typeLabel: designationTypeLabels[d.type],
    status: d.status,
    statusLabel: designationStatusLabels[d.status],
    organisation: { name: d.organisation.name, isSample: d.organisation.isSample },
    regions: d.regions,
    designatedOn: d.designatedOn,
    periodEndsOn: d.periodEndsOn,
    endedOn: d.endedOn,
    endReason: d.endReason,
    noticeNumber: d.noticeNumber,
    isSample: d.isSample,
  };
}

const InForceSchema = z
  .object({ id: z.number().int(), organisation: z.string(), designatedOn: z.string().nullable(), periodEndsOn: z.string().nullable(), isSample: z.boolean() })
  .meta({ id: "DesignationInForce", description: "今日時点で有効な指定" });

export const RoadmapResponseSchema = z
  .object({
    fiscalYears: z.array(
      z.object({
        fiscalYear: z.number().int().meta({ description: "年度（西暦の開始年。令和6年度=2024）" }),
        label: z.string(),
        target: z.union([z.object({ min: z.number().int(), max: z.number().int() }), z.object({ remaining: z.literal(true) })]).meta({ description: "目標（在宅医療圏の数の範囲、または残りすべて）" }),
        plannedRegions: z.number().int().meta({ description: "この年度に指定を計画している在宅医療圏の数（累計ではない）" }),
        designatedRegions: z
          .object({ base: z.number().int(), activeRole: z.number().int(), done: z.number().int() })
          .meta({ description: "年度末（当年度以降は今日）時点で、拠点・積極的役割医療機関・その両方が有効な在宅医療圏の数（累計）" }),
      }),
    ),
    regions: z.array(
      z.object({
        code: z.string(),
        plannedFiscalYear: z.number().int().nullable(),
        base: InForceSchema.nullable(),
        activeRole: z.array(InForceSchema),
        behindPlan: z.boolean().meta({ description: "計画年度を過ぎても拠点と積極的役割医療機関がそろっていない" }),
      }),
    ),
  })
  .meta({ id: "Roadmap", description: "R6〜R11 のロードマップ（数は在宅医療圏の数。指定済みのものだけを数える）" });

export function toRoadmapResponse(view: RoadmapView): z.input<typeof RoadmapResponseSchema> {
  const inForce = (d: InForce) => ({ id: d.id, organisation: d.organisation, designatedOn: d.designatedOn, periodEndsOn: d.periodEndsOn, isSample: d.isSample });
  return {
    fiscalYears: view.fiscalYears.map((y) => ({ fiscalYear: y.fiscalYear, label: y.label, target: y.target, plannedRegions: y.plannedRegions, designatedRegions: y.designatedRegions })),
    regions: view.regions.map((r) => ({ code: r.code, plannedFiscalYear: r.plannedFiscalYear, base: r.base ? inForce(r.base) : null, activeRole: r.activeRole.map(inForce), behindPlan: r.behindPlan })),
  };
}
