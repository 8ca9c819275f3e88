// The portal's own figures for a region, filled into a report and frozen at submission: counts of
// 在宅療養支援診療所・病院 from the latest facility snapshot (with its 現在 date) and the region's
// published designations. Once frozen, later imports do not change the report (ADR 0023).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getRegionDesignations } from "@/lib/designations/region-queries";
import { NotFoundError } from "@/lib/errors";
import type { TypeCounts } from "@/lib/facilities/counts";
import { getFacilityCounts } from "@/lib/facilities/queries";

export interface ReportFacts {
  /** The facility snapshot's 現在 date (null when no snapshot exists). */
  facilitiesAsOf: string | null;
  clinics: TypeCounts | null;
  hospitals: TypeCounts | null;
  /** The day the designations were read. */
  designationsAsOf: string;
  designations: { type: string; organisation: string; designatedOn: string | null }[];
}

export async function currentFacts(actor: Actor, regionCode: string, today: string): Promise<ReportFacts> {
  let counts: { asOf: string; clinics: TypeCounts; hospitals: TypeCounts } | null = null;
  try {
    const all = await getFacilityCounts(actor, { level: "homecare" });
    const item = all.data.find((d) => d.code === regionCode);
    if (item) counts = { asOf: all.asOf, clinics: item.clinics, hospitals: item.hospitals };
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  const d = await getRegionDesignations(actor, regionCode);
  return {
    facilitiesAsOf: counts?.asOf ?? null,
    clinics: counts?.clinics ?? null,
    hospitals: counts?.hospitals ?? null,
    designationsAsOf: today,
    designations: d.designations.map((x) => ({ type: x.type, organisation: x.organisation.name, designatedOn: x.designatedOn })),
  };
}
