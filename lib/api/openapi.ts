// The OpenAPI 3.1 document, generated from the endpoint declarations (lib/api/endpoints.ts) and
// their zod schemas — the same ones the route handlers parse with.
import { z } from "zod";
import { site } from "@/lib/site";
import { querySchemaOf, type Endpoint } from "./endpoint";
import { endpoints } from "./endpoints";
import { ErrorResponseSchemaDoc } from "./errors";
import examples from "./examples.json";

type Json = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "パラメーターの誤り",
  401: "ログインが必要",
  403: "権限がない",
  404: "見つからない",
  409: "競合（他の利用者が先に更新した）",
  413: "大きすぎる",
  422: "入力内容の誤り",
  429: "リクエストが多すぎる",
  500: "サーバーのエラー",
  503: "一時的に利用できない",
};

const ERROR_EXAMPLES: Record<number, { error: { code: string; message: string } }> = {
  400: { error: { code: "invalid_parameter", message: "level は tertiary（三次医療圏）、secondary（二次医療圏）、homecare（在宅医療圏）のいずれかを指定してください" } },
  401: { error: { code: "unauthenticated", message: "ログインしてください。" } },
  403: { error: { code: "forbidden", message: "この操作を行う権限がありません。" } },
  404: { error: { code: "not_found", message: "見つかりません。" } },
  409: { error: { code: "conflict", message: "他の利用者が先に更新しました。画面を読み込み直してください。" } },
  413: { error: { code: "payload_too_large", message: "ファイルが大きすぎます。" } },
  422: { error: { code: "validation_error", message: "入力内容に誤りがあります。" } },
  429: { error: { code: "too_many_requests", message: "しばらくしてから再度お試しください。" } },
  500: { error: { code: "internal_error", message: "サーバーでエラーが発生しました。時間をおいて再度お試しください。" } },
  503: { error: { code: "database_unreachable", message: "データベースに接続できません。しばらくしてから再度お試しください。" } },
};

/** JSON Schema of `schema`, with named sub-schemas moved into `components`. */
function schemaOf(schema: z.ZodType, components: Json, io: "input" | "output"): Json {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Json;
  const defs = (json.$defs ?? {}) as Record<string, Json>;
  delete json.$defs;
  delete json.$schema;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      const out: Json = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = k === "$ref" && typeof v === "string" ? v.replace("#/$defs/", "#/components/schemas/") : rewrite(v);
      }
      return out;
    }
    return value;
  };
  for (const [name, def] of Object.entries(defs)) components[name] = rewrite(def);
  const id = (schema.meta() as { id?: string } | undefined)?.id;
  if (id) {
    // zod may put the root itself into $defs (then the root is only a $ref to it): keep the body.
    const root = json.$ref === `#/$defs/${id}` ? components[id] : rewrite(json);
    const { id: _ignored, ...body } = root as Json;
    components[id] = body;
    return { $ref: `#/components/schemas/${id}` };
  }
  return rewrite(json) as Json;
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query", components: Json): Json[] {
  return Object.entries(schema?.shape ?? {}).map(([name, param]) => {
    const p = param as z.ZodType;
    const { description, ...rest } = schemaOf(p, components, "input") as Json & { description?: string };
    return { name, in: where, required: where === "path" || !p.safeParse(undefined).success, description, schema: rest };
  });
}

function operation(e: Endpoint, components: Json): Json {
  const parameters = [...parametersOf(e.params, "path", components), ...parametersOf(querySchemaOf(e), "query", components)];
  // A real answer of the seeded portal, shortened (lib/api/examples.json; tests/integration/openapi-samples.test.ts
  // checks it against the schema and rewrites it with UPDATE_API_EXAMPLES=1).
  const example = (examples as Record<string, unknown>)[e.operationId];
  const content: Json = { [e.contentType ?? "application/json"]: { schema: schemaOf(e.response, components, "output"), ...(example === undefined ? {} : { example }) } };
  if (e.csv) content["text/csv"] = { schema: { type: "string", description: e.csv.description } };
  const responses: Json = {
    [String(e.status ?? 200)]: { description: e.csv ? `成功（format=csv のときは CSV。${e.csv.description}）` : "成功", content },
  };
  for (const status of e.errors) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "エラー",
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" }, example: ERROR_EXAMPLES[status] } },
    };
  }
  const requestBody = e.body && {
    required: e.body.required !== false,
    description: e.body.description,
    content: { [e.body.type]: { schema: schemaOf(e.body.schema, components, "input") } },
  };
  // Either scheme identifies the caller: the browser's session cookie or a personal API token.
  const security = e.security === "session" ? [{ session: [] }, { bearer: [] }] : undefined;
  return { operationId: e.operationId, summary: e.summary, description: e.description, tags: e.tags, security, parameters, requestBody, responses };
}

export function buildOpenApiDocument(baseUrl: string): Json {
  const components: Json = { ErrorResponse: ErrorResponseSchemaDoc };
  const paths: Record<string, Json> = {};
  for (const e of endpoints) (paths[e.path] ??= {})[e.method] = operation(e, components);
  return {
    openapi: "3.1.0",
    info: {
      title: `${site.name} API`,
      version: "1",
      description:
        "公開データの API と、ログインした利用者が使う API（ログインしたセッション、または個人用の API トークン（Authorization: Bearer zp_…）で認証）。区域のコードは安定しており、市町村は全国地方公共団体コード（5桁）。一覧は format=csv で CSV（UTF-8、BOM 付き）としても取得できます。エラーは { error: { code, message } } の形で返します。",
    },
    servers: [{ url: baseUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "ログインしたブラウザのセッション Cookie（HTTPS では __Host-authjs.session-token）。変更の要求は同じサイトの画面からのみ受け付けます。",
        },
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "zp_ で始まる個人用 API トークン",
          description:
            "アカウント画面の「API トークン」で作成した個人用トークンを Authorization: Bearer <トークン> で送ります。トークンは作成した利用者と同じ権限で動き、取り消し・期限切れ・利用停止のトークンは 401（WWW-Authenticate: Bearer error=\"invalid_token\"）になります。",
        },
      },
    },
  };
}
