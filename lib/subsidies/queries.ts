// Reads of the subsidy catalogue: public (anyone may read a 年度's menus and rates), returned as
// the DTOs the API, the public pages and the 本庁 page show.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { fiscalYearOf, formatFiscalYear } from "@/lib/dates/wareki";
import { NotFoundError } from "@/lib/errors";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { ConditionsSchema } from "./conditions";
import { APPLICANT_TYPE_NAMES, conditionText, subsidyMessages } from "./messages";
import type { EditableMenu, SubsidyMenusResponse, SubsidyMenuView } from "./schema";

const ruleInclude = {
  menu: { select: { code: true, name: true, sortOrder: true, programme: { select: { code: true, name: true, sortOrder: true } } } },
  applicantTypes: { orderBy: { sortOrder: "asc" as const } },
  items: { orderBy: { sortOrder: "asc" as const } },
};

export interface SubsidyYear {
  fiscalYear: number;
  isSample: boolean;
}

/** The 年度 that have a catalogue, newest first. */
export async function listSubsidyYears(_actor: Actor): Promise<SubsidyYear[]> {
  const prefecture = await requirePortalPrefecture();
  return db().subsidyRuleSet.findMany({
    where: { prefectureId: prefecture.id },
    orderBy: { fiscalYear: "desc" },
    select: { fiscalYear: true, isSample: true },
  });
}

/** The 年度 shown when none is asked for: this 年度 if it has a catalogue, else the latest before it, else the earliest. */
export function defaultSubsidyYear(years: SubsidyYear[], today = new Date()): number | null {
  const current = fiscalYearOf(today);
  const sorted = years.map((y) => y.fiscalYear).sort((a, b) => b - a);
  return sorted.find((y) => y <= current) ?? sorted.at(-1) ?? null;
}

type RuleRow = Awaited<ReturnType<typeof loadRules>>[number];

function loadRules(ruleSetId: number) {
  return db().subsidyMenuRule.findMany({ where: { ruleSetId }, include: ruleInclude });
}

function baseView(kind: string | null, amountYen: number | null, unit: string | null) {
  return { kind: (kind ?? "NONE") as SubsidyMenuView["base"]["kind"], amountYen, unit: unit as SubsidyMenuView["base"]["unit"] };
}

export function menuViewOf(rule: RuleRow, fiscalYear: number, isSample: boolean): EditableMenuView {
  return {
    ruleId: rule.id,
    version: rule.version,
    code: rule.menu.code,
    name: rule.menu.name,
    programme: { code: rule.menu.programme.code, name: rule.menu.programme.name },
    fiscalYear,
    rate: { numerator: rule.rateNumerator, denominator: rule.rateDenominator },
    base: baseView(rule.baseKind, rule.baseAmountYen, rule.baseUnit),
    applicantTypes: rule.applicantTypes.map((a) => ({ code: a.applicantType, name: APPLICANT_TYPE_NAMES[a.applicantType], baseAmountYen: a.baseAmountYen })),
    items: rule.items.map((i) => ({ code: i.code, name: i.name, base: baseView(i.baseKind, i.baseAmountYen, i.baseUnit) })),
    conditions: ConditionsSchema.parse(rule.conditions).map((c) => ({ kind: c.kind, description: conditionText(c) })),
    note: rule.note,
    isSample,
  };
}

/** A 年度's menus, ordered by programme and menu; NotFoundError when that 年度 has no catalogue. */
export type EditableMenuView = EditableMenu;

export async function listSubsidyMenus(actor: Actor, options: { fiscalYear?: number } = {}): Promise<Omit<SubsidyMenusResponse, "data"> & { data: EditableMenuView[] }> {
  const prefecture = await requirePortalPrefecture();
  const fiscalYear = options.fiscalYear ?? defaultSubsidyYear(await listSubsidyYears(actor));
  const ruleSet = fiscalYear === null ? null : await db().subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId: prefecture.id, fiscalYear } } });
  if (!ruleSet) throw new NotFoundError(fiscalYear === null ? subsidyMessages.noCatalogue : `${formatFiscalYear(fiscalYear)}の補助メニューは登録されていません。`);
  const rules = await loadRules(ruleSet.id);
  rules.sort((a, b) => a.menu.programme.sortOrder - b.menu.programme.sortOrder || a.menu.sortOrder - b.menu.sortOrder);
  return { fiscalYear: ruleSet.fiscalYear, isSample: ruleSet.isSample, data: rules.map((r) => menuViewOf(r, ruleSet.fiscalYear, ruleSet.isSample)) };
}

/** One menu of a 年度 (NotFoundError naming what is missing). */
export async function getSubsidyMenu(actor: Actor, menuCode: string, fiscalYear: number) {
  const menus = await listSubsidyMenus(actor, { fiscalYear });
  const menu = menus.data.find((m) => m.code === menuCode);
  if (!menu) throw new NotFoundError(`${formatFiscalYear(fiscalYear)}に補助メニュー「${menuCode}」はありません（補助メニュー menuCode）。`);
  return menu;
}
