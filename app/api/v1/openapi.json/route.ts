import { getRoute } from "@/lib/api/endpoint";
import { openApiEndpoint } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const GET = getRoute(openApiEndpoint, async () => buildOpenApiDocument(env().PORTAL_BASE_URL) as { openapi: string });
