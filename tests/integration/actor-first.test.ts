// Every server action and route handler is a public endpoint (STYLE.md), so each one obtains the
// actor before it touches anything: the first `await` it evaluates is `await getActor()` or
// `await requireUser()`. Checked statically with the TypeScript compiler over every "use server"
// file and route.ts under app/. Public endpoints, whose authority is not a session, are listed
// below with the reason.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@/lib/ops/paths";

const ACTOR_CALLS = new Set(["getActor", "requireUser"]);
/**
 * Route wrappers that obtain the actor (Bearer token or session cookie) before they call the
 * function they wrap, and hand it to it (lib/api/signed-in-route.ts).
 */
const ACTOR_WRAPPERS = new Set(["signedInRoute"]);
const ROUTE_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

interface PublicEndpoint {
  file: RegExp;
  name: RegExp;
  reason: string;
}

/** Endpoints that need no actor. Each entry must say why. */
const PUBLIC_ENDPOINTS: PublicEndpoint[] = [
  { file: /^app\/api\/health\/route\.ts$/, name: /^GET$/, reason: "liveness probe: touches nothing" },
  { file: /^app\/api\/ready\/route\.ts$/, name: /^GET$/, reason: "readiness probe: only pings the database" },
  { file: /^app\/api\/v1\/openapi\.json\/route\.ts$/, name: /^GET$/, reason: "the public API document" },
  { file: /^app\/api\/v1\/(regions|regions\.geojson|municipalities)\/route\.ts$/, name: /^GET$/, reason: "geography API: open data, read as publicActor" },
  { file: /^app\/api\/v1\/(facility-counts|facilities)\/route\.ts$/, name: /^GET$/, reason: "facility counts and list: open data, read as publicActor" },
  { file: /^app\/api\/v1\/good-practices\/route\.ts$/, name: /^GET$/, reason: "good-practice library: published cases, read as publicActor" },
  { file: /^app\/api\/v1\/subsidy-menus\/route\.ts$/, name: /^GET$/, reason: "subsidy catalogue: published menus and rates, read as publicActor" },
  { file: /^app\/api\/v1\/subsidy-calculations\/route\.ts$/, name: /^POST$/, reason: "the public calculator's arithmetic: pure, changes nothing, reads the published catalogue as publicActor" },
  { file: /^app\/api\/v1\/(designations|roadmap)\/route\.ts$/, name: /^GET$/, reason: "published designations and the roadmap: public, read as publicActor (candidates and notes are never in them)" },
  { file: /^app\/api\/v1\/open-data\/(route|[\w-]+\/route)\.ts$/, name: /^GET$/, reason: "open data: published datasets and aggregates only (ADR 0029), read as publicActor" },
  { file: /^app\/\(public\)\/login\/actions\.ts$/, name: /^signInAction$/, reason: "the credentials are its authority" },
  { file: /^app\/\(public\)\/login\/actions\.ts$/, name: /^(verifyCode|confirmEnrolment)Action$/, reason: "the pending sign-in's cookie (after the password) is its authority" },
  { file: /^app\/\(public\)\/password-reset\/.*actions\.ts$/, name: /^(requestPasswordReset|resetPassword)Action$/, reason: "anyone may ask (answered alike, throttled); the reset token is its authority" },
  { file: /^app\/\(public\)\/invitations\/.*actions\.ts$/, name: /^acceptInvitation\w*Action$/, reason: "the invitation token is its authority" },
];

interface Finding {
  name: string;
  problem: string;
}

function isUseServerFile(sf: ts.SourceFile): boolean {
  const first = sf.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration & { body?: ts.ConciseBody } =>
  ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n);

/**
 * The first await the function evaluates: operands are evaluated before the await that waits on
 * them (`await f(await getActor())` awaits getActor first), and nested functions are not entered.
 */
function firstAwait(fn: ts.FunctionLikeDeclaration): ts.Node | null {
  let found: ts.Node | null = null;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (node !== fn && isFunction(node)) return;
    ts.forEachChild(node, visit);
    if (!found && (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier))) found = node;
  };
  if (fn.body) visit(fn.body);
  return found;
}

