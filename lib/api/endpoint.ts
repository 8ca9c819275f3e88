// An endpoint's contract — path, parameters, response — declared once with zod. The route
// handler parses with it and the OpenAPI document is generated from it.
import { z } from "zod";
import { clientAddress } from "@/lib/http/client-address";
import { errorResponse, responseForError } from "./errors";

export interface Endpoint<Q extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  method: "get";
  /** OpenAPI path, e.g. "/api/v1/regions". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  response: R;
  /** Default application/json. */
  contentType?: string;
  /** Error statuses this endpoint may answer with. */
  errors: number[];
  cacheControl?: string;
}

export function defineEndpoint<Q extends z.ZodObject, R extends z.ZodType>(e: Endpoint<Q, R>): Endpoint<Q, R> {
  return e;
}

/** Query parameters a client sent, as a plain object (repeated keys: the last wins). */
function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

/** The query, parsed with the endpoint's schema, or the 400 answer naming the parameter. */
function parseQuery<Q extends z.ZodObject>(endpoint: Endpoint<Q>, request: Request): { query: z.output<Q> } | { error: Response } {
  if (!endpoint.query) return { query: {} as z.output<Q> };
  const raw = queryOf(request);
  const parsed = endpoint.query.safeParse(raw);
  if (parsed.success) return { query: parsed.data };
  const issue = parsed.error.issues[0];
  const name = issue.path.map(String).join(".");
  const message = !(name in raw) ? `${name} を指定してください` : issue.message;
  return { error: errorResponse(400, "invalid_parameter", message) };
}

/**
 * A GET route handler for `endpoint`: parses the query (400 with a Japanese message naming the
 * parameter), runs `fn`, answers JSON with the declared content type, maps errors to one shape.
 */
export function getRoute<Q extends z.ZodObject, R extends z.ZodType>(
  endpoint: Endpoint<Q, R>,
  fn: (ctx: { query: z.output<Q>; request: Request }) => Promise<z.input<R>>,
) {
  return async function GET(request: Request): Promise<Response> {
    const parsed = parseQuery(endpoint, request);
    if ("error" in parsed) return parsed.error;
    const query = parsed.query;
    try {
      const body = await fn({ query, request });
      return new Response(JSON.stringify(body), {
        headers: {
          "content-type": `${endpoint.contentType ?? "application/json"}; charset=utf-8`,
          "cache-control": endpoint.cacheControl ?? "no-store",
        },
      });
    } catch (err) {
      return responseForError(err, `${endpoint.method.toUpperCase()} ${endpoint.path}`);
    }
  };
}

/**
 * A file download (CSV and the like) for `endpoint`: the same query parsing and error shape as
 * getRoute, but `fn` returns the body as text and the name to save it under. The caller obtains
 * the actor first (tests/integration/actor-first.test.ts) and hands it to `fn` by closure.
 */
export async function fileResponse<Q extends z.ZodObject>(
  endpoint: Endpoint<Q>,
  request: Request,
  fn: (ctx: { query: z.output<Q>; request: Request; ipAddress: string | null }) => Promise<{ fileName: string; body: string }>,
): Promise<Response> {
  const parsed = parseQuery(endpoint, request);
  if ("error" in parsed) return parsed.error;
  try {
    const file = await fn({ query: parsed.query, request, ipAddress: clientAddress(request.headers) });
    return new Response(file.body, {
      headers: {
        "content-type": `${endpoint.contentType ?? "application/octet-stream"}; charset=utf-8`,
        "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": endpoint.cacheControl ?? "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, `${endpoint.method.toUpperCase()} ${endpoint.path}`);
  }
}
