// The open-data endpoints (ADR 0029): the catalogue and one endpoint per dataset, each JSON or,
// with ?format=csv, CSV with Japanese headers. Declared here and listed in ./endpoints.ts.
import type { z } from "zod";
import { openDatasetOf } from "@/lib/open-data/catalogue";
import {
  OpenDataCatalogueSchema,
  OpenDataFacilitiesQuerySchema,
  OpenDataFacilityCountsQuerySchema,
  OpenDataMunicipalitiesQuerySchema,
  OpenDataRegionsQuerySchema,
  OpenDataSubsidyMenusQuerySchema,
  openDataResponseSchema,
} from "@/lib/open-data/schema";
import type { OpenDatasetKey } from "@/lib/open-data/types";
import { defineEndpoint } from "./endpoint";

const PUBLIC_CACHE = "public, max-age=60";

function datasetEndpoint<Q extends z.ZodObject>(key: OpenDatasetKey, operationId: string, query: Q | undefined, errors: number[]) {
  const dataset = openDatasetOf(key);
  return defineEndpoint({
    method: "get",
    path: dataset.path,
    operationId,
    summary: `オープンデータ: ${dataset.title}`,
    description: `${dataset.description}${dataset.rowMeaning}。dataset に利用条件・出典・最終更新日・件数、columns に列の説明。${(dataset.notes ?? []).join("")}`,
    tags: ["オープンデータ"],
    query: query as Q,
    response: openDataResponseSchema(key),
    csv: { description: `${dataset.rowMeaning}。見出しは columns の label、値は data と同じ（配列は半角スペース区切り、真偽値は true/false、null は空）。` },
    errors,
    cacheControl: PUBLIC_CACHE,
  });
}

export const openDataCatalogueEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/open-data",
  operationId: "listOpenDatasets",
  summary: "オープンデータの一覧",
  description: "データセットごとの説明・利用条件・出典・最終更新日・件数（既定の条件）・列の説明と、CSV・JSON の URL。",
  tags: ["オープンデータ"],
  response: OpenDataCatalogueSchema,
  errors: [404, 500],
  cacheControl: PUBLIC_CACHE,
});

export const openDataRegionsEndpoint = datasetEndpoint("regions", "getOpenDataRegions", OpenDataRegionsQuerySchema, [400, 404, 500]);
export const openDataMunicipalitiesEndpoint = datasetEndpoint("municipalities", "getOpenDataMunicipalities", OpenDataMunicipalitiesQuerySchema, [400, 404, 500]);
export const openDataFacilityCountsEndpoint = datasetEndpoint("facility-counts", "getOpenDataFacilityCounts", OpenDataFacilityCountsQuerySchema, [400, 404, 500]);
export const openDataFacilitiesEndpoint = datasetEndpoint("facilities", "getOpenDataFacilities", OpenDataFacilitiesQuerySchema, [400, 404, 500]);
export const openDataDesignationsEndpoint = datasetEndpoint("designations", "getOpenDataDesignations", undefined, [404, 500]);
export const openDataRoadmapEndpoint = datasetEndpoint("roadmap", "getOpenDataRoadmap", undefined, [404, 500]);
export const openDataSubsidyMenusEndpoint = datasetEndpoint("subsidy-menus", "getOpenDataSubsidyMenus", OpenDataSubsidyMenusQuerySchema, [400, 404, 500]);
export const openDataBudgetExecutionEndpoint = datasetEndpoint("budget-execution", "getOpenDataBudgetExecution", undefined, [404, 500]);

export const openDataEndpoints = [
  openDataCatalogueEndpoint,
  openDataRegionsEndpoint,
  openDataMunicipalitiesEndpoint,
  openDataFacilityCountsEndpoint,
  openDataFacilitiesEndpoint,
  openDataDesignationsEndpoint,
  openDataRoadmapEndpoint,
  openDataSubsidyMenusEndpoint,
  openDataBudgetExecutionEndpoint,
];
