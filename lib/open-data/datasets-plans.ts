// Open datasets of the plan and its money: designations, the roadmap, the subsidy menus and the
// budget execution in aggregate (ADR 0029 says what the last one publishes and what it never does).
import { OPEN_DATA_BASE, type OpenDataset } from "./types";

const sample = { key: "isSample", label: "サンプル", type: "boolean" as const, description: "デモ用の架空のデータ（本番では常に false）" };

export const designationsDataset: OpenDataset = {
  key: "designations",
  title: "在宅医療に必要な連携を担う拠点・積極的役割を担う医療機関の指定",
  description: "本庁が指定した拠点と積極的役割を担う医療機関（取消・期間満了を含む）。候補・調整中のものや調整のメモは含みません。",
  portalOwn: true,
  sourceKeys: [],
  path: `${OPEN_DATA_BASE}/designations`,
  rowMeaning: "1行に1指定",
  parameters: [],
  columns: [
    { key: "id", label: "指定ID", type: "integer", description: "ポータル内の指定の番号" },
    { key: "type", label: "種類コード", type: "string", description: "BASE=拠点、ACTIVE_ROLE=積極的役割を担う医療機関" },
    { key: "typeName", label: "種類", type: "string", description: "指定の種類の名称" },
    { key: "status", label: "状態コード", type: "string", description: "DESIGNATED=指定、REVOKED=取消、EXPIRED=期間満了" },
    { key: "statusName", label: "状態", type: "string", description: "状態の名称" },
    { key: "organisation", label: "指定先", type: "string", description: "指定を受けた団体・医療機関の名称" },
    { key: "regionCodes", label: "在宅医療圏コード", type: "list", description: "対象の在宅医療圏（現在。終了したものは終了時点）" },
    { key: "regionNames", label: "在宅医療圏名", type: "list", description: "対象の在宅医療圏の名称" },
    { key: "designatedOn", label: "指定日", type: "date", nullable: true, description: "指定の日" },
    { key: "periodEndsOn", label: "指定期間の最終日", type: "date", nullable: true, description: "指定期間の最終日（定めのないときは空）" },
    { key: "endedOn", label: "終了日", type: "date", nullable: true, description: "取消・期間満了の日" },
    { key: "noticeNumber", label: "指定通知の番号", type: "string", nullable: true, description: "指定通知の文書番号" },
    sample,
  ],
};

export const roadmapDataset: OpenDataset = {
  key: "roadmap",
  title: "ロードマップ（令和6〜11年度）の目標・計画・実績",
  description: "年度ごとの目標（拠点と積極的役割を担う医療機関がそろう在宅医療圏の数）、その年度に指定を計画している在宅医療圏の数、指定済みの在宅医療圏の数。",
  portalOwn: true,
  sourceKeys: [],
  path: `${OPEN_DATA_BASE}/roadmap`,
  rowMeaning: "1行に1年度",
  parameters: [],
  columns: [
    { key: "fiscalYear", label: "年度（西暦）", type: "integer", description: "年度の開始年（令和6年度=2024）" },
    { key: "fiscalYearName", label: "年度", type: "string", description: "和暦の年度" },
    { key: "targetMin", label: "目標（下限）", type: "integer", nullable: true, description: "この年度に新たにそろえる在宅医療圏の数の下限（残りすべての年度は空）" },
    { key: "targetMax", label: "目標（上限）", type: "integer", nullable: true, description: "同じく上限" },
    { key: "targetRemaining", label: "目標（残りすべて）", type: "boolean", description: "残る在宅医療圏すべてを目標とする年度" },
    { key: "plannedRegions", label: "計画した在宅医療圏の数", type: "integer", description: "この年度に指定を計画している在宅医療圏の数（累計ではない）" },
    { key: "designatedBase", label: "拠点のある在宅医療圏の数", type: "integer", description: "年度末（当年度以降は今日）時点で拠点が有効な在宅医療圏の数（累計）" },
    { key: "designatedActiveRole", label: "積極的役割医療機関のある在宅医療圏の数", type: "integer", description: "同じく積極的役割を担う医療機関が有効な在宅医療圏の数" },
    { key: "designatedDone", label: "両方そろった在宅医療圏の数", type: "integer", description: "同じく両方が有効な在宅医療圏の数" },
    { key: "countedOn", label: "集計日", type: "date", description: "指定済みの数を数えた日" },
  ],
};

