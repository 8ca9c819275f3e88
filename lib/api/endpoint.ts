// An endpoint's contract — method, path and its parameters, query, request body, response —
// declared once with zod. The route handler parses with it and the OpenAPI document is generated
// from it.
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { attachmentDisposition } from "@/lib/http/csv";
import { parseBody } from "./body";
import { errorResponse, responseForError } from "./errors";

export type BodyType = "application/json" | "multipart/form-data";

export interface Endpoint<
  Q extends z.ZodObject = z.ZodObject,
  R extends z.ZodType = z.ZodType,
  P extends z.ZodObject = z.ZodObject,
  B extends z.ZodObject = z.ZodObject,
> {
  method: "get" | "post";
  /** OpenAPI path, e.g. "/api/v1/facility-imports/{importId}" (the folder is [importId]). */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Path parameters, named as in `path`. */
  params?: P;
  query?: Q;
  /** The request body: media type and schema. `required: false`: a JSON body may be left out. */
  body?: { type: BodyType; schema: B; required?: boolean; description?: string };
  response: R;
  /** Status of success (default 200). */
  status?: 200 | 201;
  /** Default application/json. */
  contentType?: string;
  /** Also answered as CSV with `?format=csv`; the description lists the columns. */
  csv?: { description: string };
  /**
   * Signed-in endpoints: the caller is identified by the session cookie or a personal API token
   * (`Authorization: Bearer`, ADR 0016). Route handlers are built with `signedInRoute`.
   */
  security?: "session";
  /** Error statuses this endpoint may answer with. */
  errors: number[];
  cacheControl?: string;
}

export function defineEndpoint<Q extends z.ZodObject, R extends z.ZodType, P extends z.ZodObject, B extends z.ZodObject>(
  e: Endpoint<Q, R, P, B>,
): Endpoint<Q, R, P, B> {
  return e;
}

/** `?format=` of endpoints that also answer CSV. */
export const FormatSchema = z
  .enum(["json", "csv"], { error: "format は json または csv を指定してください" })
  .optional()
  .meta({ description: "csv: Excel で開ける CSV（UTF-8、BOM 付き、見出しは日本語）。既定は json" });

/** The query schema a request is parsed with: the declared one, plus `format` for CSV endpoints. */
export function querySchemaOf(endpoint: Endpoint): z.ZodObject | undefined {
  if (!endpoint.csv) return endpoint.query;
  return (endpoint.query ?? z.object({})).extend({ format: FormatSchema });
}

/** A response rendered as a file: its body and names (ASCII, and the one people see). */
export interface FileBody {
  body: string;
  fileName: string;
  displayName?: string;
}

export interface RequestContext<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodObject> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  request: Request;
  /** The TCP peer's address, as the server stamped it (lib/ops/peer-address.ts). */
  ipAddress: string | null;
}

export interface RespondOptions<Q extends z.ZodObject, R extends z.ZodType> {
  /** Next's route context: `params` is a Promise of the path parameters. */
  route?: { params: Promise<Record<string, string | string[]>> };
  /** Renders the (parsed) response as CSV; required when the endpoint declares `csv`. */
  csv?: (response: z.output<R>, query: z.output<Q>) => FileBody;
  /** Requests declaring a longer body are refused with 413 and `message`, before it is read. */
  bodyLimit?: { bytes: number; message: string };
}

export type Parsed = { value: Record<string, unknown> } | { error: Response };

/** Query parameters a client sent, as a plain object (repeated keys: the last wins; blanks are left out). */
function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries([...new URL(request.url).searchParams.entries()].filter(([, v]) => v !== ""));
}

/** The query, parsed with `schema`, or the 400 answer naming the parameter. */
function parseQuery(schema: z.ZodObject | undefined, raw: Record<string, string>): Parsed {
  if (!schema) return { value: {} };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  const name = issue.path.map(String).join(".");
  const message = name && !(String(issue.path[0]) in raw) ? `${name} を指定してください` : issue.message;
  return { error: errorResponse(400, "invalid_parameter", message) };
}

/** The path parameters; ones that cannot name anything are answered like a missing thing (404). */
function parseRouteParams(schema: z.ZodObject | undefined, raw: Record<string, unknown>): Parsed {
  if (!schema) return { value: {} };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { value: parsed.data } : { error: errorResponse(404, "not_found", new NotFoundError().message) };
}

