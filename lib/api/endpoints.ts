// Every public JSON endpoint, declared once. A test (tests/integration/openapi.test.ts) fails when
// a route handler exists under app/api without an entry here.
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
import { defineEndpoint } from "./endpoint";

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
  errors: [400, 404, 500],
  cacheControl: PUBLIC_CACHE,
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

export const endpoints = [regionsEndpoint, regionsGeoJsonEndpoint, municipalitiesEndpoint, openApiEndpoint, healthEndpoint, readyEndpoint];

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

export const portalEndpoints = [auditExportEndpoint];
