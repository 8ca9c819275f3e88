// Schemas of the facility API: query parameters, request bodies and responses of the counts of
// 在宅療養支援診療所・病院, the facility list and 本庁's import. The route handlers parse with them and
// the OpenAPI document is generated from them (lib/api/openapi.ts). Imports nothing server-side.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";

const Ref = z.object({ code: z.string(), name: z.string() });

export const FacilityAsOfSchema = z
  .string()
  .refine(isIsoDate, { message: "asOf は YYYY-MM-DD 形式の日付で指定してください" })
  .optional()
  .meta({
    description: "この日に有効な名簿（この日以前で最新の「現在」日付のもの）と、この日時点の区域で数えます。省略時は最新の名簿と日本時間の今日の区域",
    example: "2025-10-01",
  });

export const CountLevelSchema = z.enum(["homecare", "secondary", "municipality"], {
  error: "level は homecare（在宅医療圏）、secondary（二次医療圏）、municipality（市町村）のいずれかを指定してください",
});

export const FacilityCountsQuerySchema = z.object({
  level: CountLevelSchema.meta({ description: "数える区域: homecare=在宅医療圏, secondary=二次医療圏, municipality=市町村（札幌市は区ごと）" }),
  asOf: FacilityAsOfSchema,
});
export type FacilityCountsQuery = z.output<typeof FacilityCountsQuerySchema>;

export const TypeCountsSchema = z
  .object({
    type1: z.number().int().meta({ description: "機能強化型（単独型）" }),
    type2: z.number().int().meta({ description: "機能強化型（連携型）" }),
    type3: z.number().int().meta({ description: "従来型" }),
    total: z.number().int().meta({ description: "計" }),
  })
  .meta({ id: "FacilityTypeCounts", description: "類型別の施設数" });

const Per100kSchema = z
  .object({ clinics: z.number().nullable(), hospitals: z.number().nullable() })
  .meta({ description: "人口10万人あたり（令和2年国勢調査人口、小数第1位）。人口が不明なら null" });

export const FacilitySourceSchema = z
  .object({
    asOf: z.string().meta({ description: "名簿の「現在」日付" }),
    title: z.string(),
    publisher: z.string(),
    attribution: z.string().meta({ description: "出典の表示（利用時に明記してください）" }),
    url: z.string().nullable(),
    licence: z.string().nullable(),
    fileName: z.string().meta({ description: "取り込んだファイルの名前" }),
    importedAt: z.string().meta({ description: "取り込んだ日時（ISO 8601）" }),
  })
  .meta({ id: "FacilitySource", description: "出典（地方厚生局「届出受理医療機関名簿」）" });

export const FacilityCountItemSchema = Ref.extend({
  population2020: z.number().int().nullable().meta({ description: "令和2年国勢調査人口" }),
  clinics: TypeCountsSchema.meta({ description: "在宅療養支援診療所" }),
  hospitals: TypeCountsSchema.meta({ description: "在宅療養支援病院" }),
  per100k: Per100kSchema,
}).meta({ id: "FacilityCount", description: "区域ごとの在支診・在支病の数" });

export const FacilityCountsResponseSchema = z
  .object({
    asOf: z.string().meta({ description: "数えた名簿の「現在」日付" }),
    source: FacilitySourceSchema,
    data: z.array(FacilityCountItemSchema),
    totals: z.object({
      population2020: z.number().int().nullable(),
      clinics: TypeCountsSchema,
      hospitals: TypeCountsSchema,
      per100k: Per100kSchema,
    }).meta({ description: "都道府県全体（住所から市町村を判定できなかった施設も含む）" }),
  })
  .meta({ id: "FacilityCounts" });
export type FacilityCountsResponse = z.output<typeof FacilityCountsResponseSchema>;

export const FacilitiesQuerySchema = z.object({
  region: z
    .string()
    .trim()
    .max(20, "region は20文字以内の在宅医療圏コードで指定してください")
    .optional()
    .meta({ description: "在宅医療圏コード（asOf 時点の構成市町村で絞り込み）", example: "0104" }),
  municipality: z
    .string()
    .regex(/^\d{5}$/, "municipality は5桁の全国地方公共団体コードで指定してください")
    .optional()
    .meta({ description: "市町村・区のコード（5桁）。政令指定都市のコードはその区すべてを含む", example: "01202" }),
  q: z
    .string()
    .trim()
    .max(100, "q は100文字以内で指定してください")
    .optional()
    .meta({ description: "医療機関名称・住所の一部、または医療機関番号（7桁）" }),
  kind: z
    .enum(["clinic", "hospital"], { error: "kind は clinic（在宅療養支援診療所）または hospital（在宅療養支援病院）を指定してください" })
    .transform((k) => (k === "clinic" ? ("CLINIC" as const) : ("HOSPITAL" as const)))
    .optional()
    .meta({ description: "clinic=在宅療養支援診療所, hospital=在宅療養支援病院" }),
  type: z
    .enum(["1", "2", "3"], { error: "type は 1（機能強化型・単独型）、2（機能強化型・連携型）、3（従来型）のいずれかを指定してください" })
    .transform((t) => Number(t) as 1 | 2 | 3)
    .optional()
    .meta({ description: "類型: 1=機能強化型（単独型）, 2=機能強化型（連携型）, 3=従来型" }),
  asOf: FacilityAsOfSchema,
});
export type FacilitiesQuery = z.output<typeof FacilitiesQuerySchema>;

export const FacilityKindSchema = z.enum(["CLINIC", "HOSPITAL"]).meta({ description: "CLINIC=在宅療養支援診療所, HOSPITAL=在宅療養支援病院" });

