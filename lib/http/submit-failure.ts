// A submit that could not reach a working server — the database or the server down for a moment,
// the network gone, or a new build deployed since the page was opened (its server actions no
// longer exist) — keeps what was typed and says what to do. Client-safe: forms wrap their server
// action with `keepInputOnFailure` (ADR 0026). Nothing was saved in any of these cases: the
// action either never ran or failed before its transaction committed. Forms get it through the
// shared hook `useFormAction` (lib/http/use-form-action.ts). When the server answered with an error
// (it has a digest), the message carries that request's id as お問い合わせ番号 (ADR 0031).
import { requestIdFromCookies } from "./request-reference";
export const submitFailureMessages = {
  unavailable:
    "いま保存できませんでした（サーバーまたはデータベースに一時的に接続できません）。入力した内容はそのまま残っています。しばらくしてから、もう一度送信してください。",
  newBuild:
    "ポータルが更新されたため、この画面からは送信できません。入力した内容は画面に残っています。内容を控えてから、ページを再読み込み（F5）して入力し直してください。",
} as const;

/** React's message when a server action id is unknown to the server (a newer or older build). */
export function isStaleBuildError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  if ((err as { name?: unknown } | null)?.name === "UnrecognizedActionError") return true;
  return /Server Action .* was not found|Failed to find Server Action/i.test(message);
}

function isNavigationSignal(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

/** The request id of a failure the server answered (ADR 0031), from the cookie its answer set. */
function referenceOf(err: unknown): string | undefined {
  const digest = (err as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || typeof document === "undefined") return undefined;
  return requestIdFromCookies(document.cookie);
}

export interface KeepsValues {
  ok?: boolean;
  message?: string;
  values?: Record<string, string>;
}

/** Wraps a form's server action: a thrown failure becomes a message with the typed values kept. */
export function keepInputOnFailure<S extends KeepsValues>(action: (prev: S, formData: FormData) => Promise<S>) {
  return async (prev: S, formData: FormData): Promise<S> => {
    try {
      return await action(prev, formData);
    } catch (err) {
      if (isNavigationSignal(err)) throw err;
      const values: Record<string, string> = {};
      for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$")) values[name] = value;
      const reference = referenceOf(err);
      const text = isStaleBuildError(err) ? submitFailureMessages.newBuild : submitFailureMessages.unavailable;
      const message = reference ? `${text}（お問い合わせ番号: ${reference}）` : text;
      return { ...prev, ok: false, message, fieldErrors: undefined, values };
    }
  };
}
