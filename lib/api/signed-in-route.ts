// The route handler of a signed-in endpoint (`security: "session"`): refuses another site's write
// made with the session cookie (403), obtains the actor — from a Bearer token (ADR 0016) or the
// session cookie — before anything else is read, then answers through `respond` with the actor
// handed to `fn`. A refused token answers 401 with WWW-Authenticate; a throttled address 429.
import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getRequestActor } from "@/lib/auth/request-actor";
import { crossSiteRefusal, crossSiteWrite, respond, type Endpoint, type RequestContext, type RespondOptions } from "./endpoint";
import { responseForError } from "./errors";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function signedInRoute<Q extends z.ZodObject, R extends z.ZodType, P extends z.ZodObject, B extends z.ZodObject>(
  endpoint: Endpoint<Q, R, P, B>,
  fn: (actor: Actor, ctx: RequestContext<Q, P, B>) => Promise<z.input<R>>,
  /** Options, or a function giving them for each request (limits read from the environment). */
  options: Omit<RespondOptions<Q, R>, "route"> | (() => Omit<RespondOptions<Q, R>, "route">) = {},
) {
  if (endpoint.security !== "session") throw new Error(`${endpoint.path}: signedInRoute needs security: "session"`);
  return async function handler(request: Request, route?: RouteContext): Promise<Response> {
    if (crossSiteWrite(endpoint as unknown as Endpoint, request)) return crossSiteRefusal();
    let actor: Actor;
    try {
      actor = await getRequestActor(request);
    } catch (err) {
      return responseForError(err, `${endpoint.method.toUpperCase()} ${endpoint.path}`);
    }
    return respond(endpoint, request, (ctx) => fn(actor, ctx), { ...(typeof options === "function" ? options() : options), route });
  };
}
