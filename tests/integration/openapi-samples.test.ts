// The OpenAPI document against the real handlers: every public endpoint in it has a response
// schema and an example; a real answer of each (from a seeded database with a facility list)
// validates against the document's schema — read back from the document's JSON Schema with
// z.fromJSONSchema, not the zod schema the handler parses with — and so does the example.
// UPDATE_API_EXAMPLES=1 rewrites lib/api/examples.json from these answers (arrays shortened).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { GET as designations } from "@/app/api/v1/designations/route";
import { GET as facilities } from "@/app/api/v1/facilities/route";
import { GET as facilityCounts } from "@/app/api/v1/facility-counts/route";
import { GET as goodPractices } from "@/app/api/v1/good-practices/route";
import { GET as municipalities } from "@/app/api/v1/municipalities/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as odBudgets } from "@/app/api/v1/open-data/budget-execution/route";
import { GET as odDesignations } from "@/app/api/v1/open-data/designations/route";
import { GET as odFacilities } from "@/app/api/v1/open-data/facilities/route";
import { GET as odCounts } from "@/app/api/v1/open-data/facility-counts/route";
import { GET as odMunicipalities } from "@/app/api/v1/open-data/municipalities/route";
import { GET as odRegions } from "@/app/api/v1/open-data/regions/route";
import { GET as odRoadmap } from "@/app/api/v1/open-data/roadmap/route";
import { GET as odCatalogue } from "@/app/api/v1/open-data/route";
import { GET as odMenus } from "@/app/api/v1/open-data/subsidy-menus/route";
import { GET as regionsGeoJson } from "@/app/api/v1/regions.geojson/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { GET as roadmap } from "@/app/api/v1/roadmap/route";
import { POST as calculate } from "@/app/api/v1/subsidy-calculations/route";
import { GET as menus } from "@/app/api/v1/subsidy-menus/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { createPrismaClient } from "@/lib/db-client";
import { commitFacilityImport, importFacilityList } from "@/lib/facilities/imports";
import { repoRoot } from "@/lib/ops/paths";
import { buildList, readRealList } from "@/tests/fixtures/official-list";
import { createUserActor } from "@/tests/factories/users";

type Json = Record<string, unknown>;
interface Sample {
  call: () => Promise<Response>;
}
const get = (handler: (r: Request) => Promise<Response> | Response, url: string): Sample => ({ call: async () => handler(new Request(`http://localhost${url}`)) });
const calculation = { menuCode: "group-practice", fiscalYear: 2024, applicantType: "MEDICAL_ASSOCIATION", items: [{ itemCode: "sub-physician", costYen: 3_000_000 }], otherIncomeYen: 500_000 };

/** A request for every public operation, by operationId. A new public endpoint must add one. */
const SAMPLES: Record<string, Sample> = {
  listRegions: get(regions, "/api/v1/regions?level=homecare"),
  getRegionBoundaries: get(regionsGeoJson, "/api/v1/regions.geojson?level=tertiary"),
  listMunicipalities: get(municipalities, "/api/v1/municipalities"),
  getFacilityCounts: get(facilityCounts, "/api/v1/facility-counts?level=secondary"),
  listFacilities: get(facilities, "/api/v1/facilities?municipality=01202"),
  listSubsidyMenus: get(menus, "/api/v1/subsidy-menus?fiscalYear=2024"),
  calculateSubsidy: {
    call: async () => calculate(new Request("http://localhost/api/v1/subsidy-calculations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(calculation) })),
  },
  listDesignations: get(designations, "/api/v1/designations"),
  getRoadmap: get(roadmap, "/api/v1/roadmap"),
  listGoodPractices: get(goodPractices, "/api/v1/good-practices?prefecture=01"),
  getOpenApiDocument: get(openApi, "/api/v1/openapi.json"),
  getHealth: get(health, "/api/health"),
  getReadiness: get(ready, "/api/ready"),
  listOpenDatasets: get(odCatalogue, "/api/v1/open-data"),
  getOpenDataRegions: get(odRegions, "/api/v1/open-data/regions?level=secondary"),
  getOpenDataMunicipalities: get(odMunicipalities, "/api/v1/open-data/municipalities"),
  getOpenDataFacilityCounts: get(odCounts, "/api/v1/open-data/facility-counts"),
  getOpenDataFacilities: get(odFacilities, "/api/v1/open-data/facilities"),
  getOpenDataDesignations: get(odDesignations, "/api/v1/open-data/designations"),
  getOpenDataRoadmap: get(odRoadmap, "/api/v1/open-data/roadmap"),
  getOpenDataSubsidyMenus: get(odMenus, "/api/v1/open-data/subsidy-menus?fiscalYear=2024"),
  getOpenDataBudgetExecution: get(odBudgets, "/api/v1/open-data/budget-execution"),
};

const doc = buildOpenApiDocument("https://portal.example.jp") as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ path: p, method, op })));
const publicOperations = operations.filter((o) => !o.op.security);

