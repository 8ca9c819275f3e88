// Reference data shipped in prisma/data/<prefecture>/: the prefecture, its 三次・二次医療圏,
// municipalities and wards with boundaries, provisional 在宅医療圏 (one per 二次医療圏, 暫定),
// the health centres the sources name and the fiscal years of the plan. Real data only: nothing
// here is sample data. Runs in one transaction; does nothing when the prefecture exists.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { repoRoot } from "./paths";
import { seedSubsidyCatalogue } from "./seed-subsidies";
import { seedDesignationReference } from "./seed-designations";
import { loadManifest, type ReferenceManifest } from "./reference-manifest";
import { seedBudgets } from "./seed-budgets";
import { seedGoodPractices } from "./seed-good-practices";

type Tx = Prisma.TransactionClient;

interface MunicipalityRow {
  code: string;
  lg_code6?: string;
  name: string;
  kana?: string;
  gun?: string | null;
  subprefecture?: string;
  secondary_region_code?: string;
  population_2020?: number;
  population_65plus_2020?: number;
}
interface WardRow extends MunicipalityRow {
  ward: string;
}
interface RegionRow {
  code: string;
  name: string;
  tertiary_region: string;
  municipality_codes: string[];
  population_2020?: number;
  area_km2?: number;
}
interface ReferenceFile {
  tertiary_regions: Record<string, string[]>;
  regions: RegionRow[];
  municipalities: MunicipalityRow[];
  sapporo_wards: WardRow[];
}
interface Feature {
  properties: Record<string, string>;
  geometry: unknown;
}

async function readJson<T>(dir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, file), "utf8")) as T;
}

function featuresBy(collection: { features: Feature[] }, key: string) {
  return new Map(collection.features.map((f) => [f.properties[key], f.geometry as Prisma.InputJsonValue]));
}

/** Seeds the reference data of one prefecture; returns false when it was already there. */
export async function seedReferenceData(db: Db, manifest: ReferenceManifest = loadManifest()): Promise<boolean> {
  const existing = await db.prefecture.findUnique({ where: { code: manifest.prefecture.code } });
  if (existing) {
    // Sources added to the manifest after the first seed are added (never changed or removed).
    for (const source of manifest.dataSources) {
      await db.dataSource.upsert({ where: { key: source.key }, create: { ...source, prefectureId: existing.id }, update: {} });
    }
    await seedFiscalYears(db, manifest.fiscalYears);
    await seedSubsidyCatalogue(db, existing.id);
    // Budgets arrived after the first seed of many databases: added once, never changed.
    await seedBudgets(db, manifest);
    await seedDesignationReference(db, existing.id);
    // The good-practice library: missing cases are added, existing ones never changed (ADR 0027).
    await seedGoodPractices(db, existing.id);
    return false;
  }
  const dir = path.join(repoRoot, "prisma", "data", manifest.dataDir);
  const ref = await readJson<ReferenceFile>(dir, manifest.files.reference);
  const municipalityShapes = featuresBy(await readJson(dir, manifest.files.municipalityBoundaries), "code");
  const wardShapes = featuresBy(await readJson(dir, manifest.files.wardBoundaries), "code");
  const secondaryShapes = featuresBy(await readJson(dir, manifest.files.secondaryBoundaries), "secondary_region_code");
  const tertiaryShapes = featuresBy(await readJson(dir, manifest.files.tertiaryBoundaries), "tertiary_region");

  await db.$transaction(
    async (tx) => {
      const prefecture = await tx.prefecture.create({ data: manifest.prefecture });
      const tertiaryIds = new Map<string, number>();
      let order = 0;
      for (const name of Object.keys(ref.tertiary_regions)) {
        order += 1;
        const t = await tx.tertiaryRegion.create({
          data: {
            prefectureId: prefecture.id,
            code: String(order).padStart(2, "0"),
            name,
            sortOrder: order,
            boundary: tertiaryShapes.get(name) ?? undefined,
          },
        });
        tertiaryIds.set(name, t.id);
      }
      const secondaryIds = new Map<string, number>();
      for (const [i, r] of ref.regions.entries()) {
        const s = await tx.secondaryRegion.create({
          data: {
            prefectureId: prefecture.id,
            tertiaryRegionId: tertiaryIds.get(r.tertiary_region)!,
            code: r.code,
            name: r.name,
            sortOrder: i + 1,
            population2020: r.population_2020 ?? null,
            areaKm2: r.area_km2 ?? null,
            boundary: secondaryShapes.get(r.code) ?? undefined,
          },
        });
        secondaryIds.set(r.code, s.id);
      }
      const municipalityIds = await seedMunicipalities(tx, prefecture.id, ref, secondaryIds, municipalityShapes, wardShapes);
      await seedProvisionalRegions(tx, prefecture.id, ref, secondaryIds, municipalityIds, manifest, secondaryShapes);
      await seedHealthCenters(tx, prefecture.id, municipalityIds, manifest);
      for (const source of manifest.dataSources) {
        await tx.dataSource.create({ data: { ...source, prefectureId: prefecture.id } });
      }
      await tx.auditEntry.create({
        data: {
          prefectureId: prefecture.id,
          actorLabel: "system",
          action: "reference_data.seeded",
          entityType: "prefecture",
          entityId: prefecture.code,
          summary: `${prefecture.name}の参照データ（医療圏・市町村・暫定の在宅医療圏）を登録しました`,
        },
      });
    },
    { timeout: 120_000 },
  );
  await seedFiscalYears(db, manifest.fiscalYears);
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: manifest.prefecture.code } });
  await seedSubsidyCatalogue(db, prefecture.id);
  await seedBudgets(db, manifest);
  await seedDesignationReference(db, prefecture.id);
  await seedGoodPractices(db, prefecture.id);
  return true;
}

