// The 令和6年度 catalogue as the source documents give it (DOMAIN.md "Subsidy menus"; 002, 003), in
// yen. null = a figure the documents do not give: the slot exists and 本庁 enters it in the portal.
// Where one document row holds two rates or two alternative caps (在宅患者遠隔支援, 小児在宅等拠点),
// it is two menus, because the arithmetic applies one rate to one capped sum (ADR 0021).
import type { Condition } from "./conditions";
import type { ApplicantTypeCode, UnitCode } from "./schema";

export type SeedBase =
  | { kind: "ITEMS_ONLY" }
  | { kind: "FIXED"; amountYen: number | null }
  | { kind: "PER_UNIT"; amountYen: number | null; unit: UnitCode }
  | { kind: "PER_APPLICANT_TYPE" };
export type SeedItemBase = { kind: "NONE" } | { kind: "FIXED"; amountYen: number | null } | { kind: "PER_UNIT"; amountYen: number | null; unit: UnitCode };

export interface SeedMenu {
  code: string;
  programme: string;
  name: string;
  base: SeedBase;
  rate: [number, number];
  /** Applicant types, with their 基準額 where the menu's depends on the type. */
  applicants: [ApplicantTypeCode, (number | null)?][];
  items: [code: string, name: string, base: SeedItemBase][];
  conditions?: Condition[];
  note?: string;
}

export const SEED_PROGRAMMES: [code: string, name: string][] = [
  ["home-care-provision", "在宅医療提供体制強化事業"],
  ["regional-network", "地域医療情報連携ネットワーク構築事業"],
  ["telemedicine", "遠隔医療促進事業"],
  ["pediatric-base", "小児在宅等在宅医療連携拠点事業"],
  ["work-environment-support", "医療勤務環境改善支援事業"],
  ["work-environment-system", "地域医療勤務環境改善体制整備事業"],
  ["resident-exchange", "医療機関・住民交流推進事業"],
];

const fixed = (amountYen: number | null) => ({ kind: "FIXED" as const, amountYen });
const perUnit = (amountYen: number | null, unit: UnitCode) => ({ kind: "PER_UNIT" as const, amountYen, unit });
const none = { kind: "NONE" as const };
const full: [number, number] = [10, 10];
const half: [number, number] = [1, 2];
const groupApplicants: SeedMenu["applicants"] = [["MEDICAL_INSTITUTION"], ["MEDICAL_ASSOCIATION"], ["MUNICIPALITY"]];
const ictApplicants: SeedMenu["applicants"] = [["MUNICIPALITY"], ["MEDICAL_INSTITUTION"], ["MEDICAL_ASSOCIATION"], ["VISITING_NURSING_STATION"]];
const networkApplicants: SeedMenu["applicants"] = [["MEDICAL_INSTITUTION"], ["MUNICIPALITY"], ["MEDICAL_ASSOCIATION"]];
const remoteApplicants: SeedMenu["applicants"] = [["REMOTE_MUNICIPALITY"], ["CORE_INSTITUTION"]];
const pediatricApplicants: SeedMenu["applicants"] = [
  ["MEDICAL_INSTITUTION"], ["VISITING_NURSING_STATION"], ["MEDICAL_ASSOCIATION"], ["MUNICIPALITY"], ["WELFARE_CORPORATION"],
];
const adviserYears: Condition = { kind: "ADVISER_YEARS", maxYears: 2 };

