import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument("https://portal.example.jp") as {
    openapi: string;
    paths: Record<string, { get: { parameters: { name: string; required: boolean; schema: { enum?: string[] } }[]; responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> } }>;
    components: { schemas: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 with the configured server", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(JSON.stringify(doc)).toContain("https://portal.example.jp");
  });

  it("documents query parameters from the handlers' zod schemas", () => {
    const params = doc.paths["/api/v1/regions"].get.parameters;
    const level = params.find((p) => p.name === "level")!;
    expect(level.required).toBe(true);
    expect(level.schema.enum).toEqual(["tertiary", "secondary", "homecare"]);
    expect(params.find((p) => p.name === "asOf")?.required).toBe(false);
  });

  it("resolves every $ref to a component", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
    expect(JSON.stringify(doc)).not.toContain("#/$defs/");
  });

  it("has no component that is only a reference to itself", () => {
    for (const [name, schema] of Object.entries(doc.components.schemas)) expect(schema, name).not.toEqual({ $ref: `#/components/schemas/${name}` });
    expect(doc.components.schemas).toHaveProperty("OpenDataBudgetExecutionRow");
  });

  it("describes errors with the one error shape", () => {
    const bad = doc.paths["/api/v1/municipalities"].get.responses["400"];
    expect(bad.content["application/json"].schema.$ref).toBe("#/components/schemas/ErrorResponse");
  });

  it("lets signed-in endpoints be called with the session cookie or a Bearer token", () => {
    const json = doc as unknown as {
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
    };
    expect(json.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(json.paths["/api/v1/facility-imports"].post.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(json.paths["/api/v1/facility-imports/{importId}"].get.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(json.paths["/api/v1/regions"].get.security).toBeUndefined();
  });
});