export const subsidyMenusDataset: OpenDataset = {
  key: "subsidy-menus",
  title: "補助メニュー（地域医療介護総合確保基金）",
  description: "年度ごとの補助メニューの基準額と補助率の上限、対象となる申請者、経費区分、要件。",
  portalOwn: true,
  sourceKeys: [],
  path: `${OPEN_DATA_BASE}/subsidy-menus`,
  rowMeaning: "1行に1メニュー",
  parameters: [{ name: "fiscalYear", label: "年度", description: "西暦の開始年（省略時は今年度、なければ直近の年度）" }],
  columns: [
    { key: "fiscalYear", label: "年度（西暦）", type: "integer", description: "年度の開始年" },
    { key: "programmeCode", label: "事業コード", type: "string", description: "事業のコード" },
    { key: "programmeName", label: "事業名", type: "string", description: "メニューが属する事業" },
    { key: "code", label: "メニューコード", type: "string", description: "補助メニューのコード" },
    { key: "name", label: "メニュー名", type: "string", description: "補助メニューの名称" },
    { key: "baseKind", label: "基準額の種類", type: "string", description: "ITEMS_ONLY=経費区分の合計のみ、FIXED=定額、PER_UNIT=単位あたり、PER_APPLICANT_TYPE=申請者の種別ごと、NONE=なし" },
    { key: "baseAmountYen", label: "基準額（円）", type: "integer", nullable: true, description: "メニューの基準額（空は本庁が未入力、または申請者の種別ごと）" },
    { key: "baseUnit", label: "基準額の単位", type: "string", nullable: true, description: "単位あたりの基準額の単位" },
    { key: "rateNumerator", label: "補助率（分子）", type: "integer", description: "補助率の上限の分子" },
    { key: "rateDenominator", label: "補助率（分母）", type: "integer", description: "補助率の上限の分母（10/10 以内なら 10）" },
    { key: "applicantTypes", label: "対象となる申請者", type: "list", description: "申請できる者の種別" },
    { key: "items", label: "経費区分", type: "list", description: "経費区分の名称" },
    { key: "conditions", label: "要件", type: "list", description: "申請の要件" },
    sample,
  ],
};

export const budgetExecutionDataset: OpenDataset = {
  key: "budget-execution",
  title: "予算の執行状況（事業・年度ごとの集計）",
  description: "地域医療介護総合確保基金の予算事業ごと・年度ごとの予算額、交付決定額、確定額。個々の申請・申請者の情報は含みません。",
  portalOwn: true,
  sourceKeys: [],
  path: `${OPEN_DATA_BASE}/budget-execution`,
  rowMeaning: "1行に1事業・1年度",
  parameters: [],
  columns: [
    { key: "fiscalYear", label: "年度（西暦）", type: "integer", description: "年度の開始年" },
    { key: "fiscalYearName", label: "年度", type: "string", description: "和暦の年度" },
    { key: "lineCode", label: "事業コード", type: "string", description: "予算事業のコード" },
    { key: "lineName", label: "事業名", type: "string", description: "予算事業の名称（道の資料の名称）" },
    { key: "programmeName", label: "区分", type: "string", nullable: true, description: "予算事業が属する事業（資料が名を挙げる場合）" },
    { key: "initialYen", label: "当初予算額（円）", type: "integer", description: "当初予算額" },
    { key: "supplementYen", label: "補正額（円）", type: "integer", description: "補正額の合計（補正日が今日までのもの）" },
    { key: "budgetYen", label: "予算額（円）", type: "integer", description: "当初予算額＋補正額" },
    { key: "committedYen", label: "交付決定額（円）", type: "integer", description: "交付決定額の合計（減額・取消を差し引いた額）" },
    { key: "paidYen", label: "確定額（円）", type: "integer", description: "額の確定をした額の合計" },
    sample,
  ],
  notes: [
    "始まった年度（4月1日が今日以前）の予算だけを載せます。議決前の翌年度予算は載せません。",
    "補正は補正日が今日以前のものだけを予算額に含めます。",
    "交付決定額・確定額は、決裁を経て交付決定・額の確定をしたものだけの合計です。作成中・審査中の申請は含みません。",
    "申請者ごとの額、申請の件数、メニューごとの内訳は載せません。",
  ],
};
