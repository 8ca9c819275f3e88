// The actor of a JSON API request: from its Bearer token when it has an Authorization header
// (the session cookie is then ignored), otherwise from the session cookie. Only API route handlers
// call this; pages and server actions use getActor(), which never reads Authorization, so a token
// cannot act in the browser UI (ADR 0016).
import "server-only";
import { clientAddress } from "@/lib/http/client-address";
import type { Actor } from "./actor";
import { authenticateApiToken } from "./api-tokens";

/** Whether the request carries credentials of its own (not ambient, like a cookie). */
export function carriesAuthorization(request: Request): boolean {
  return request.headers.has("authorization");
}

export async function getRequestActor(request: Request, now?: Date): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return authenticateApiToken(authorization, { clientAddress: clientAddress(request.headers), now });
  // Loaded here, not at the top: the Bearer path must not need next-auth (nor Next's request
  // scope), so route handlers answer tokens wherever they run, integration tests included.
  const { getActor } = await import("./current");
  return getActor();
}