function fileDownload(file: FileBody, contentType: string, cacheControl = "no-store"): Response {
  return new Response(file.body, {
    headers: {
      "content-type": `${contentType}; charset=utf-8`,
      "content-disposition": attachmentDisposition(file.fileName, file.displayName),
      "cache-control": cacheControl,
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * A change asked for with the session cookie from another site's page (CSRF): browsers say so in
 * Sec-Fetch-Site. Programs send no such header; the cookie's SameSite=Lax is the first defence.
 * A request with an Authorization header is identified by it alone (the cookie is ignored), and
 * another site's page cannot make a browser send one: no ambient credential, nothing to forge.
 */
export function crossSiteWrite(endpoint: Endpoint, request: Request): boolean {
  if (endpoint.security !== "session" || endpoint.method === "get") return false;
  if (request.headers.has("authorization")) return false;
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

export const crossSiteRefusal = () => errorResponse(403, "forbidden", "他のサイトから送られた変更の要求は受け付けません。");

/**
 * Answers a request to `endpoint`: parses the path parameters (404 when they cannot name
 * anything), the query (400 naming the parameter, in Japanese) and the body (413 / 400 / 422),
 * runs `fn`, shapes its result through the response schema and answers JSON with the declared
 * status — or CSV for `?format=csv` — and maps errors to the one error shape. Handlers that act
 * for a user obtain the actor first and hand it to `fn` by closure
 * (tests/integration/actor-first.test.ts).
 */
export async function respond<Q extends z.ZodObject, R extends z.ZodType, P extends z.ZodObject, B extends z.ZodObject>(
  endpoint: Endpoint<Q, R, P, B>,
  request: Request,
  fn: (ctx: RequestContext<Q, P, B>) => Promise<z.input<R>>,
  options: RespondOptions<Q, R> = {},
): Promise<Response> {
  const where = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
  if (crossSiteWrite(endpoint as Endpoint, request)) return crossSiteRefusal();
  try {
    const params = parseRouteParams(endpoint.params, (await options.route?.params) ?? {});
    if ("error" in params) return params.error;
    const query = parseQuery(querySchemaOf(endpoint as Endpoint), queryOf(request));
    if ("error" in query) return query.error;
    const body = await parseBody(endpoint.body, request, options.bodyLimit);
    if ("error" in body) return body.error;
    const { format, ...rest } = query.value as { format?: "json" | "csv" };
    const ctx = { params: params.value, query: rest, body: body.value, request, ipAddress: clientAddress(request.headers) };
    const result: z.output<R> = endpoint.response.parse(await fn(ctx as RequestContext<Q, P, B>));
    if (format === "csv") {
      if (!options.csv) throw new Error(`${where} declares csv but its route renders none`);
      return fileDownload(options.csv(result, rest as z.output<Q>), "text/csv", endpoint.cacheControl);
    }
    return new Response(JSON.stringify(result), {
      status: endpoint.status ?? 200,
      headers: {
        "content-type": `${endpoint.contentType ?? "application/json"}; charset=utf-8`,
        "cache-control": endpoint.cacheControl ?? "no-store",
      },
    });
  } catch (err) {
    return responseForError(err, where);
  }
}

/** A GET route handler of a public endpoint (read as anyone, no actor): see `respond`. */
export function getRoute<Q extends z.ZodObject, R extends z.ZodType>(
  endpoint: Endpoint<Q, R>,
  fn: (ctx: { query: z.output<Q>; request: Request }) => Promise<z.input<R>>,
  options: Pick<RespondOptions<Q, R>, "csv"> = {},
) {
  return async function GET(request: Request): Promise<Response> {
    return respond(endpoint, request, fn, options);
  };
}

/**
 * A file download (CSV and the like) for `endpoint`: the same query parsing and error shape as
 * `respond`, but `fn` returns the body as text and the name to save it under. The caller obtains
 * the actor first and hands it to `fn` by closure.
 */
export async function fileResponse<Q extends z.ZodObject>(
  endpoint: Endpoint<Q>,
  request: Request,
  fn: (ctx: { query: z.output<Q>; request: Request; ipAddress: string | null }) => Promise<FileBody>,
): Promise<Response> {
  const query = parseQuery(endpoint.query, queryOf(request));
  if ("error" in query) return query.error;
  try {
    const file = await fn({ query: query.value as z.output<Q>, request, ipAddress: clientAddress(request.headers) });
    return fileDownload(file, endpoint.contentType ?? "application/octet-stream", endpoint.cacheControl);
  } catch (err) {
    return responseForError(err, `${endpoint.method.toUpperCase()} ${endpoint.path}`);
  }
}
