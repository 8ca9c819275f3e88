// Every API endpoint, declared once. A test (tests/integration/api-contract.test.ts) fails when a
// route handler exists under app/ without an entry here.
import { z } from "zod";
import {
  FeatureCollectionSchema,
  MunicipalitiesQuerySchema,
  MunicipalitiesResponseSchema,
  RegionsGeoJsonQuerySchema,
  RegionsQuerySchema,
  RegionsResponseSchema,
} from "@/lib/geography/schema";
import { AuditFilterSchema } from "@/lib/audit/schema";
import {
  FacilitiesQuerySchema,
  FacilitiesResponseSchema,
  FacilityCountsQuerySchema,
  FacilityCountsResponseSchema,
  FacilityImportCommitResultSchema,
  FacilityImportCommitSchema,
  FacilityImportParamsSchema,
  FacilityImportUploadSchema,
  FacilityImportViewSchema,
} from "@/lib/facilities/schema";
import {
  CalculationRequestSchema,
  CalculationResponseSchema,
  FiscalYearQuerySchema,
  SubsidyMenusResponseSchema,
} from "@/lib/subsidies/schema";
import { BudgetsQuerySchema, BudgetsResponseSchema } from "@/lib/budgets/schema";
import { DashboardCsvQuerySchema } from "@/lib/dashboard/schema";
import {
  DesignationParamsSchema,
  DesignationResponseSchema,
  DesignationsQuerySchema,
  DesignationsResponseSchema,
  RoadmapResponseSchema,
} from "@/lib/designations/api-schema";
import { QueueFilterSchema } from "@/lib/reviews/queue-schema";
import { GoodPracticesQuerySchema, GoodPracticesResponseSchema } from "@/lib/good-practices/api-schema";
import { defineEndpoint } from "./endpoint";
import { openDataEndpoints } from "./open-data-endpoints";

const PUBLIC_CACHE = "public, max-age=60";

export const regionsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/regions",
  operationId: "listRegions",
  summary: "医療圏・在宅医療圏の一覧",
  description: "三次医療圏・二次医療圏・在宅医療圏を、上位の区域（parents）とともに返します。在宅医療圏は asOf 時点で有効なもの。",
  tags: ["地域"],
  query: RegionsQuerySchema,
  response: RegionsResponseSchema,
  csv: { description: "1行に1区域。列は階層によって異なり、最後の列「基準日」は asOf（省略時は今日）。" },
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const regionsGeoJsonEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/regions.geojson",
  operationId: "getRegionBoundaries",
  summary: "区域の境界（GeoJSON）",
  description: "地図表示用の境界。出典: 「国土数値情報（行政区域データ）」（国土交通省）を加工して作成（1%に簡略化した表示用の精度）。",
  tags: ["地域"],
  query: RegionsGeoJsonQuerySchema,
  response: FeatureCollectionSchema,
  contentType: "application/geo+json",
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const municipalitiesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/municipalities",
  operationId: "listMunicipalities",
  summary: "市町村の一覧",
  description: "市町村（政令指定都市は1件、includeWards=true で区も）を、三次・二次医療圏と asOf 時点の在宅医療圏とともに返します。",
  tags: ["地域"],
  query: MunicipalitiesQuerySchema,
  response: MunicipalitiesResponseSchema,
  csv: { description: "1行に1市町村（区）。最後の列「基準日」は asOf（省略時は今日）。" },
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

const FACILITY_CSV_SOURCE = "列「現在日」は名簿の「現在」日付、「出典」は出典の表示（どの行にも同じ値）。";

export const facilityCountsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/facility-counts",
  operationId: "getFacilityCounts",
  summary: "在宅療養支援診療所・病院の数（在宅医療圏・二次医療圏・市町村ごと）",
  description:
    "地方厚生局の「届出受理医療機関名簿」から数えた在支診・在支病の数を、類型別（機能強化型（単独型）・機能強化型（連携型）・従来型）に返します。asOf 以前に名簿がなければ 404。",
  tags: ["医療機関"],
  query: FacilityCountsQuerySchema,
  response: FacilityCountsResponseSchema,
  csv: { description: `1行に1区域（合計の行はありません）。${FACILITY_CSV_SOURCE}` },
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const facilitiesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/facilities",
  operationId: "listFacilities",
  summary: "在宅療養支援診療所・病院の一覧",
  description: "名簿に掲載された在支診・在支病を、在宅医療圏・市町村・名称・種別・類型で絞り込んで返します（市町村コード、名称の順）。",
  tags: ["医療機関"],
  query: FacilitiesQuerySchema,
  response: FacilitiesResponseSchema,
  csv: { description: `1行に1医療機関。${FACILITY_CSV_SOURCE}` },
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const facilityImportCreateEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/facility-imports",
  operationId: "createFacilityImport",
  summary: "医療機関名簿の取込み（本庁）: ファイルを読み込み、確認用の内容を返す",
  description:
    "地方厚生局の「届出受理医療機関名簿」の xlsx を読み込み、確認待ち（PREVIEW）の取込みを返します。まだ何も反映されません。読めないファイルは 422（理由は日本語の message）。",
  tags: ["医療機関"],
  body: { type: "multipart/form-data", schema: FacilityImportUploadSchema },
  response: FacilityImportViewSchema,
  status: 201,
  security: "session",
  errors: [400, 401, 403, 413, 422, 429, 500],
});

