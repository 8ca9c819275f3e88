// Which prefecture's reference data to seed: prisma/data/<dir>/manifest.json. The prefecture,
// its health centres, data sources and demo assignments are data, not code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "./paths";

const ManifestSchema = z.object({
  prefecture: z.object({ code: z.string().regex(/^\d{2}$/), name: z.string(), nameKana: z.string().optional() }),
  dataDir: z.string(),
  files: z.object({
    reference: z.string(),
    municipalityBoundaries: z.string(),
    wardBoundaries: z.string(),
    secondaryBoundaries: z.string(),
    tertiaryBoundaries: z.string(),
    /** The official 届出受理医療機関名簿 the demo seed imports (optional). */
    facilityList: z.string().optional(),
  }),
  provisionalRegionsFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fiscalYears: z.object({ from: z.number().int(), to: z.number().int() }),
  healthCenters: z.array(
    z.object({
      code: z.string().optional(),
      name: z.string(),
      operator: z.enum(["PREFECTURE", "MUNICIPALITY"]),
      operatingMunicipalityCode: z.string().optional(),
      jurisdiction: z.array(z.string()),
      jurisdictionFrom: z.string().optional(),
    }),
  ),
  /** Demo only: 在宅医療圏 code → lead health centre name (labelled サンプル). */
  demoLeads: z.record(z.string(), z.string()),
  dataSources: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      publisher: z.string(),
      attribution: z.string(),
      url: z.string().nullable(),
      licence: z.string().nullable(),
      asOf: z.string().nullable(),
      sortOrder: z.number().int(),
    }),
  ),
});

export type ReferenceManifest = z.infer<typeof ManifestSchema>;

export function loadManifest(dir = process.env.PORTAL_REFERENCE_DATA ?? "hokkaido"): ReferenceManifest {
  const file = path.join(repoRoot, "prisma", "data", dir, "manifest.json");
  return ManifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}
