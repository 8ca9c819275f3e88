// Everything a person reads about subsidy menus and the calculation, in Japanese. Client-safe.
import type { CalculationIssue, CalculationStep, Rate } from "./calculation";
import type { Condition } from "./conditions";
import type { ApplicantTypeCode, UnitCode } from "./schema";

export const APPLICANT_TYPE_NAMES: Record<ApplicantTypeCode, string> = {
  MEDICAL_INSTITUTION: "医療機関",
  HOSPITAL: "病院",
  CLINIC: "診療所",
  MEDICAL_ASSOCIATION: "郡市医師会",
  MUNICIPALITY: "市町村",
  REMOTE_MUNICIPALITY: "離島・過疎地の市町村",
  VISITING_NURSING_STATION: "訪問看護ステーション",
  WELFARE_CORPORATION: "福祉サービス等を実施している法人",
  RESIDENT_GROUP: "住民団体",
  CORE_INSTITUTION: "中核となる医療機関",
  SUPPORTING_INSTITUTION: "支援側の医療機関",
  SUPPORTED_INSTITUTION: "被支援側の医療機関",
};

export const UNIT_NAMES: Record<UnitCode, string> = { BED: "1床", HOUR: "1時間", MONTH: "1月", FACILITY: "1施設" };
export const UNIT_COUNTERS: Record<UnitCode, string> = { BED: "床数", HOUR: "時間数", MONTH: "月数", FACILITY: "施設数" };

export const NOT_ENTERED = "本庁が未入力";

export function conditionText(c: Condition): string {
  switch (c.kind) {
    case "BASE_DESIGNATION":
      return "「在宅医療に必要な連携を担う拠点」の指定を受けていること（市町村は指定を受けた機関への間接補助・委託も可）";
    case "SUPPORT_FACILITIES_AT_MOST":
      return `在宅療養支援診療所と在宅療養支援病院の合計が${c.max}以下の市町村であること`;
    case "ADVISER_YEARS":
      return `導入の前年度・当該年度・翌年度の3か年のうち${c.maxYears}か年までであること`;
    case "MAX_YEARS":
      return `補助は${c.years}か年度までであること`;
    case "PER_WARD_IN_DESIGNATED_CITY":
      return "札幌市は区ごとに申請すること";
    case "HOURS_PER_WEEK_AT_MOST":
      return `週${c.max}時間以内であること`;
    case "FIRST_TIME_ONLY":
      return "設備整備は初回に限ること";
    case "GOVERNOR_RECOGNITION":
      return "知事が認める医療機関（救急搬送の受入れ、夜間の入院、へき地、重要な医療の提供、在宅医療で積極的役割を担うもの）であること";
    case "IMPROVEMENT_PLAN":
      return "勤務環境改善の計画を策定していること";
  }
}

export const formatRate = (r: Rate) => `${r.numerator}/${r.denominator}`;
export const formatYen = (yen: number) => `${yen.toLocaleString("ja-JP")}円`;
/** 千円, with decimals where the figure is not whole thousands (e.g. 386.4千円). */
export const formatThousandYen = (yen: number) => `${(yen / 1000).toLocaleString("ja-JP", { maximumFractionDigits: 3 })}千円`;

export const calculationIssueMessages: Record<CalculationIssue["code"], string> = {
  applicantType: "この補助メニューの対象にならない申請者の種別です（申請者の種別 applicantType）",
  unknownItem: "この補助メニューにない経費区分です（経費区分 itemCode）",
  duplicateItem: "同じ経費区分が2回指定されています（経費区分 itemCode）",
  amountNotEntered: "基準額を本庁が未入力のため計算できません",
  quantityRequired: "基準額が単位あたりのため、数量（quantity）を入力してください",
  rateAboveCeiling: "補助率は上限以下にしてください",
  negative: "0以上で入力してください",
  noItems: "経費（items）を1つ以上指定してください",
};

export function calculationIssueMessage(issue: CalculationIssue): string {
  return `${calculationIssueMessages[issue.code]}（${issue.field}）`;
}

export const stepNames: Record<CalculationStep["step"], string> = {
  item: "経費区分ごと: 基準額と実支出予定額の少ない方",
  menuCap: "メニューの基準額との比較",
  netCost: "総事業費から寄付金その他の収入額を引いた額との比較",
  rate: "補助率を掛ける（1円未満切捨て）",
  appliedAmount: "交付決定額との比較",
  rounding: "1,000円未満切捨て",
};

export const decidedByNames: Record<string, string> = {
  cost: "実支出予定額",
  itemCap: "経費区分の基準額",
  items: "経費区分の合計",
  menuCap: "メニューの基準額",
  eligible: "対象経費",
  netCost: "総事業費−収入額",
  rate: "補助率（上限）",
  appliedRate: "決定した補助率",
  calculated: "算定額",
  appliedAmount: "決定した額",
};

export const subsidyMessages = {
  nav: "補助メニュー",
  adminNav: "補助メニューの管理",
  catalogueTitle: (year: string) => `補助メニュー（${year}）`,
  calculatorTitle: "補助額の試算",
  noCatalogue: "この年度の補助メニューはまだ登録されていません。",
  sample: "サンプル",
  sampleNote: "この年度の内容はデモ用のサンプル（令和6年度の写し）です。",
  notFoundMenu: "指定された年度の補助メニューが見つかりません。",
  ruleSetExists: (year: string) => `${year}の補助メニューはすでにあります。`,
  noSourceYear: "写す元の年度の補助メニューがありません。",
  conflict: "他の利用者が先にこのメニューを更新しました。最新の内容を確認してから、もう一度保存してください。",
  saved: "保存しました。",
  started: (year: string) => `${year}の補助メニューを前年度から写して作成しました。`,
  forbiddenEdit: "補助メニューを編集できるのは本庁の職員です。",
  forbiddenStart: "翌年度の補助メニューを作成できるのは本庁管理者です。",
};

/** A 基準額 as people read it: 「6,030,000円（6,030千円）」, 「1床あたり 133,000円」, 「本庁が未入力」. */
export function baseText(base: { kind: string; amountYen: number | null; unit: UnitCode | null }): string {
  if (base.kind === "ITEMS_ONLY") return "経費区分ごとの基準額の合計";
  if (base.kind === "PER_APPLICANT_TYPE") return "申請者の種別ごと（下表）";
  if (base.kind === "NONE") return "経費区分ごとの基準額なし";
  if (base.amountYen === null) return NOT_ENTERED;
  const amount = `${formatYen(base.amountYen)}（${formatThousandYen(base.amountYen)}）`;
  return base.kind === "PER_UNIT" && base.unit ? `${UNIT_NAMES[base.unit]}あたり ${amount}` : amount;
}
