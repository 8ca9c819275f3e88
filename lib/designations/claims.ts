// "May this organisation claim the 拠点 menu (在宅医療に必要な連携を担う拠点) for 年度 X?" — the one
// question the subsidy work asks of designations (DOMAIN.md "Subsidy menus").
//
// True when, at some time during the 年度 (1 April – 31 March):
//  1. the organisation itself holds a 拠点 designation in force (a designation_region row of an
//     active 拠点, whatever region it covers); or
//  2. the organisation is a 市町村 (type MUNICIPALITY) whose municipality belongs to a 在宅医療圏
//     whose 拠点 in force is designated to another body — the 市町村 applies and passes the
//     subsidy on to, or commissions, the designated body in its area (間接補助・委託).
// A designation revoked, withdrawn or expired before the 年度 began does not count; one in force
// on any day of the 年度 does (the subsidy decides how to pro-rate).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { designationMessages as m } from "./messages";

function fiscalYearRange(fiscalYear: number) {
  return { start: new Date(Date.UTC(fiscalYear, 3, 1)), end: new Date(Date.UTC(fiscalYear + 1, 3, 1)) };
}

/** Rows whose period [valid_from, valid_to) overlaps [start, end). */
function overlapping(start: Date, end: Date) {
  return { validFrom: { lt: end }, OR: [{ validTo: null }, { validTo: { gt: start } }] };
}

export async function mayClaimBaseMenu(actor: Actor, organisationId: number, fiscalYear: number): Promise<boolean> {
  const target = { action: "designation.claim_check", entityType: "organisation", entityId: String(organisationId) };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { id: true, type: true, municipalityId: true, prefectureId: true } });
  if (!organisation || !Number.isInteger(fiscalYear)) return false;
  if (actor.kind === "user") {
    if (actor.prefectureId !== organisation.prefectureId) return false;
    // An applicant asks about its own organisation only.
    if (actor.role === "APPLICANT" && actor.organisationId !== organisationId) await refuseForbidden(actor, { ...target, prefectureId: organisation.prefectureId }, m.forbiddenClaim);
  }
  const { start, end } = fiscalYearRange(fiscalYear);
  const base = { type: "BASE" as const, active: true, ...overlapping(start, end) };
  const own = await db().designationRegion.count({ where: { ...base, designation: { organisationId } } });
  if (own > 0) return true;
  if (organisation.type !== "MUNICIPALITY" || organisation.municipalityId === null) return false;
  // The 在宅医療圏 the municipality (or, for a 政令指定都市, its wards) belonged to during the 年度.
  const municipalityIds = [organisation.municipalityId, ...(await db().municipality.findMany({ where: { parentId: organisation.municipalityId }, select: { id: true } })).map((w) => w.id)];
  const regionIds = (
    await db().homeCareRegionMember.findMany({ where: { municipalityId: { in: municipalityIds }, ...overlapping(start, end) }, select: { regionId: true } })
  ).map((r) => r.regionId);
  if (regionIds.length === 0) return false;
  const others = await db().designationRegion.count({ where: { ...base, regionId: { in: regionIds }, designation: { organisationId: { not: organisationId } } } });
  return others > 0;
}