function obtainsActor(node: ts.Node): boolean {
  if (!ts.isAwaitExpression(node)) return false;
  let e: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && ACTOR_CALLS.has(e.expression.text);
}

function checkFunction(name: string, fn: ts.FunctionLikeDeclaration, sf: ts.SourceFile): Finding[] {
  const first = firstAwait(fn);
  if (!first) return [{ name, problem: "never awaits getActor()/requireUser()" }];
  if (obtainsActor(first)) return [];
  const { line } = sf.getLineAndCharacterOfPosition(first.getStart(sf));
  return [{ name, problem: `awaits \`${first.getText(sf).slice(0, 80)}\` (line ${line + 1}) before obtaining the actor` }];
}

/** An exported const's value: a function, or a wrapper call whose last function argument is checked. */
function checkConst(name: string, init: ts.Expression | undefined, sf: ts.SourceFile): Finding[] {
  if (!init) return [{ name, problem: "has no value" }];
  if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return checkFunction(name, init, sf);
  if (ts.isCallExpression(init)) {
    if (ts.isIdentifier(init.expression) && ACTOR_WRAPPERS.has(init.expression.text)) return [];
    const fn = [...init.arguments].reverse().find((a): a is ts.ArrowFunction | ts.FunctionExpression => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
    if (fn) return checkFunction(name, fn, sf);
  }
  return [{ name, problem: "is not a function this check can read (write it as an async function)" }];
}

const hasExport = (n: ts.Node) => ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Problems in one file: every export of a "use server" file, and route methods / *Action exports elsewhere, unless `isPublic`. */
function checkSource(file: string, text: string, isPublic: (name: string) => boolean = () => false): Finding[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const serverFile = isUseServerFile(sf);
  const isEndpoint = (name: string) => serverFile || ROUTE_METHODS.has(name) || name.endsWith("Action");
  const findings: Finding[] = [];
  for (const st of sf.statements) {
    if (ts.isExportAssignment(st) || (ts.isExportDeclaration(st) && !st.isTypeOnly)) {
      findings.push({ name: "(export)", problem: "re-exports or default exports cannot be checked; export each endpoint as an async function" });
      continue;
    }
    if (!hasExport(st)) continue;
    if (ts.isFunctionDeclaration(st)) {
      const name = st.name?.text ?? "default";
      if (isEndpoint(name) && !isPublic(name)) findings.push(...checkFunction(name, st, sf));
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && isEndpoint(d.name.text) && !isPublic(d.name.text)) findings.push(...checkConst(d.name.text, d.initializer, sf));
      }
    }
  }
  return findings;
}

function endpointFiles(): string[] {
  const appDir = path.join(repoRoot, "app");
  return (readdirSync(appDir, { recursive: true }) as string[])
    .map((f) => `app/${f.split(path.sep).join("/")}`)
    .filter((f) => /\/route\.(ts|js)$/.test(f) || (/\.(ts|tsx|js)$/.test(f) && isUseServerFile(ts.createSourceFile(f, readFileSync(path.join(repoRoot, f), "utf8"), ts.ScriptTarget.Latest))))
    .sort();
}

const isPublicIn = (file: string) => (name: string) => PUBLIC_ENDPOINTS.some((p) => p.file.test(file) && p.name.test(name));