export const SEED_MENUS_R6: SeedMenu[] = [
  {
    code: "group-practice", programme: "home-care-provision", name: "在宅医療グループ診療運営",
    base: fixed(6_030_000), rate: full, applicants: groupApplicants,
    items: [
      ["sub-physician", "副主治医人件費", fixed(2_500_000)],
      ["coordinator", "調整担当者人件費", fixed(1_000_000)],
      ["training", "研修経費", fixed(600_000)],
      ["substitute", "代診制協力費", fixed(930_000)],
      ["backup-beds", "後方病床協力費", fixed(1_000_000)],
    ],
    conditions: [{ kind: "PER_WARD_IN_DESIGNATED_CITY" }],
    note: "事業の開始月、従事時間、代診・急変受入の実績により基準額が変わります（要綱で確認）。",
  },
  {
    code: "no-group-area", programme: "home-care-provision", name: "グループ制がとれない地域での在宅医療体制の支援",
    base: fixed(2_430_000), rate: full, applicants: groupApplicants,
    items: [
      ["substitute-doctor", "代診医の確保", fixed(null)],
      ["beds", "病床の確保", fixed(null)],
      ["long-distance-visits", "16kmを超える訪問診療", fixed(null)],
    ],
    conditions: [{ kind: "SUPPORT_FACILITIES_AT_MOST", max: 3 }],
    note: "事業の開始月により基準額が変わります（要綱で確認）。",
  },
  {
    code: "portable-equipment", programme: "home-care-provision", name: "訪問診療用ポータブル機器整備",
    base: { kind: "PER_APPLICANT_TYPE" }, rate: half,
    applicants: [["MEDICAL_INSTITUTION", 3_000_000], ["MEDICAL_ASSOCIATION", 6_000_000], ["VISITING_NURSING_STATION", null]],
    items: [["equipment", "ポータブル機器の購入費", none]],
  },
  {
    code: "nursing-station", programme: "home-care-provision", name: "訪問看護ステーション設置促進等",
    base: { kind: "ITEMS_ONLY" }, rate: half, applicants: [["MUNICIPALITY"]],
    items: [
      ["equipment", "設備整備費（初回）", fixed(1_300_000)],
      ["operation", "運営費", fixed(3_000_000)],
      ["training", "研修費", fixed(1_000_000)],
    ],
    conditions: [{ kind: "FIRST_TIME_ONLY", itemCode: "equipment" }],
  },
  {
    code: "ict-network", programme: "home-care-provision", name: "在宅医療多職種連携ICTネットワーク構築",
    base: perUnit(2_150_000, "FACILITY"), rate: half, applicants: ictApplicants,
    items: [["expenses", "対象経費（経費区分は要綱で確認）", fixed(null)]],
  },
  {
    code: "ict-adviser", programme: "home-care-provision", name: "在宅医療多職種連携ICTネットワーク導入アドバイザー",
    base: perUnit(2_710_000, "FACILITY"), rate: full, applicants: ictApplicants,
    items: [["adviser", "アドバイザー経費", none]], conditions: [adviserYears],
  },
  {
    code: "collaboration-base", programme: "home-care-provision", name: "在宅医療に必要な連携を担う拠点",
    base: fixed(4_012_000), rate: full,
    applicants: [["MEDICAL_INSTITUTION"], ["MEDICAL_ASSOCIATION"], ["MUNICIPALITY"], ["VISITING_NURSING_STATION"]],
    items: [["coordinator", "調整担当者人件費", fixed(2_092_000)], ["office", "事務費", fixed(1_920_000)]],
    conditions: [{ kind: "BASE_DESIGNATION" }],
    note: "市町村が申請し、指定を受けた機関へ間接補助・委託することができます。",
  },
  {
    code: "regional-network", programme: "regional-network", name: "地域医療情報連携ネットワーク構築",
    base: { kind: "ITEMS_ONLY" }, rate: half, applicants: networkApplicants,
    items: [["hospitals", "参加病院分", perUnit(30_000_000, "FACILITY")], ["clinics", "参加診療所分", perUnit(20_000_000, "FACILITY")]],
  },
  {
    code: "regional-network-adviser", programme: "regional-network", name: "地域医療情報連携ネットワーク導入アドバイザー",
    base: fixed(2_710_000), rate: full, applicants: networkApplicants,
    items: [["adviser", "アドバイザー経費", none]], conditions: [adviserYears],
  },
  {
    code: "disaster-backup", programme: "regional-network", name: "防災用診療情報バックアップ",
    base: { kind: "ITEMS_ONLY" }, rate: half, applicants: [["HOSPITAL"]],
    items: [["eligible-cost", "バックアップ整備費（病院ごと）", perUnit(12_000_000, "FACILITY")]],
  },
  {
    code: "telemedicine-equipment", programme: "telemedicine", name: "遠隔医療設備整備",
    base: { kind: "PER_APPLICANT_TYPE" }, rate: half,
    applicants: [["SUPPORTING_INSTITUTION", 3_000_000], ["SUPPORTED_INSTITUTION", 2_000_000]],
    items: [["equipment", "設備整備費", none]],
  },
  {
    code: "remote-consultation", programme: "telemedicine", name: "遠隔相談",
    base: { kind: "ITEMS_ONLY" }, rate: full, applicants: [["MEDICAL_INSTITUTION"]],
    items: [["consultation", "遠隔相談の経費", perUnit(8_000, "HOUR")]],
    conditions: [{ kind: "HOURS_PER_WEEK_AT_MOST", max: 5 }],
  },
  {
    code: "remote-patient-equipment", programme: "telemedicine", name: "在宅患者遠隔支援（設備整備）",
    base: fixed(5_000_000), rate: half, applicants: remoteApplicants, items: [["equipment", "設備整備費", none]],
  },
  {
    code: "remote-patient-adviser", programme: "telemedicine", name: "在宅患者遠隔支援（アドバイザー）",
    base: fixed(2_699_000), rate: full, applicants: remoteApplicants, items: [["adviser", "アドバイザー経費", none]],
  },
  {
    code: "pediatric-base-prefecture", programme: "pediatric-base", name: "小児在宅等在宅医療連携拠点（全道）",
    base: fixed(8_033_000), rate: full, applicants: pediatricApplicants, items: [["operation", "運営経費", none]],
    note: "年額。事業の開始時期と実績により基準額が変わります（要綱で確認）。",
  },
  {
    code: "pediatric-base-local", programme: "pediatric-base", name: "小児在宅等在宅医療連携拠点（地域）",
    base: fixed(1_372_000), rate: full, applicants: pediatricApplicants, items: [["operation", "運営経費", none]],
    note: "年額。事業の開始時期と実績により基準額が変わります（要綱で確認）。",
  },
  {
    code: "work-environment-support", programme: "work-environment-support", name: "医療勤務環境改善支援",
    base: { kind: "ITEMS_ONLY" }, rate: half, applicants: [["MEDICAL_INSTITUTION"]],
    items: [
      ["improvement", "勤務環境改善の取組（施設ごと）", perUnit(3_000_000, "FACILITY")],
      ["medical-clerk", "医師事務作業補助者", perUnit(250_000, "MONTH")],
    ],
    conditions: [{ kind: "IMPROVEMENT_PLAN" }],
  },
  {
    code: "work-environment-system", programme: "work-environment-system", name: "地域医療勤務環境改善体制整備",
    base: perUnit(133_000, "BED"), rate: half, applicants: [["MEDICAL_INSTITUTION"]],
    items: [["eligible-cost", "対象経費", none]],
    conditions: [{ kind: "GOVERNOR_RECOGNITION" }],
    note: "稼働病床数は前年度の病床機能報告によります。",
  },
  {
    code: "resident-exchange", programme: "resident-exchange", name: "医療機関・住民交流推進",
    base: fixed(386_400), rate: half, applicants: [["RESIDENT_GROUP"], ["MEDICAL_INSTITUTION"]],
    items: [["eligible-cost", "対象経費", none]],
    conditions: [{ kind: "MAX_YEARS", years: 3 }],
    note: "人件費・食糧費は対象外です。",
  },
];