export const facilityImportEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/facility-imports/{importId}",
  operationId: "getFacilityImport",
  summary: "医療機関名簿の取込みの状態と確認用の内容（本庁）",
  tags: ["医療機関"],
  params: FacilityImportParamsSchema,
  response: FacilityImportViewSchema,
  security: "session",
  errors: [401, 403, 404, 429, 500],
});

export const facilityImportCommitEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/facility-imports/{importId}/commit",
  operationId: "commitFacilityImport",
  summary: "医療機関名簿の取込みを確定する（本庁）",
  description:
    "確認待ちの取込みを名簿として反映します（すべてか、何もしないか）。同じファイルが取り込み済みなら何も変えず created: false。確定済みの取込みをもう一度確定しても同じ答えです。",
  tags: ["医療機関"],
  params: FacilityImportParamsSchema,
  body: { type: "application/json", schema: FacilityImportCommitSchema, required: false },
  response: FacilityImportCommitResultSchema,
  security: "session",
  errors: [400, 401, 403, 404, 409, 422, 429, 500],
});

export const subsidyMenusEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/subsidy-menus",
  operationId: "listSubsidyMenus",
  summary: "補助メニューの一覧（地域医療介護総合確保基金）",
  description:
    "年度の補助メニューを事業順に返します: 基準額（円。amountYen が null のものは本庁が未入力）、補助率の上限（分数）、対象となる申請者の種別、経費区分、要件。その年度の補助メニューがなければ 404。",
  tags: ["補助金"],
  query: FiscalYearQuerySchema,
  response: SubsidyMenusResponseSchema,
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const subsidyCalculationEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/subsidy-calculations",
  operationId: "calculateSubsidy",
  summary: "補助額の試算",
  description:
    "(1) 経費区分ごとに基準額と実支出予定額の少ない方、その合計をメニューの基準額で抑え、(2) 総事業費から寄付金その他の収入額を引いた額と比べて少ない方、(3) 補助率（上限）を掛け、(4) 1,000円未満を切り捨てます。各段階と、その額を決めた上限（decidedBy）を返します。入力の誤りは 422（どの項目かを日本語の message で）。",
  tags: ["補助金"],
  body: { type: "application/json", schema: CalculationRequestSchema },
  response: CalculationResponseSchema,
  errors: [400, 422, 500],
});

export const goodPracticesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/good-practices",
  operationId: "listGoodPractices",
  summary: "先進事例集（都道府県の在宅医療・介護連携の取組）",
  description:
    "全国の事例集の39事例と本庁が追加した事例を、全項目（背景・目的・特長・成果・課題・提言）、テーマタグ、年度ごとの予算（円。原文に金額がなければ null と注記）とともに返します。q（キーワード）、prefecture（都道府県コード）、theme（テーマタグ）で絞り込めます。",
  tags: ["先進事例"],
  query: GoodPracticesQuerySchema,
  response: GoodPracticesResponseSchema,
  errors: [400, 500],
  cacheControl: PUBLIC_CACHE,
});

export const budgetsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/budgets",
  operationId: "listBudgets",
  summary: "予算事業別の予算と執行状況（本庁）",
  description: "年度の予算事業ごとに、当初予算・補正・現計・交付決定額・確定額・残額を円で返します。本庁管理者・本庁担当のみ。",
  tags: ["予算"],
  query: BudgetsQuerySchema,
  response: BudgetsResponseSchema,
  security: "session",
  errors: [400, 401, 403, 429, 500],
});

export const openApiEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "この API の OpenAPI 3.1 文書",
  tags: ["API"],
  response: z.object({ openapi: z.string() }).loose().meta({ id: "OpenApiDocument" }),
  errors: [500],
});

