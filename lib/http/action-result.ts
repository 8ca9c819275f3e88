// The one shape server actions answer with, and the one helper that maps domain errors into it.
import { AppError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { checkReadiness } from "@/lib/health/queries";
import { submitFailureMessages } from "./submit-failure";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/** Runs a domain call; known errors become Japanese messages, unexpected ones are logged. */
export async function toActionResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    // Next's redirect()/notFound() signals must pass through.
    if (err && typeof err === "object" && "digest" in err && typeof (err as { digest: unknown }).digest === "string" && (err as { digest: string }).digest.startsWith("NEXT_")) throw err;
    // With PostgreSQL down the session cannot be read (the actor looks signed out) and nothing can
    // be saved: say that, not 「ログインしてください」 or a generic error (ADR 0026).
    if ((err instanceof UnauthenticatedError || !(err instanceof AppError)) && !(await checkReadiness(1_500)).ready) {
      return { ok: false, code: "database_unavailable", message: submitFailureMessages.unavailable };
    }
    if (err instanceof ValidationError) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
    console.error("[action] unexpected error:", err);
    return { ok: false, code: "internal_error", message: "処理中にエラーが発生しました。時間をおいて再度お試しください。" };
  }
}
