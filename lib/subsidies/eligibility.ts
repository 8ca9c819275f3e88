// Whether an organisation meets a menu's conditions in a 年度: gathers the facts the portal holds
// today (facility counts of its municipality; whether it is in a 政令指定都市) and evaluates the
// menu's conditions (lib/subsidies/conditions.ts). The 拠点 designation fact is the designation
// feature's answer (lib/designations/claims.ts mayClaimBaseMenu: the designated body, or a 市町村
// passing the subsidy on to it); past applications come in through `pastApplications` until
// applications exist.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getFacilityCounts } from "@/lib/facilities/queries";
import { mayClaimBaseMenu } from "@/lib/designations/claims";
import { ConditionsSchema, evaluateConditions, type EligibilityFacts, type PastApplication } from "./conditions";
import { canEditSubsidyRules } from "./policy";
import { getSubsidyMenu } from "./queries";

export interface EligibilityRequest {
  menuCode: string;
  fiscalYear: number;
  organisationId: number;
  pastApplications?: PastApplication[];
  /** Facts the applicant or 本庁 states (hours a week, 知事の認定, plan, ward, introduction year ...). */
  stated?: Omit<EligibilityFacts, "menuCode" | "fiscalYear" | "baseDesignation" | "facilityCountInMunicipality" | "pastApplications">;
}

/** 在支診 + 在支病 in a municipality (a 政令指定都市: all its wards), or undefined without a list. */
async function facilityCountIn(actor: Actor, municipality: { id: number; code: string; kind: string }): Promise<number | undefined> {
  let counts;
  try {
    counts = await getFacilityCounts(actor, { level: "municipality" });
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
  const codes =
    municipality.kind === "DESIGNATED_CITY"
      ? new Set((await db().municipality.findMany({ where: { parentId: municipality.id }, select: { code: true } })).map((w) => w.code))
      : new Set([municipality.code]);
  return counts.data.filter((c) => codes.has(c.code)).reduce((n, c) => n + c.clinics.total + c.hospitals.total, 0);
}

export async function checkSubsidyEligibility(actor: Actor, request: EligibilityRequest) {
  const organisation = await db().organisation.findUnique({
    where: { id: request.organisationId },
    select: { id: true, prefectureId: true, municipality: { select: { id: true, code: true, kind: true, parentId: true } } },
  });
  const own = actor.kind === "user" && actor.organisationId === request.organisationId;
  if (!organisation || !(actor.kind === "system" || own || canEditSubsidyRules(actor, organisation.prefectureId))) {
    return refuseNotFound(actor, { action: "subsidy_eligibility.check", entityType: "organisation", entityId: String(request.organisationId) });
  }
  const menu = await getSubsidyMenu(actor, request.menuCode, request.fiscalYear);
  const rule = await db().subsidyMenuRule.findFirstOrThrow({
    where: { menu: { code: request.menuCode, prefectureId: organisation.prefectureId }, ruleSet: { fiscalYear: request.fiscalYear } },
    select: { conditions: true },
  });
  const m = organisation.municipality;
  const facts: EligibilityFacts = {
    ...request.stated,
    menuCode: menu.code,
    fiscalYear: request.fiscalYear,
    baseDesignation: await mayClaimBaseMenu(actor, organisation.id, request.fiscalYear),
    facilityCountInMunicipality: m ? await facilityCountIn(actor, m) : undefined,
    applicantInDesignatedCity: request.stated?.applicantInDesignatedCity ?? (m ? m.kind === "DESIGNATED_CITY" || m.parentId !== null : undefined),
    pastApplications: request.pastApplications,
  };
  return { menuCode: menu.code, fiscalYear: request.fiscalYear, ...evaluateConditions(ConditionsSchema.parse(rule.conditions), facts) };
}