export const FacilityItemSchema = z
  .object({
    institutionNumber: z.string().meta({ description: "医療機関番号（7桁）" }),
    name: z.string(),
    postalCode: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    kind: FacilityKindSchema,
    supportType: z.number().int().meta({ description: "類型: 1=機能強化型（単独型）, 2=機能強化型（連携型）, 3=従来型" }),
    supportSince: z.string().nullable().meta({ description: "その類型の算定開始年月日" }),
    municipality: Ref.meta({ description: "所在する市町村（札幌市は区）" }),
    homeCareRegion: Ref.nullable().meta({ description: "asOf 時点の在宅医療圏" }),
  })
  .meta({ id: "Facility", description: "在宅療養支援診療所・病院" });

export const FacilitiesResponseSchema = z
  .object({ asOf: z.string().meta({ description: "名簿の「現在」日付" }), source: FacilitySourceSchema, data: z.array(FacilityItemSchema) })
  .meta({ id: "FacilityList" });
export type FacilitiesResponse = z.output<typeof FacilitiesResponseSchema>;

// 本庁's import of the official list through the API.

export const FacilityImportParamsSchema = z.object({
  importId: z.string().meta({ description: "取込みの ID（POST /api/v1/facility-imports の応答の id）" }),
});

export const FacilityImportUploadSchema = z.object({
  file: z.file({ error: "file に地方厚生局の「届出受理医療機関名簿」の xlsx ファイルを指定してください" }).meta({
    description: "地方厚生局の「届出受理医療機関名簿」（医科）の xlsx ファイル（加工せずに）",
  }),
});

export const FacilityImportCommitSchema = z.object({
  expectedVersion: z
    .number({ error: "expectedVersion は整数で指定してください" })
    .int("expectedVersion は整数で指定してください")
    .optional()
    .meta({ description: "確認した取込みの version。その後に他の利用者が変更していれば 409" }),
});

const ImportedFacilitySchema = z.object({
  institutionNumber: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  kind: FacilityKindSchema,
  supportType: z.number().int().nullable().meta({ description: "この名簿での類型（null: 在支診・在支病でなくなった）" }),
  previousType: z.number().int().nullable().meta({ description: "前回の名簿での類型" }),
  municipality: z.string().nullable(),
});

const Counts = z.object({ clinics: TypeCountsSchema, hospitals: TypeCountsSchema });

export const FacilityImportPreviewSchema = z
  .object({
    byRegion: z.array(Ref.extend(Counts.shape)).meta({ description: "名簿の「現在」日付時点の在宅医療圏ごとの数" }),
    totals: Counts,
    previous: z.object({ asOf: z.string(), fileName: z.string() }).nullable().meta({ description: "比較した前回の名簿" }),
    added: z.array(ImportedFacilitySchema).meta({ description: "前回の名簿になかった在支診・在支病" }),
    withdrawn: z.array(ImportedFacilitySchema).meta({ description: "前回の名簿にあり、今回なくなったもの" }),
    changed: z.array(ImportedFacilitySchema).meta({ description: "類型または種別が変わったもの" }),
    unmatched: z
      .array(ImportedFacilitySchema.extend({ assignedCode: z.string().nullable() }))
      .meta({ description: "住所から市町村を判定できなかったもの（assignedCode は割り当てた市町村）" }),
    ties: z
      .array(ImportedFacilitySchema.extend({ note: z.string().nullable() }))
      .meta({ description: "同じ算定開始日で二つの類型に載っていたもの（小さい番号を採用）" }),
    duplicateOf: z
      .object({ asOf: z.string(), fileName: z.string(), importedAt: z.string() })
      .nullable()
      .meta({ description: "同じファイルを取り込み済み（確定しても変更なし）" }),
    replaces: z.object({ asOf: z.string(), fileName: z.string() }).nullable().meta({ description: "確定すると置き換わる同じ「現在」日付の名簿" }),
  })
  .meta({ id: "FacilityImportPreview" });

export const FacilityImportViewSchema = z
  .object({
    id: z.string(),
    status: z
      .enum(["PARSING", "PREVIEW", "COMMITTED", "FAILED", "DISCARDED"])
      .meta({ description: "PARSING=読み込み中, PREVIEW=確認待ち, COMMITTED=取込済み, FAILED=失敗, DISCARDED=取消し" }),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    rowsRead: z.number().int(),
    percent: z.number(),
    title: z.string().nullable().meta({ description: "名簿の表題" }),
    asOf: z.string().nullable().meta({ description: "名簿の「現在」日付" }),
    rowCount: z.number().int().nullable(),
    facilityCount: z.number().int().nullable(),
    error: z.string().nullable().meta({ description: "失敗の理由（日本語）" }),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    finishedAt: z.string().nullable(),
    version: z.number().int().meta({ description: "確定のときに expectedVersion として送る値" }),
    snapshot: z.object({ id: z.number().int(), asOf: z.string() }).nullable().meta({ description: "確定した名簿" }),
    preview: FacilityImportPreviewSchema.nullable().meta({ description: "確認待ちのときの内容" }),
  })
  .meta({ id: "FacilityImport", description: "医療機関名簿の取込み" });
export type FacilityImportViewResponse = z.output<typeof FacilityImportViewSchema>;

export const FacilityImportCommitResultSchema = z
  .object({
    snapshotId: z.number().int(),
    created: z.boolean().meta({ description: "false: 同じファイルが取り込み済みで、何も変わらなかった" }),
    asOf: z.string().meta({ description: "名簿の「現在」日付" }),
  })
  .meta({ id: "FacilityImportCommitResult" });
