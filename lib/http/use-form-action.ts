// The shared form hook: `useActionState` with the server action wrapped in `keepInputOnFailure`,
// so every form that submits to the server keeps what was typed and says what to do when the
// submit fails outright — the database or server down, the network gone, or a new build deployed
// since the page was opened (ADR 0026, ADR 0031). Forms use it instead of `useActionState`.
import { useActionState, useMemo } from "react";
import { keepInputOnFailure, type KeepsValues } from "./submit-failure";

export function useFormAction<S extends KeepsValues>(action: (prev: S, formData: FormData) => Promise<S>, initialState: Awaited<S>) {
  // S is a plain object type (never a promise), so Awaited<S> is S.
  const kept = useMemo(() => keepInputOnFailure(action) as (prev: Awaited<S>, formData: FormData) => Promise<S>, [action]);
  return useActionState<S, FormData>(kept, initialState);
}
