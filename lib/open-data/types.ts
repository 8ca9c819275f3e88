// What an open dataset is: its identity, licence, sources and columns. Client-safe (the page
// renders the data dictionary from it; the API builds its schemas from it).
import type { Column } from "./columns";

export const OPEN_DATASET_KEYS = ["regions", "municipalities", "facility-counts", "facilities", "designations", "roadmap", "subsidy-menus", "budget-execution"] as const;
export type OpenDatasetKey = (typeof OPEN_DATASET_KEYS)[number];

export interface OpenDataset {
  key: OpenDatasetKey;
  title: string;
  description: string;
  /** The portal's own data (政府標準利用規約 第2.0版, compatible with CC BY 4.0). */
  portalOwn: boolean;
  /** Keys of the data sources (data_source table) whose credit the dataset must carry. */
  sourceKeys: string[];
  /** The API path (CSV with ?format=csv). */
  path: string;
  /** What one row is. */
  rowMeaning: string;
  /** Query parameters, as the page offers them. */
  parameters: { name: string; label: string; description: string }[];
  columns: Column[];
  /** Why and how (for budgets: what is published and what is not). */
  notes?: string[];
}

export const OPEN_DATA_BASE = "/api/v1/open-data";

/** A condition the page offers for a download: a select of options, or a date input. */
export interface DownloadChoice {
  name: string;
  label: string;
  options?: { value: string; label: string }[];
  hint?: string;
}