export const designationsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/designations",
  operationId: "listDesignations",
  summary: "拠点・積極的役割医療機関の指定の一覧",
  description: "指定された（取消・期間満了を含む）ものだけを返します。候補・調整中の情報や調整メモは含みません。",
  tags: ["指定・ロードマップ"],
  query: DesignationsQuerySchema,
  response: DesignationsResponseSchema,
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const designationEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/designations/{designationId}",
  operationId: "getDesignation",
  summary: "指定1件（本庁はすべて、保健所は担当する在宅医療圏の候補も）",
  description: "ログインした利用者が見られる指定を1件返します。見られないもの（他の保健所の候補など）は 404。",
  tags: ["指定・ロードマップ"],
  params: DesignationParamsSchema,
  response: DesignationResponseSchema,
  security: "session",
  errors: [401, 404, 429, 500],
});

export const roadmapEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/roadmap",
  operationId: "getRoadmap",
  summary: "R6〜R11 のロードマップ（年度ごとの目標・計画・実績と、在宅医療圏ごとの状況）",
  description: "数は在宅医療圏の数（指定の件数ではない）。実績は指定済みのものだけを数えます。",
  tags: ["指定・ロードマップ"],
  response: RoadmapResponseSchema,
  errors: [404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const healthEndpoint = defineEndpoint({
  method: "get",
  path: "/api/health",
  operationId: "getHealth",
  summary: "稼働確認（プロセスが応答しているか）",
  tags: ["運用"],
  response: z.object({ status: z.literal("ok") }).meta({ id: "Health" }),
  errors: [],
});

export const readyEndpoint = defineEndpoint({
  method: "get",
  path: "/api/ready",
  operationId: "getReadiness",
  summary: "準備確認（データベースが応答するか）。応答しないときは 503",
  tags: ["運用"],
  response: z.object({ status: z.literal("ready") }).meta({ id: "Ready" }),
  errors: [503],
});

export const endpoints = [
  regionsEndpoint,
  regionsGeoJsonEndpoint,
  municipalitiesEndpoint,
  facilityCountsEndpoint,
  facilitiesEndpoint,
  facilityImportCreateEndpoint,
  facilityImportEndpoint,
  budgetsEndpoint,
  facilityImportCommitEndpoint,
  subsidyMenusEndpoint,
  subsidyCalculationEndpoint,
  goodPracticesEndpoint,
  designationsEndpoint,
  designationEndpoint,
  roadmapEndpoint,
  openApiEndpoint,
  healthEndpoint,
  readyEndpoint,
  ...openDataEndpoints,
];

/**
 * Endpoints of the signed-in portal (outside app/api): declared with the same zod schemas and
 * error shape, but not part of the public API document.
 */
export const auditExportEndpoint = defineEndpoint({
  method: "get",
  path: "/admin/audit/export",
  operationId: "exportAuditEntries",
  summary: "監査ログのCSV出力（本庁管理者・本庁担当）",
  description: "絞り込んだ監査ログを UTF-8（BOM付き）の CSV で返します。出力したことも監査ログに記録されます。",
  tags: ["監査"],
  query: AuditFilterSchema,
  response: z.string().meta({ id: "AuditCsv" }),
  contentType: "text/csv",
  errors: [400, 401, 404, 422, 500],
});

export const organisationImportTemplateEndpoint = defineEndpoint({
  method: "get",
  path: "/admin/organisations/import/template",
  operationId: "downloadOrganisationImportTemplate",
  summary: "団体一覧の取込みテンプレート（本庁管理者・本庁担当）",
  description: "団体一覧の取込みに使う見出しと記入例1行の CSV（UTF-8、BOM付き）を返します。",
  tags: ["団体"],
  response: z.string().meta({ id: "OrganisationImportTemplateCsv" }),
  contentType: "text/csv",
  errors: [401, 403, 500],
});

export const designationAttachmentEndpoint = defineEndpoint({
  method: "get",
  path: "/designations/{designationId}/attachments/{attachmentId}",
  operationId: "downloadDesignationAttachment",
  summary: "指定の添付ファイル（指定通知のPDFなど）のダウンロード（本庁・担当の保健所）",
  tags: ["指定・ロードマップ"],
  params: z.object({ designationId: z.string(), attachmentId: z.string() }),
  response: z.string(),
  contentType: "application/pdf",
  security: "session",
  errors: [401, 404, 500],
});

export const statusReportsCsvEndpoint = defineEndpoint({
  method: "get",
  path: "/reports/export.csv",
  operationId: "exportStatusReports",
  summary: "状況報告のCSV出力（本庁・保健所・支援センター：閲覧できる報告）",
  description: "指定した年度の、閲覧できるすべての状況報告を1行1報告の CSV（UTF-8、BOM付き）で返します。",
  tags: ["状況報告"],
  query: z.object({ year: z.coerce.number().int().min(2024).max(2100) }),
  response: z.string().meta({ id: "StatusReportsCsv" }),
  contentType: "text/csv",
  errors: [400, 401, 404, 500],
});

export const statusReportXlsxEndpoint = defineEndpoint({
  method: "get",
  path: "/reports/{reportId}/export.xlsx",
  operationId: "exportStatusReport",
  summary: "状況報告のExcel出力（閲覧できる報告）",
  tags: ["状況報告"],
  params: z.object({ reportId: z.string() }),
  response: z.string(),
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  security: "session",
  errors: [401, 404, 500],
});

export const statusReportAttachmentEndpoint = defineEndpoint({
  method: "get",
  path: "/reports/{reportId}/attachments/{attachmentId}",
  operationId: "downloadStatusReportAttachment",
  summary: "状況報告の添付ファイル（PDF）のダウンロード（報告を閲覧できる利用者）",
  tags: ["状況報告"],
  params: z.object({ reportId: z.string(), attachmentId: z.string() }),
  response: z.string(),
  contentType: "application/pdf",
  security: "session",
  errors: [401, 404, 500],
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const applicationAttachmentEndpoint = defineEndpoint({
  method: "get",
  path: "/applications/{applicationId}/attachments/{attachmentId}",
  operationId: "downloadApplicationAttachment",
  summary: "補助金申請の添付ファイルのダウンロード（申請した団体・本庁）",
  tags: ["補助金申請"],
  params: z.object({ applicationId: z.string(), attachmentId: z.string() }),
  response: z.string(),
  contentType: "application/octet-stream",
  security: "session",
  errors: [401, 404, 500],
});

export const reviewQueueExportEndpoint = defineEndpoint({
  method: "get",
  path: "/admin/reviews/export",
  operationId: "exportReviewQueue",
  summary: "審査一覧のCSV出力（本庁管理者・本庁担当）",
  tags: ["補助金の審査"],
  query: QueueFilterSchema,
  response: z.string(),
  contentType: "text/csv",
  security: "session",
  errors: [401, 403, 500],
});

export const applicationDocumentEndpoint = defineEndpoint({
  method: "get",
  path: "/application-documents/{applicationId}/{kind}",
  operationId: "downloadApplicationDocument",
  summary: "申請の書類（計画書・所要額明細書・交付決定通知書・確定通知書）のExcel（本庁・申請者）",
  tags: ["補助金の審査"],
  params: z.object({ applicationId: z.string(), kind: z.enum(["plan", "statement", "decision-notice", "confirmation-notice"]) }),
  response: z.string(),
  contentType: XLSX,
  security: "session",
  errors: [401, 404, 500],
});

export const documentTemplateEndpoint = defineEndpoint({
  method: "get",
  path: "/admin/document-templates/{kind}",
  operationId: "downloadDocumentTemplate",
  summary: "書類の様式（名前付きセルのExcelブック）のダウンロード（本庁）",
  tags: ["補助金の審査"],
  params: z.object({ kind: z.enum(["plan", "statement", "decision-notice", "confirmation-notice"]) }),
  response: z.string(),
  contentType: XLSX,
  security: "session",
  errors: [401, 403, 422, 500],
});

export const dashboardExportEndpoint = defineEndpoint({
  method: "get",
  path: "/admin/dashboard/export",
  operationId: "exportDashboardTable",
  summary: "ダッシュボードの表のCSV出力（本庁管理者・本庁担当）",
  description: "ダッシュボードの表（roadmap・budgets・facilities・reports・overdue）を UTF-8（BOM付き）の CSV で返します。金額は千円。",
  tags: ["ダッシュボード"],
  query: DashboardCsvQuerySchema,
  response: z.string().meta({ id: "DashboardCsv" }),
  contentType: "text/csv",
  security: "session",
  errors: [400, 401, 403, 500],
});

export const portalEndpoints = [
  dashboardExportEndpoint,
  auditExportEndpoint,
  organisationImportTemplateEndpoint,
  designationAttachmentEndpoint,
  statusReportsCsvEndpoint,
  statusReportXlsxEndpoint,
  statusReportAttachmentEndpoint,
  applicationAttachmentEndpoint,
  reviewQueueExportEndpoint,
  applicationDocumentEndpoint,
  documentTemplateEndpoint,
];