function municipalityKind(name: string, hasWards: boolean) {
  if (hasWards) return "DESIGNATED_CITY" as const;
  if (name.endsWith("市")) return "CITY" as const;
  if (name.endsWith("町")) return "TOWN" as const;
  return "VILLAGE" as const;
}

async function seedMunicipalities(
  tx: Tx,
  prefectureId: number,
  ref: ReferenceFile,
  secondaryIds: Map<string, number>,
  shapes: Map<string, Prisma.InputJsonValue>,
  wardShapes: Map<string, Prisma.InputJsonValue>,
) {
  const ids = new Map<string, number>();
  const wardsByCity = new Map<string, WardRow[]>();
  for (const w of ref.sapporo_wards) {
    const cityName = w.name.slice(0, w.name.length - w.ward.length);
    const city = ref.municipalities.find((m) => m.name === cityName);
    if (!city) throw new Error(`区 ${w.name} の市が見つかりません`);
    wardsByCity.set(city.code, [...(wardsByCity.get(city.code) ?? []), w]);
  }
  for (const m of [...ref.municipalities].sort((a, b) => a.code.localeCompare(b.code))) {
    const wards = wardsByCity.get(m.code) ?? [];
    const secondaryRegionId = m.secondary_region_code ? secondaryIds.get(m.secondary_region_code) : undefined;
    const row = await tx.municipality.create({
      data: {
        prefectureId,
        code: m.code,
        lgCode6: m.lg_code6 ?? null,
        name: m.name,
        nameKana: m.kana ?? null,
        kind: municipalityKind(m.name, wards.length > 0),
        district: m.gun ?? null,
        subprefecture: m.subprefecture ?? null,
        secondaryRegionId: secondaryRegionId ?? null,
        population2020: m.population_2020 ?? null,
        population65Plus2020: m.population_65plus_2020 ?? null,
        sortOrder: Number(m.code),
        boundary: shapes.get(m.code) ?? undefined,
      },
    });
    ids.set(m.code, row.id);
    for (const w of wards) {
      const ward = await tx.municipality.create({
        data: {
          prefectureId,
          code: w.code,
          lgCode6: w.lg_code6 ?? null,
          name: w.name,
          nameKana: w.kana ?? null,
          kind: "WARD",
          parentId: row.id,
          subprefecture: m.subprefecture ?? null,
          secondaryRegionId: secondaryRegionId ?? null,
          population2020: w.population_2020 ?? null,
          population65Plus2020: w.population_65plus_2020 ?? null,
          sortOrder: Number(w.code),
          boundary: wardShapes.get(w.code) ?? undefined,
        },
      });
      ids.set(w.code, ward.id);
    }
  }
  return { ids, wardsByCity };
}

/** One provisional 在宅医療圏 per 二次医療圏; a city with wards joins through its wards. */
async function seedProvisionalRegions(
  tx: Tx,
  prefectureId: number,
  ref: ReferenceFile,
  secondaryIds: Map<string, number>,
  municipalities: Awaited<ReturnType<typeof seedMunicipalities>>,
  manifest: ReferenceManifest,
  secondaryShapes: Map<string, Prisma.InputJsonValue>,
) {
  const validFrom = new Date(manifest.provisionalRegionsFrom);
  for (const [i, r] of ref.regions.entries()) {
    const region = await tx.homeCareRegion.create({
      data: {
        prefectureId,
        code: r.code,
        name: r.name,
        provisional: true,
        secondaryRegionId: secondaryIds.get(r.code)!,
        validFrom,
        sortOrder: i + 1,
        // Same members as the 二次医療圏, so the same (already dissolved) boundary.
        boundary: secondaryShapes.get(r.code) ?? undefined,
      },
    });
    const memberCodes = r.municipality_codes.flatMap((code) => {
      const wards = municipalities.wardsByCity.get(code);
      return wards ? wards.map((w) => w.code) : [code];
    });
    await tx.homeCareRegionMember.createMany({
      data: memberCodes.map((code) => ({
        regionId: region.id,
        municipalityId: municipalities.ids.get(code)!,
        validFrom,
      })),
    });
  }
}

async function seedHealthCenters(
  tx: Tx,
  prefectureId: number,
  municipalities: Awaited<ReturnType<typeof seedMunicipalities>>,
  manifest: ReferenceManifest,
) {
  for (const hc of manifest.healthCenters) {
    const center = await tx.healthCenter.create({
      data: {
        prefectureId,
        code: hc.code,
        name: hc.name,
        operator: hc.operator,
        operatingMunicipalityId: hc.operatingMunicipalityCode
          ? municipalities.ids.get(hc.operatingMunicipalityCode)
          : null,
      },
    });
    if (hc.jurisdiction.length > 0) {
      await tx.healthCenterJurisdiction.createMany({
        data: hc.jurisdiction.map((code) => ({
          healthCenterId: center.id,
          municipalityId: municipalities.ids.get(code)!,
          validFrom: new Date(hc.jurisdictionFrom!),
        })),
      });
    }
  }
}

async function seedFiscalYears(db: Db, range: { from: number; to: number }) {
  for (let year = range.from; year <= range.to; year++) {
    await db.fiscalYear.upsert({
      where: { year },
      create: { year, startsOn: new Date(Date.UTC(year, 3, 1)), endsOn: new Date(Date.UTC(year + 1, 2, 31)) },
      update: {},
    });
  }
}
