// The application forms call their server actions directly (controlled state, autosave). A call
// that cannot reach a working server — the database or the server down, the network gone, a new
// build deployed — throws instead of answering; this turns it into the same Japanese message the
// other forms show (lib/http/submit-failure.ts, ADR 0026). What was typed stays in the form's state
// (and the 計画書's unsaved copy in this browser), since nothing re-renders it away.
import type { ActionResult } from "@/lib/http/action-result";
import { isStaleBuildError, submitFailureMessages } from "@/lib/http/submit-failure";

export async function callKeepingInput<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch (err) {
    const digest = (err as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_")) throw err;
    const stale = isStaleBuildError(err);
    return { ok: false, code: stale ? "stale_build" : "unavailable", message: stale ? submitFailureMessages.newBuild : submitFailureMessages.unavailable };
  }
}
