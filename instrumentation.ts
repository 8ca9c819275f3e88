// Errors while rendering a page, running a server action or a route handler: one JSON line with
// the request id (stamped by lib/ops/request-log.ts) and the digest the error page shows as
// お問い合わせ番号, so support finds the request from the number a user reads out (ADR 0026).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const err = error as { digest?: string; message?: string; stack?: string };
  const line = {
    time: new Date().toISOString(),
    level: "error",
    msg: "request_error",
    requestId: request.headers["x-request-id"],
    digest: err.digest,
    method: request.method,
    path: request.path.split("?")[0],
    routePath: context.routePath,
    routeType: context.routeType,
    error: err.stack ?? err.message ?? String(error),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
};