/** The schema with every $ref replaced by the component it names. */
function deref(schema: unknown, seen: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((s) => deref(s, seen));
  if (!schema || typeof schema !== "object") return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string") {
    const name = ref.replace("#/components/schemas/", "");
    if (seen.includes(name)) return {};
    return deref(doc.components.schemas[name], [...seen, name]);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v, seen)]));
}

function successOf(op: Json): { type: string; schema: Json; example?: unknown } {
  const responses = op.responses as Record<string, { content: Record<string, { schema: Json; example?: unknown }> }>;
  const status = Object.keys(responses).find((s) => s.startsWith("2"))!;
  const [type, media] = Object.entries(responses[status].content)[0];
  return { type, schema: media.schema, example: media.example };
}

/** Arrays cut to their first two items, all the way down: an example, not a dump. */
function shorten(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 2).map(shorten);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

const answers = new Map<string, unknown>();

beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const staff = await createUserActor(db, { role: "PREFECTURE_STAFF" });
  const list = await readRealList();
  list.rows = list.rows.slice(0, 60);
  const job = await importFacilityList(staff, { name: "sample.xlsx", bytes: new Uint8Array(await buildList(list)) });
  await commitFacilityImport(staff, job.id);
  for (const [operationId, sample] of Object.entries(SAMPLES)) {
    const res = await sample.call();
    expect(res.status, operationId).toBe(200);
    answers.set(operationId, await res.json());
  }
  if (process.env.UPDATE_API_EXAMPLES === "1") {
    const examples = Object.fromEntries(
      [...answers].map(([id, body]) => [id, id === "getOpenApiDocument" ? { openapi: "3.1.0", info: (body as Json).info } : shorten(body)]),
    );
    writeFileSync(path.join(repoRoot, "lib/api/examples.json"), JSON.stringify(examples, null, 2) + "\n");
  }
}, 120_000);

describe("the OpenAPI document covers every public endpoint", () => {
  it("has a sample request here for every public operation, and none for another", () => {
    expect(publicOperations.map((o) => o.op.operationId as string).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(publicOperations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s: schema, example and a real answer agree", (_name, o) => {
    const { schema, example } = successOf(o.op);
    expect(schema && Object.keys(schema).length, "response schema").toBeTruthy();
    const validator = z.fromJSONSchema(deref(schema) as never);
    const answer = answers.get(o.op.operationId as string);
    const live = validator.safeParse(answer);
    expect(live.success, JSON.stringify(live.error?.issues.slice(0, 3))).toBe(true);
    expect(example, "example").toBeDefined();
    const ex = validator.safeParse(example);
    expect(ex.success, JSON.stringify(ex.error?.issues.slice(0, 3))).toBe(true);
    for (const [status, response] of Object.entries(o.op.responses as Record<string, { content: Record<string, { schema: Json; example?: unknown }> }>)) {
      if (status.startsWith("2")) continue;
      expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
      expect(z.fromJSONSchema(deref(response.content["application/json"].schema) as never).safeParse(response.content["application/json"].example).success, status).toBe(true);
    }
  });

  it("is a check that can fail: a wrong answer does not validate", () => {
    const regionsOp = publicOperations.find((o) => o.op.operationId === "listRegions")!;
    const validator = z.fromJSONSchema(deref(successOf(regionsOp.op).schema) as never);
    expect(validator.safeParse({ data: [{ level: "homecare", code: 104, name: "x" }] }).success).toBe(false);
    const budgetsOp = publicOperations.find((o) => o.op.operationId === "getOpenDataBudgetExecution")!;
    const rows = z.fromJSONSchema(deref(successOf(budgetsOp.op).schema) as never);
    const answer = structuredClone(answers.get("getOpenDataBudgetExecution")) as { data: Json[] };
    answer.data[0].applicant = "秘密医院";
    expect(rows.safeParse(answer).success, "rows allow no extra field").toBe(false);
  });

  it("documents every query parameter a public GET endpoint reads, with a schema", () => {
    for (const o of publicOperations) {
      for (const p of (o.op.parameters ?? []) as { name: string; in: string; schema: Json }[]) {
        expect(p.schema, `${o.path} ${p.name}`).toBeTruthy();
        expect(["query", "path"]).toContain(p.in);
      }
    }
  });
});
