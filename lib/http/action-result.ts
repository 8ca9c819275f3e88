// The one shape server actions answer with, and the one helper that maps domain errors into it.
import { AppError, ValidationError } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/** Runs a domain call; known errors become Japanese messages, unexpected ones are logged. */
export async function toActionResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    if (err instanceof ValidationError) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
    // Next's redirect()/notFound() signals must pass through.
    if (err && typeof err === "object" && "digest" in err && typeof (err as { digest: unknown }).digest === "string" && (err as { digest: string }).digest.startsWith("NEXT_")) throw err;
    console.error("[action] unexpected error:", err);
    return { ok: false, code: "internal_error", message: "処理中にエラーが発生しました。時間をおいて再度お試しください。" };
  }
}
