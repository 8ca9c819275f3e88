// Schemas of the public geography API: query parameters and response items. The route handlers
// parse with them and the OpenAPI document is generated from them (lib/api/openapi.ts).
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";

export const AsOfSchema = z
  .string()
  .refine(isIsoDate, { message: "asOf は YYYY-MM-DD 形式の日付で指定してください" })
  .optional()
  .meta({ description: "この日時点の区域（省略時は日本時間の今日）", example: "2026-04-01" });

/** `date` is accepted as another name for `asOf` (the issue tracker and the pages say "date"). */
export const DateAliasSchema = z
  .string()
  .refine(isIsoDate, { message: "date は YYYY-MM-DD 形式の日付で指定してください" })
  .optional()
  .meta({ description: "asOf の別名（両方あるときは asOf）", example: "2027-04-01" });

export const RegionLevelSchema = z.enum(["tertiary", "secondary", "homecare"], {
  error: "level は tertiary（三次医療圏）、secondary（二次医療圏）、homecare（在宅医療圏）のいずれかを指定してください",
});

export const RegionsQuerySchema = z.object({
  level: RegionLevelSchema.meta({ description: "区域の階層: tertiary=三次医療圏, secondary=二次医療圏, homecare=在宅医療圏" }),
  asOf: AsOfSchema,
  date: DateAliasSchema,
});

export const MapLevelSchema = z.enum(["tertiary", "secondary", "homecare", "municipality"], {
  error: "level は tertiary、secondary、homecare、municipality のいずれかを指定してください",
});

export const RegionsGeoJsonQuerySchema = z.object({
  level: MapLevelSchema.meta({ description: "区域の階層（municipality=市町村。政令指定都市は区ごと）" }),
  asOf: AsOfSchema,
  date: DateAliasSchema,
});

export const MunicipalitiesQuerySchema = z.object({
  asOf: AsOfSchema,
  includeWards: z
    .enum(["true", "false"], { error: "includeWards は true または false を指定してください" })
    .optional()
    .meta({ description: "true のとき政令指定都市の区も含める（既定: false）" }),
});

const Ref = z.object({ code: z.string(), name: z.string() });

const TertiaryItem = Ref.extend({
  level: z.literal("tertiary"),
  parents: z.object({ prefecture: Ref }),
}).meta({ id: "TertiaryRegion", description: "三次医療圏" });

const SecondaryItem = Ref.extend({
  level: z.literal("secondary"),
  population2020: z.number().int().nullable().meta({ description: "令和2年国勢調査人口" }),
  areaKm2: z.number().nullable().meta({ description: "面積（km²）" }),
  parents: z.object({ prefecture: Ref, tertiary: Ref }),
}).meta({ id: "SecondaryRegion", description: "二次医療圏（コードは厚生労働省の二次医療圏コード）" });

const HomeCareItem = Ref.extend({
  level: z.literal("homecare"),
  provisional: z.boolean().meta({ description: "暫定の区域（正式な定義が未登録）" }),
  validFrom: z.string().meta({ description: "有効期間の開始日" }),
  validTo: z.string().nullable().meta({ description: "有効期間の終了日（この日を含まない）。null は継続中" }),
  memberCodes: z.array(z.string()).meta({ description: "構成市町村・区の全国地方公共団体コード（5桁）" }),
  population2020: z.number().int().nullable(),
  leadHealthCenters: z.array(z.object({ name: z.string(), isSample: z.boolean() })).meta({ description: "担当保健所（isSample はデモ用のサンプル）" }),
  parents: z.object({ prefecture: Ref, tertiary: Ref.nullable(), secondary: Ref.nullable() }),
}).meta({ id: "HomeCareRegion", description: "在宅医療圏（コードは本庁が付番し、再利用しない）" });

export const RegionItemSchema = z.discriminatedUnion("level", [TertiaryItem, SecondaryItem, HomeCareItem]);
export const RegionsResponseSchema = z.object({ data: z.array(RegionItemSchema) });
export type RegionItem = z.infer<typeof RegionItemSchema>;

export const MunicipalityItemSchema = Ref.extend({
  lgCode6: z.string().nullable().meta({ description: "検査数字付き6桁コード" }),
  kana: z.string().nullable(),
  kind: z.enum(["DESIGNATED_CITY", "CITY", "TOWN", "VILLAGE", "WARD"]),
  district: z.string().nullable().meta({ description: "郡" }),
  subprefecture: z.string().nullable().meta({ description: "総合振興局・振興局" }),
  population2020: z.number().int().nullable(),
  population65Plus2020: z.number().int().nullable(),
  parents: z.object({
    prefecture: Ref,
    tertiary: Ref.nullable(),
    secondary: Ref.nullable(),
    city: Ref.nullable().meta({ description: "区の場合の市" }),
    homeCareRegion: Ref.nullable().meta({ description: "asOf 時点の在宅医療圏（政令指定都市は区ごとに所属するため null）" }),
  }),
}).meta({ id: "Municipality", description: "市町村（code は全国地方公共団体コード5桁）" });
export const MunicipalitiesResponseSchema = z.object({ data: z.array(MunicipalityItemSchema) });

export const FeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        geometry: z.unknown().meta({ description: "GeoJSON Polygon または MultiPolygon（表示用に簡略化）" }),
        properties: z.object({
          level: MapLevelSchema,
          code: z.string(),
          name: z.string(),
          population2020: z.number().int().nullable(),
          provisional: z.boolean().optional(),
          homeCareRegion: Ref.nullable().optional(),
        }),
      }),
    ),
  })
  .meta({ id: "RegionFeatureCollection", description: "区域の境界（GeoJSON）。出典: 「国土数値情報（行政区域データ）」（国土交通省）を加工して作成" });
