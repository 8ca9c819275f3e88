// Eligibility conditions of a menu, stored as data on its yearly rule (subsidy_menu_rule.conditions),
// and pure evaluators over facts the caller gathers and injects. Facts not known yet (e.g. past
// applications before applications exist) evaluate to "unknown", never to "met".
import { z } from "@/lib/zod";

export const ConditionSchema = z.discriminatedUnion("kind", [
  /** 拠点 menu: the applicant holds (or passes the subsidy on to) a 拠点 designation. */
  z.object({ kind: z.literal("BASE_DESIGNATION") }),
  /** グループ制がとれない地域: 在支診 + 在支病 in the applicant's municipality ≤ max. */
  z.object({ kind: z.literal("SUPPORT_FACILITIES_AT_MOST"), max: z.number().int().min(0) }),
  /** 導入アドバイザー: funded in at most maxYears of the 3 years before, of and after introduction. */
  z.object({ kind: z.literal("ADVISER_YEARS"), maxYears: z.number().int().min(1) }),
  /** 住民交流: funded in at most `years` 年度 in all. */
  z.object({ kind: z.literal("MAX_YEARS"), years: z.number().int().min(1) }),
  /** 札幌市は区ごと: in a 政令指定都市 one application per ward and 年度, naming the ward. */
  z.object({ kind: z.literal("PER_WARD_IN_DESIGNATED_CITY") }),
  /** 遠隔相談: at most `max` hours a week. */
  z.object({ kind: z.literal("HOURS_PER_WEEK_AT_MOST"), max: z.number().int().min(1) }),
  /** An item that may be claimed once only (訪問看護ST 設備整備: 初回). */
  z.object({ kind: z.literal("FIRST_TIME_ONLY"), itemCode: z.string() }),
  /** 地域医療勤務環境改善体制整備: an institution the 知事 recognises. */
  z.object({ kind: z.literal("GOVERNOR_RECOGNITION") }),
  /** 医療勤務環境改善支援: the institution has an improvement plan. */
  z.object({ kind: z.literal("IMPROVEMENT_PLAN") }),
]);
export type Condition = z.infer<typeof ConditionSchema>;
export const ConditionsSchema = z.array(ConditionSchema);

/** A past application of the same applicant (fixtures until applications exist). */
export interface PastApplication {
  menuCode: string;
  fiscalYear: number;
  /** Funded (交付決定) — only funded years count. */
  funded: boolean;
  wardMunicipalityId?: number | null;
  itemCodes?: string[];
}

/** What the caller knows; undefined = not known (yet). */
export interface EligibilityFacts {
  menuCode: string;
  fiscalYear: number;
  baseDesignation?: boolean;
  facilityCountInMunicipality?: number;
  /** 年度 the system (ICT, network) is introduced in. */
  introductionFiscalYear?: number;
  pastApplications?: PastApplication[];
  applicantInDesignatedCity?: boolean;
  wardMunicipalityId?: number | null;
  hoursPerWeek?: number;
  claimedItemCodes?: string[];
  governorRecognition?: boolean;
  hasImprovementPlan?: boolean;
}

export type ConditionOutcome = "met" | "notMet" | "unknown";
export interface ConditionResult {
  condition: Condition;
  outcome: ConditionOutcome;
}

const bool = (b: boolean | undefined): ConditionOutcome => (b === undefined ? "unknown" : b ? "met" : "notMet");

function fundedYears(facts: EligibilityFacts): number[] | undefined {
  if (!facts.pastApplications) return undefined;
  const years = facts.pastApplications
    .filter((a) => a.funded && a.menuCode === facts.menuCode && a.fiscalYear !== facts.fiscalYear)
    .map((a) => a.fiscalYear);
  return [...new Set(years)];
}

export function evaluateCondition(condition: Condition, facts: EligibilityFacts): ConditionOutcome {
  switch (condition.kind) {
    case "BASE_DESIGNATION":
      return bool(facts.baseDesignation);
    case "SUPPORT_FACILITIES_AT_MOST":
      return facts.facilityCountInMunicipality === undefined ? "unknown" : bool(facts.facilityCountInMunicipality <= condition.max);
    case "ADVISER_YEARS": {
      const intro = facts.introductionFiscalYear;
      const years = fundedYears(facts);
      if (intro === undefined || years === undefined) return "unknown";
      const inWindow = (y: number) => y >= intro - 1 && y <= intro + 1;
      if (!inWindow(facts.fiscalYear)) return "notMet";
      return bool(years.filter(inWindow).length < condition.maxYears);
    }
    case "MAX_YEARS": {
      const years = fundedYears(facts);
      return years === undefined ? "unknown" : bool(years.length < condition.years);
    }
    case "PER_WARD_IN_DESIGNATED_CITY": {
      if (facts.applicantInDesignatedCity === undefined) return "unknown";
      if (!facts.applicantInDesignatedCity) return "met";
      if (!facts.wardMunicipalityId) return "notMet";
      if (!facts.pastApplications) return "unknown";
      const taken = facts.pastApplications.some(
        (a) => a.menuCode === facts.menuCode && a.fiscalYear === facts.fiscalYear && a.wardMunicipalityId === facts.wardMunicipalityId,
      );
      return bool(!taken);
    }
    case "HOURS_PER_WEEK_AT_MOST":
      return facts.hoursPerWeek === undefined ? "unknown" : bool(facts.hoursPerWeek <= condition.max);
    case "FIRST_TIME_ONLY": {
      if (!facts.claimedItemCodes?.includes(condition.itemCode)) return "met";
      if (!facts.pastApplications) return "unknown";
      const before = facts.pastApplications.some(
        (a) => a.funded && a.menuCode === facts.menuCode && a.fiscalYear !== facts.fiscalYear && a.itemCodes?.includes(condition.itemCode),
      );
      return bool(!before);
    }
    case "GOVERNOR_RECOGNITION":
      return bool(facts.governorRecognition);
    case "IMPROVEMENT_PLAN":
      return bool(facts.hasImprovementPlan);
  }
}

/** Every condition with its outcome; eligible only when all are met. */
export function evaluateConditions(conditions: Condition[], facts: EligibilityFacts) {
  const results: ConditionResult[] = conditions.map((condition) => ({ condition, outcome: evaluateCondition(condition, facts) }));
  const outcome: ConditionOutcome = results.some((r) => r.outcome === "notMet")
    ? "notMet"
    : results.some((r) => r.outcome === "unknown")
      ? "unknown"
      : "met";
  return { outcome, results };
}
