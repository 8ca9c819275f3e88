// The shared form hook: `useActionState` with the server action wrapped in `keepInputOnFailure`,
// so every form that submits to the server keeps what was typed and says what to do when the
// submit fails outright — the database or server down, the network gone, or a new build deployed
// since the page was opened (ADR 0026, ADR 0031). Forms use it instead of `useActionState`.
//
// On the server the bare server action is passed: React renders a form with a server action
// reference with the hidden fields that let it be submitted without JavaScript (progressive
// enhancement); a client-side wrapper has none. In the browser the wrapper is used — React
// dispatches the same way for both, and skips those hidden fields when hydrating.
import { useActionState, useMemo } from "react";
import { keepInputOnFailure, type KeepsValues } from "./submit-failure";

export function useFormAction<S extends KeepsValues>(action: (prev: S, formData: FormData) => Promise<S>, initialState: Awaited<S>) {
  // S is a plain object type (never a promise), so Awaited<S> is S.
  const kept = useMemo(() => keepInputOnFailure(action) as (prev: Awaited<S>, formData: FormData) => Promise<S>, [action]);
  const onServer = typeof window === "undefined";
  return useActionState<S, FormData>(onServer ? (action as (prev: Awaited<S>, formData: FormData) => Promise<S>) : kept, initialState);
}
