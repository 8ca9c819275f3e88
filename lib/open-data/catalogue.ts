// Every open dataset, in the order the page lists them.
import { facilitiesDataset, facilityCountsDataset } from "./datasets-facilities";
import { municipalitiesDataset, regionsDataset } from "./datasets-geography";
import { budgetExecutionDataset, designationsDataset, roadmapDataset, subsidyMenusDataset } from "./datasets-plans";
import type { OpenDataset, OpenDatasetKey } from "./types";

export const openDatasets: OpenDataset[] = [
  regionsDataset,
  municipalitiesDataset,
  facilityCountsDataset,
  facilitiesDataset,
  designationsDataset,
  roadmapDataset,
  subsidyMenusDataset,
  budgetExecutionDataset,
];

export function openDatasetOf(key: OpenDatasetKey): OpenDataset {
  const found = openDatasets.find((d) => d.key === key);
  if (!found) throw new Error(`unknown open dataset ${key}`);
  return found;
}
