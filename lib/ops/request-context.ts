// The request a piece of server code runs for (ADR 0031). The custom server (lib/ops/http-server.ts)
// runs Next's handler inside `runWithRequest`; Next's code runs in the same process, so route
// handlers read the id (`currentRequestId`) for their 500 bodies, and errors reported by Next's
// `onRequestError` or by route handlers are noted on the request and written into its one log
// line. Kept on globalThis: the server (tsx) and Next's bundle load this file as two modules.
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestErrorNote {
  /** Next's digest of a rendering error; absent for errors a route handler caught. */
  digest?: string;
  message: string;
  /** Where it happened: Next's route path, or the route handler's own label. */
  where?: string;
}

export interface RequestContext {
  requestId: string;
  errors: RequestErrorNote[];
}

interface Holder {
  portalRequestStorage?: AsyncLocalStorage<RequestContext>;
  portalRequestsById?: Map<string, RequestContext>;
}
const holder = globalThis as unknown as Holder;
const storage = (holder.portalRequestStorage ??= new AsyncLocalStorage<RequestContext>());
const byId = (holder.portalRequestsById ??= new Map<string, RequestContext>());

/** Runs `fn` as the handling of request `requestId`; `done()` forgets it (when the response closed). */
export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  byId.set(context.requestId, context);
  return storage.run(context, fn);
}

export function forgetRequest(requestId: string) {
  byId.delete(requestId);
}

/** The id of the request being handled, when running under the portal's server. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Notes an error on a request (by id, or the current one), for its log line. */
export function noteRequestError(note: RequestErrorNote, requestId?: string) {
  const context = (requestId ? byId.get(requestId) : undefined) ?? storage.getStore();
  if (context && context.errors.length < 5) context.errors.push({ ...note, message: note.message.slice(0, 500) });
}
