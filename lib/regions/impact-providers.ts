// The registry of impact providers the 在宅医療圏 editor asks (see lib/regions/impact.ts for the
// interface and how to add one). Order = order of the sections in the preview.
//
// To add a provider: implement `RegionImpactProvider` in your domain folder, import it here and
// append it to the array — one import, one line. Tests may pass their own list to the domain
// functions (the `providers` option) instead of changing this array.
import "server-only";
import type { RegionImpactProvider } from "./impact";
import { designationRegionImpact } from "@/lib/designations/region-impact";
import { statusReportRegionImpact } from "@/lib/status-reports/region-impact";
import { healthCenterLeadImpact } from "./lead-impact";
import { applicationRegionImpact } from "@/lib/applications/region-impact";

export const regionImpactProviders: RegionImpactProvider[] = [
  healthCenterLeadImpact,
  designationRegionImpact,
  statusReportRegionImpact,
  applicationRegionImpact,
];
