// Errors while rendering a page, running a server action or a route handler: one JSON line with
// the request id (stamped by lib/ops/request-log.ts) and Next's digest, and the error noted on the
// request so its own log line carries it too. Error pages show the request id as お問い合わせ番号
// (ADR 0026, ADR 0031), so support finds the request from the number a user reads out.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const err = error as { digest?: string; message?: string; stack?: string };
  const requestId = request.headers["x-request-id"];
  const id = typeof requestId === "string" ? requestId : undefined;
  const line = {
    time: new Date().toISOString(),
    level: "error",
    msg: "request_error",
    requestId: id,
    digest: err.digest,
    method: request.method,
    path: request.path.split("?")[0],
    routePath: context.routePath,
    routeType: context.routeType,
    error: err.stack ?? err.message ?? String(error),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
  const { noteRequestError } = await import("@/lib/ops/request-context");
  noteRequestError({ digest: err.digest, message: err.message ?? String(error), where: context.routePath }, id);
};
