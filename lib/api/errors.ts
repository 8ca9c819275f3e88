// One error shape for every route handler: { "error": { "code", "message" } } with the status.
import { AppError, InvalidTokenError, TooManyRequestsError } from "@/lib/errors";
import { currentRequestId, noteRequestError } from "@/lib/ops/request-context";
import { writeLog } from "@/lib/ops/request-log";

export const ErrorResponseSchemaDoc = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "機械可読なエラーコード（validation_error, not_found など）" },
        message: { type: "string", description: "利用者向けの日本語の説明" },
        requestId: { type: "string", description: "500 のとき: このリクエストの ID（お問い合わせ番号。サーバーのログと X-Request-Id ヘッダーに同じ値）" },
      },
    },
  },
} as const;

export function errorResponse(status: number, code: string, message: string, headers: HeadersInit = {}) {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** Maps a thrown error to the response; unexpected errors are logged, never shown. */
export function responseForError(err: unknown, context: string): Response {
  if (err instanceof TooManyRequestsError) {
    return errorResponse(err.status, err.code, err.message, { "retry-after": String(Math.max(1, Math.ceil(err.retryAfterSeconds))) });
  }
  // RFC 6750: a refused token says so; any other 401 names the scheme a program can use.
  if (err instanceof InvalidTokenError) return errorResponse(err.status, err.code, err.message, { "www-authenticate": 'Bearer error="invalid_token"' });
  if (err instanceof AppError && err.status === 401) return errorResponse(err.status, err.code, err.message, { "www-authenticate": "Bearer" });
  if (err instanceof AppError) return errorResponse(err.status, err.code, err.message);
  // Logged with the request id, which the answer carries as お問い合わせ番号 (ADR 0031).
  const requestId = currentRequestId();
  const message = err instanceof Error ? err.message : String(err);
  writeLog({ level: "error", msg: "route_error", requestId, where: context, error: err instanceof Error ? err.stack : message });
  noteRequestError({ message, where: context });
  const text = "サーバーでエラーが発生しました。時間をおいて再度お試しください。";
  if (!requestId) return errorResponse(500, "internal_error", text);
  return Response.json(
    { error: { code: "internal_error", message: `${text}（お問い合わせ番号: ${requestId}）`, requestId } },
    { status: 500, headers: { "cache-control": "no-store" } },
  );
}