describe("every server action and route handler obtains the actor first", () => {
  const files = endpointFiles();

  it("finds the endpoints", () => {
    expect(files).toContain("app/(public)/login/actions.ts");
    expect(files).toContain("app/api/v1/regions/route.ts");
    expect(files).toContain("app/(portal)/admin/audit/export/route.ts");
  });

  it.each(files)("%s", (file) => {
    const findings = checkSource(file, readFileSync(path.join(repoRoot, file), "utf8"), isPublicIn(file));
    expect(findings, findings.map((f) => `${file} ${f.name} ${f.problem}`).join("\n")).toEqual([]);
  });

  it("lists no public endpoint that an existing file does not export", () => {
    for (const p of PUBLIC_ENDPOINTS) {
      expect(p.reason.length, String(p.file)).toBeGreaterThan(0);
      const matching = files.filter((f) => p.file.test(f));
      // Entries for files not written yet (e.g. invitations) are checked once the file exists.
      for (const f of matching) {
        const sf = ts.createSourceFile(f, readFileSync(path.join(repoRoot, f), "utf8"), ts.ScriptTarget.Latest, true);
        const exported = sf.statements.flatMap((st) =>
          !hasExport(st) ? [] : ts.isFunctionDeclaration(st) && st.name ? [st.name.text] : ts.isVariableStatement(st) ? st.declarationList.declarations.map((d) => d.name.getText(sf)) : [],
        );
        expect(exported.some((n) => p.name.test(n)), `${f} exports nothing matching ${p.name}`).toBe(true);
      }
    }
  });
});

describe("the check itself", () => {
  const check = (text: string, file = "app/(portal)/things/actions.ts") => checkSource(file, text).map((f) => `${f.name}: ${f.problem}`);

  it("fails a new action that touches anything before getting the actor", () => {
    const found = check(`"use server";
      import { db } from "@/lib/db";
      import { getActor } from "@/lib/auth/current";
      export async function deleteThingAction(formData: FormData) {
        const id = String(formData.get("id"));
        await db().thing.delete({ where: { id } });
        const actor = await getActor();
        return actor;
      }`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^deleteThingAction: awaits `await db\(\)\.thing\.delete/);
  });

  it("fails const actions, wrapped route handlers, hidden awaits and actions that never get the actor", () => {
    expect(check(`"use server"; export const saveAction = async () => { await touch(); await requireUser(); };`)).toHaveLength(1);
    expect(check(`export const POST = getRoute(ep, async ({ query }) => { await db().x.create(query); });`, "app/api/things/route.ts")).toHaveLength(1);
    expect(check(`"use server"; export async function aAction() { const [actor] = await Promise.all([getActor(), touch()]); }`)).toHaveLength(1);
    expect(check(`"use server"; export async function bAction() { if (x) { for await (const y of rows()) {} } await getActor(); }`)).toHaveLength(1);
    expect(check(`"use server"; export async function cAction() { return doIt(); }`)).toEqual(["cAction: never awaits getActor()/requireUser()"]);
    expect(check(`"use server"; export default async function () { await touch(); }`)).toHaveLength(1);
    expect(check(`export async function GET() { await fetch("x"); }`, "app/api/things/route.ts")).toHaveLength(1);
  });

  it("passes actions that parse first and then get the actor, and ignores nested functions", () => {
    expect(check(`"use server";
      export async function saveAction(_prev: unknown, formData: FormData) {
        const parsed = Schema.safeParse(Object.fromEntries(formData));
        const later = async () => { await touch(); };
        const actor = await getActor();
        return toActionResult(() => save(actor, parsed.data));
      }
      export async function signOutAction() { await endOwnSession(await getActor()); }
      export const otherAction = async () => { const user = await (requireUser()); return user; };
      export type Ignored = string;`)).toEqual([]);
    expect(check(`export async function GET(request: Request) { const actor = await getActor(); return fileResponse(ep, request, () => run(actor)); }`, "app/x/route.ts")).toEqual([]);
    expect(check(`export const POST = signedInRoute(ep, async (actor, { body }) => { await save(actor, body); });`, "app/api/x/route.ts")).toEqual([]);
  });

  it("lets listed public endpoints through, and only those", () => {
    const health = `export function GET() { return Response.json({ status: "ok" }); }`;
    expect(checkSource("app/api/health/route.ts", health, isPublicIn("app/api/health/route.ts"))).toEqual([]);
    expect(checkSource("app/api/other/route.ts", health, isPublicIn("app/api/other/route.ts"))).toHaveLength(1);
  });
});
