// What 本庁's page shows: a 年度's menus with their rule ids and versions (for edits), the 年度
// that exist, and whether the actor may start the next one.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { assertCanEditSubsidyRules, canStartSubsidyYear } from "./policy";
import { defaultSubsidyYear, listSubsidyMenus, listSubsidyYears, type EditableMenuView, type SubsidyYear } from "./queries";

export interface SubsidyAdminView {
  years: SubsidyYear[];
  fiscalYear: number | null;
  isSample: boolean;
  menus: EditableMenuView[];
  /** The actor may start fiscalYear + 1 and it does not exist yet. */
  canStartNext: boolean;
}

export async function getSubsidyAdminView(actor: Actor, options: { fiscalYear?: number | null } = {}): Promise<SubsidyAdminView> {
  await assertCanEditSubsidyRules(actor, "subsidy_rule_set.view");
  const prefecture = await requirePortalPrefecture();
  const years = await listSubsidyYears(actor);
  const asked = options.fiscalYear;
  const fiscalYear = asked != null && years.some((y) => y.fiscalYear === asked) ? asked : defaultSubsidyYear(years);
  if (fiscalYear === null) return { years, fiscalYear, isSample: false, menus: [], canStartNext: false };
  const menus = await listSubsidyMenus(actor, { fiscalYear });
  const nextExists = years.some((y) => y.fiscalYear === fiscalYear + 1);
  return { years, fiscalYear, isSample: menus.isSample, menus: menus.data, canStartNext: !nextExists && canStartSubsidyYear(actor, prefecture.id) };
}
