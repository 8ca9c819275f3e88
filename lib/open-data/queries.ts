// Open data as anyone reads it: one dataset's rows with its description (licence, credits,
// last update in 和暦, record count, columns), and the catalogue of all of them.
import "server-only";
import { publicActor, type Actor } from "@/lib/auth/actor";
import { todayInJapan } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { NotFoundError } from "@/lib/errors";
import { listDataSources } from "@/lib/geography/queries";
import { site } from "@/lib/site";
import { openDatasetOf, openDatasets } from "./catalogue";
import * as load from "./loaders";
import { openDataMessages as m } from "./messages";
import type { CatalogueEntry, OpenDataResponse, OpenDatasetMeta } from "./schema";
import type { OpenDataset, OpenDatasetKey } from "./types";

/** The query each dataset is read with (already parsed by the endpoint's schema). */
export interface OpenDataQueries {
  regions: { level: "homecare" | "secondary" | "tertiary"; asOf?: string };
  municipalities: { asOf?: string; includeWards?: "true" | "false" };
  "facility-counts": { level: "homecare" | "secondary" | "municipality"; snapshot?: string };
  facilities: { snapshot?: string };
  designations: Record<string, unknown>;
  roadmap: Record<string, unknown>;
  "subsidy-menus": { fiscalYear?: number };
  "budget-execution": Record<string, unknown>;
}

const loaders: { [K in OpenDatasetKey]: (actor: Actor, q: OpenDataQueries[K]) => Promise<load.Loaded> } = {
  regions: load.loadRegions,
  municipalities: load.loadMunicipalities,
  "facility-counts": load.loadFacilityCounts,
  facilities: load.loadFacilities,
  designations: load.loadDesignations,
  roadmap: load.loadRoadmap,
  "subsidy-menus": load.loadSubsidyMenus,
  "budget-execution": load.loadBudgetExecution,
};

/** The defaults the page's plain links and the catalogue use. */
export const DEFAULT_QUERIES: OpenDataQueries = {
  regions: { level: "homecare" },
  municipalities: {},
  "facility-counts": { level: "homecare" },
  facilities: {},
  designations: {},
  roadmap: {},
  "subsidy-menus": {},
  "budget-execution": {},
};

async function attributionsOf(dataset: OpenDataset) {
  const sources = await listDataSources();
  const own = { text: m.portalAttribution(site.name, site.operator), publisher: site.operator, licence: m.portalLicenceShort, url: null };
  const credited = dataset.sourceKeys.flatMap((key) => sources.filter((s) => s.key === key)).map((s) => ({ text: s.attribution, publisher: s.publisher, licence: s.licence, url: s.url }));
  return dataset.portalOwn ? [own, ...credited] : credited;
}

function metaOf(dataset: OpenDataset, loaded: load.Loaded, attributions: OpenDatasetMeta["attributions"]): OpenDatasetMeta {
  const licence = dataset.portalOwn ? m.portalLicence : m.derivedLicence(attributions[0]?.publisher ?? "");
  return {
    key: dataset.key,
    title: dataset.title,
    description: dataset.description,
    rowMeaning: dataset.rowMeaning,
    licence,
    attributions,
    updatedOn: loaded.updatedAt ? todayInJapan(loaded.updatedAt) : null,
    updatedOnWareki: loaded.updatedAt ? formatWarekiDate(loaded.updatedAt) : null,
    asOf: loaded.asOf,
    recordCount: loaded.rows.length,
    parameters: loaded.parameters,
    notes: dataset.notes ?? [],
  };
}

const columnsOf = (dataset: OpenDataset) => dataset.columns.map((c) => ({ key: c.key, label: c.label, type: c.type, nullable: c.nullable ?? false, description: c.description }));

/** One dataset as the API answers it (NotFoundError when what was asked for does not exist). */
export async function getOpenDataset<K extends OpenDatasetKey>(actor: Actor, key: K, query: OpenDataQueries[K]): Promise<OpenDataResponse> {
  const dataset = openDatasetOf(key);
  const [loaded, attributions] = await Promise.all([loaders[key](actor, query), attributionsOf(dataset)]);
  return { dataset: metaOf(dataset, loaded, attributions), columns: columnsOf(dataset), data: loaded.rows };
}

/** Every dataset with its description and, for the default query, its record count and last update. */
export async function listOpenDatasets(actor: Actor = publicActor): Promise<CatalogueEntry[]> {
  return Promise.all(
    openDatasets.map(async (dataset) => {
      const attributions = await attributionsOf(dataset);
      const loaded = await loaders[dataset.key](actor, DEFAULT_QUERIES[dataset.key] as never).catch((err: unknown) => {
        // A dataset with nothing yet (no facility list imported, no catalogue) is listed empty.
        if (err instanceof NotFoundError) return { rows: [], updatedAt: null, asOf: null, parameters: {} };
        throw err;
      });
      return { ...metaOf(dataset, loaded, attributions), csvUrl: `${dataset.path}?format=csv`, jsonUrl: dataset.path, columns: columnsOf(dataset) };
    }),
  );
}
