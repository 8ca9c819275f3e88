// The query string of the public facility search (/facilities): the same parameters as the
// facility API (region, municipality, q, kind=clinic|hospital, type=1|2|3, asOf), so the page's
// CSV link carries the visitor's filters unchanged. Pure: the page and its tests use it.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { searchParamMessages as m } from "./page-messages";

export const SEARCH_PARAMS = ["region", "municipality", "q", "kind", "type", "asOf"] as const;
export type SearchParam = (typeof SEARCH_PARAMS)[number];

export const Q_MAX_LENGTH = 100;

const text = (input: unknown) => String(input ?? "");

export const FacilitySearchParamsSchema = z.object({
  // 在宅医療圏 codes as lib/regions/schema.ts allows them (a split region gets a new one).
  region: z.string().regex(/^[0-9A-Za-z-]{1,16}$/, { error: (iss) => m.region(text(iss.input)) }).optional(),
  municipality: z.string().regex(/^\d{5}$/, { error: (iss) => m.municipality(text(iss.input)) }).optional(),
  q: z.string().max(Q_MAX_LENGTH, { error: () => m.q(Q_MAX_LENGTH) }).optional(),
  kind: z.enum(["clinic", "hospital"], { error: (iss) => m.kind(text(iss.input)) }).optional(),
  type: z.enum(["1", "2", "3"], { error: (iss) => m.type(text(iss.input)) }).optional(),
  asOf: z.string().refine(isIsoDate, { error: (iss) => m.asOf(text(iss.input)) }).optional(),
});
export type FacilitySearchParams = z.infer<typeof FacilitySearchParamsSchema>;

/** What searchFacilities takes (lib/facilities/queries.ts FacilitySearch). */
export interface FacilitySearchFilter {
  region?: string;
  municipality?: string;
  q?: string;
  kind?: "HOSPITAL" | "CLINIC";
  type?: 1 | 2 | 3;
  asOf?: string;
}

export interface ParsedFacilitySearch {
  /** The parameters as given (trimmed), for the form to show again. */
  values: Partial<Record<SearchParam, string>>;
  /** The valid parameters, as the search takes them. */
  filter: FacilitySearchFilter;
  /** One Japanese sentence per bad parameter, naming it. */
  errors: { param: SearchParam; message: string }[];
  /** The valid parameters as a query string in a fixed order ("" when none). */
  query: string;
}

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function readRaw(raw: RawParams, param: SearchParam): string | string[] | undefined {
  if (raw instanceof URLSearchParams) {
    const all = raw.getAll(param);
    return all.length > 1 ? all : all[0];
  }
  return raw[param];
}

/** Parses the page's query string; empty values count as not given. */
export function parseFacilitySearchParams(raw: RawParams): ParsedFacilitySearch {
  const values: Partial<Record<SearchParam, string>> = {};
  const errors: ParsedFacilitySearch["errors"] = [];
  for (const param of SEARCH_PARAMS) {
    const value = readRaw(raw, param);
    if (Array.isArray(value)) {
      const given = value.map((v) => v.trim()).filter(Boolean);
      if (given.length > 1) errors.push({ param, message: m.repeated(param) });
      else if (given.length === 1) values[param] = given[0];
    } else if (value !== undefined && value.trim() !== "") {
      values[param] = value.trim();
    }
  }

  const valid: FacilitySearchParams = {};
  for (const param of SEARCH_PARAMS) {
    if (values[param] === undefined || errors.some((e) => e.param === param)) continue;
    const one = FacilitySearchParamsSchema.shape[param].safeParse(values[param]);
    if (one.success) Object.assign(valid, { [param]: one.data });
    else errors.push({ param, message: one.error.issues[0]?.message ?? param });
  }

  const query = new URLSearchParams();
  for (const param of SEARCH_PARAMS) {
    const value = valid[param];
    if (value !== undefined) query.set(param, value);
  }
  return {
    values,
    filter: {
      region: valid.region,
      municipality: valid.municipality,
      q: valid.q,
      kind: valid.kind === "clinic" ? "CLINIC" : valid.kind === "hospital" ? "HOSPITAL" : undefined,
      type: valid.type ? (Number(valid.type) as 1 | 2 | 3) : undefined,
      asOf: valid.asOf,
    },
    errors: errors.sort((a, b) => SEARCH_PARAMS.indexOf(a.param) - SEARCH_PARAMS.indexOf(b.param)),
    query: query.toString(),
  };
}

/** The facility API's CSV of the same search. */
export function facilityCsvHref(query: string): string {
  return `/api/v1/facilities?${query ? `${query}&` : ""}format=csv`;
}
