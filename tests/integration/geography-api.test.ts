// The public geography API against the reference data it was seeded from (the repository's own
// copy in prisma/data/hokkaido), through the real route handlers and database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as getMunicipalities } from "@/app/api/v1/municipalities/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getGeoJson } from "@/app/api/v1/regions.geojson/route";
import { GET as getRegions } from "@/app/api/v1/regions/route";
import { repoRoot } from "@/lib/ops/paths";

interface SourceFile {
  tertiary_regions: Record<string, string[]>;
  regions: { code: string; name: string; tertiary_region: string; municipality_codes: string[]; population_2020: number; area_km2: number }[];
  municipalities: { code: string; lg_code6: string; name: string; kana: string; subprefecture: string; secondary_region_code: string; population_2020: number; population_65plus_2020: number }[];
  sapporo_wards: { code: string; name: string }[];
}
const source = JSON.parse(readFileSync(path.join(repoRoot, "prisma/data/hokkaido/hokkaido-municipalities.json"), "utf8")) as SourceFile;

const call = async (handler: (r: Request) => Promise<Response>, url: string) => {
  const res = await handler(new Request(`http://localhost${url}`));
  return { status: res.status, type: res.headers.get("content-type"), body: await res.json() };
};

describe("GET /api/v1/regions", () => {
  it("level=secondary: the 21 二次医療圏 of the source, with population, area and their 三次医療圏", async () => {
    const { status, body } = await call(getRegions, "/api/v1/regions?level=secondary");
    expect(status).toBe(200);
    expect(body.data).toHaveLength(21);
    expect(body.data.map((r: { code: string; name: string; population2020: number; areaKm2: number; parents: { tertiary: { name: string } } }) => [r.code, r.name, r.population2020, r.areaKm2, r.parents.tertiary.name])).toEqual(
      source.regions.map((r) => [r.code, r.name, r.population_2020, r.area_km2, r.tertiary_region]),
    );
    expect(body.data[0].parents.prefecture).toEqual({ code: "01", name: "北海道" });
  });

  it("level=tertiary: the 6 三次医療圏", async () => {
    const { body } = await call(getRegions, "/api/v1/regions?level=tertiary");
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(Object.keys(source.tertiary_regions));
  });

  it("level=homecare: one provisional region per 二次医療圏, Sapporo's by ward", async () => {
    const { body } = await call(getRegions, "/api/v1/regions?level=homecare&asOf=2026-04-01");
    expect(body.data).toHaveLength(21);
    const wards = source.sapporo_wards.map((w) => w.code);
    for (const [i, r] of source.regions.entries()) {
      const expected = r.municipality_codes.flatMap((c) => (c === "01100" ? wards : [c])).sort();
      expect(body.data[i]).toMatchObject({ level: "homecare", code: r.code, provisional: true, memberCodes: expected });
    }
  });

  it("answers a wrong or missing level with 400 and a Japanese message naming the parameter", async () => {
    const wrong = await call(getRegions, "/api/v1/regions?level=prefecture");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("invalid_parameter");
    expect(wrong.body.error.message).toContain("level は");
    const missing = await call(getRegions, "/api/v1/regions");
    expect(missing.body.error.message).toBe("level を指定してください");
    const badDate = await call(getRegions, "/api/v1/regions?level=homecare&asOf=2026-02-30");
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain("asOf");
  });
});

describe("GET /api/v1/municipalities", () => {
  it("the 179 市町村 of the source, with codes, kana, 振興局, population and parents", async () => {
    const { status, body } = await call(getMunicipalities, "/api/v1/municipalities");
    expect(status).toBe(200);
    expect(body.data).toHaveLength(179);
    const byCode = new Map(body.data.map((m: { code: string }) => [m.code, m]));
    for (const m of source.municipalities) {
      expect(byCode.get(m.code), m.name).toMatchObject({
        code: m.code,
        lgCode6: m.lg_code6,
        name: m.name,
        kana: m.kana,
        subprefecture: m.subprefecture,
        population2020: m.population_2020,
        population65Plus2020: m.population_65plus_2020,
        parents: { secondary: { code: m.secondary_region_code } },
      });
    }
    const sapporo = byCode.get("01100") as { kind: string; parents: { homeCareRegion: unknown } };
    expect(sapporo.kind).toBe("DESIGNATED_CITY");
    expect(sapporo.parents.homeCareRegion).toBeNull();
    expect((byCode.get("01207") as { parents: { homeCareRegion: { name: string } } }).parents.homeCareRegion.name).toBe("十勝");
  });

  it("with includeWards=true also Sapporo's 10 wards, each under its city", async () => {
    const { body } = await call(getMunicipalities, "/api/v1/municipalities?includeWards=true");
    expect(body.data).toHaveLength(189);
    const chuo = body.data.find((m: { code: string }) => m.code === "01101");
    expect(chuo).toMatchObject({ kind: "WARD", parents: { city: { code: "01100" }, homeCareRegion: { code: "0104" } } });
  });
});

describe("GET /api/v1/regions.geojson", () => {
  it("draws every 在宅医療圏 and every member municipality or ward", async () => {
    const homecare = await call(getGeoJson, "/api/v1/regions.geojson?level=homecare");
    expect(homecare.type).toContain("application/geo+json");
    expect(homecare.body.features).toHaveLength(21);
    for (const f of homecare.body.features) expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
    const municipalities = await call(getGeoJson, "/api/v1/regions.geojson?level=municipality");
    expect(municipalities.body.features).toHaveLength(188);
    expect((await call(getGeoJson, "/api/v1/regions.geojson?level=nope")).status).toBe(400);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents the endpoints", async () => {
    const { status, body } = await call(getOpenApi, "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/v1/regions", "/api/v1/municipalities", "/api/v1/regions.geojson", "/api/health", "/api/ready"]));
  });
});
