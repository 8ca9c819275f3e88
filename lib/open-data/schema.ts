// Schemas of the open-data API: each dataset's query and response (its rows' schema comes from its
// columns), and the catalogue. The route handlers parse with them; the OpenAPI document is made
// from them. Client-safe.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { AsOfSchema, MunicipalitiesQuerySchema } from "@/lib/geography/schema";
import { FiscalYearQuerySchema } from "@/lib/subsidies/schema";
import { openDatasetOf } from "./catalogue";
import { COLUMN_TYPE_LABELS, rowSchemaOf, type Column } from "./columns";
import type { OpenDatasetKey } from "./types";

export const OpenDataRegionsQuerySchema = z.object({
  level: z
    .enum(["homecare", "secondary", "tertiary"], { error: "level は homecare（在宅医療圏）、secondary（二次医療圏）、tertiary（三次医療圏）のいずれかを指定してください" })
    .default("homecare")
    .meta({ description: "区域の階層（既定: homecare=在宅医療圏）" }),
  asOf: AsOfSchema,
});

export const OpenDataMunicipalitiesQuerySchema = MunicipalitiesQuerySchema;

const SnapshotSchema = z
  .string()
  .refine(isIsoDate, { message: "snapshot は YYYY-MM-DD 形式の日付で指定してください" })
  .optional()
  .meta({ description: "名簿の「現在」日付（取り込んだ名簿のどれか。省略時は最新）。ない日付は 404", example: "2025-10-01" });

export const OpenDataFacilityCountsQuerySchema = z.object({
  level: z
    .enum(["homecare", "secondary", "municipality"], { error: "level は homecare（在宅医療圏）、secondary（二次医療圏）、municipality（市町村）のいずれかを指定してください" })
    .default("homecare")
    .meta({ description: "数える区域（既定: homecare=在宅医療圏。municipality の札幌市は区ごと）" }),
  snapshot: SnapshotSchema,
});

export const OpenDataFacilitiesQuerySchema = z.object({ snapshot: SnapshotSchema });
export const OpenDataSubsidyMenusQuerySchema = FiscalYearQuerySchema;

export const AttributionSchema = z
  .object({
    text: z.string().meta({ description: "出典の表示（利用時にこのとおり明記してください）" }),
    publisher: z.string(),
    licence: z.string().nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: "OpenDataAttribution" });

export const OpenDatasetMetaSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    description: z.string(),
    rowMeaning: z.string().meta({ description: "1行が表すもの" }),
    licence: z.string().meta({ description: "このデータセットの利用条件" }),
    attributions: z.array(AttributionSchema).meta({ description: "明記が必要な出典（ポータル自身のデータを含む）" }),
    updatedOn: z.string().nullable().meta({ description: "最終更新日（YYYY-MM-DD、日本時間）。データがなければ null" }),
    updatedOnWareki: z.string().nullable().meta({ description: "最終更新日（和暦）", example: "令和8年11月24日" }),
    asOf: z.string().nullable().meta({ description: "基準日（区域）または名簿の「現在」日付" }),
    recordCount: z.number().int().meta({ description: "data の件数（CSV の行数。見出しを除く）" }),
    parameters: z.record(z.string(), z.string()).meta({ description: "この応答を作った条件（省略したものは既定値）" }),
    notes: z.array(z.string()).meta({ description: "載せるもの・載せないものの注記" }),
  })
  .meta({ id: "OpenDatasetMeta" });

export const OpenDataColumnSchema = z
  .object({
    key: z.string().meta({ description: "JSON の項目名" }),
    label: z.string().meta({ description: "CSV の見出し" }),
    type: z.enum(Object.keys(COLUMN_TYPE_LABELS) as [Column["type"], ...Column["type"][]]),
    nullable: z.boolean(),
    description: z.string(),
  })
  .meta({ id: "OpenDataColumn", description: "列の説明（データ辞書）" });

const pascal = (key: string) => key.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

/** The response of one dataset: its description, its columns and its rows. */
export function openDataResponseSchema(key: OpenDatasetKey) {
  const dataset = openDatasetOf(key);
  const id = `OpenData${pascal(key)}`;
  return z
    .object({ dataset: OpenDatasetMetaSchema, columns: z.array(OpenDataColumnSchema), data: z.array(rowSchemaOf(dataset.columns, `${id}Row`)) })
    .meta({ id, description: `${dataset.title}（${dataset.rowMeaning}）` });
}

export type OpenDataResponse = z.input<ReturnType<typeof openDataResponseSchema>>;
export type OpenDatasetMeta = z.output<typeof OpenDatasetMetaSchema>;

export const OpenDataCatalogueSchema = z
  .object({
    data: z.array(
      OpenDatasetMetaSchema.extend({
        csvUrl: z.string().meta({ description: "既定の条件の CSV（UTF-8、BOM 付き）" }),
        jsonUrl: z.string().meta({ description: "既定の条件の JSON" }),
        columns: z.array(OpenDataColumnSchema),
      }),
    ),
  })
  .meta({ id: "OpenDataCatalogue", description: "オープンデータの一覧（件数と最終更新日は既定の条件のもの）" });

export type CatalogueEntry = z.output<typeof OpenDataCatalogueSchema>["data"][number];
