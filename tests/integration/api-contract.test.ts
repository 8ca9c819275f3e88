// Every route handler under app/ is declared in lib/api/endpoints.ts — public ones in the OpenAPI
// document, signed-in downloads in portalEndpoints — method by method; and every declaration has
// a route.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { endpoints, portalEndpoints } from "@/lib/api/endpoints";
import { repoRoot } from "@/lib/ops/paths";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const appDir = path.join(repoRoot, "app");
const routes = routeFiles(appDir).flatMap((file) => {
  const url = "/" + path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
  const source = readFileSync(file, "utf8");
  return METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source)).map((m) => `${m.toLowerCase()} ${url}`);
});

describe("API contract", () => {
  it("finds the route handlers", () => {
    expect(routes).toContain("get /api/v1/regions");
  });

  it("declares (documents) every route handler, and nothing that has no handler", () => {
    const declared = [...endpoints, ...portalEndpoints].map((e) => `${e.method} ${e.path}`).sort();
    expect(declared).toEqual([...routes].sort());
  });
});
