"use client";
// Creating a personal API token: name and validity period; the token is shown once, with a copy
// button, and the form starts empty again.
import { createApiTokenAction, type CreateTokenState } from "@/app/(portal)/account/tokens/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { apiTokenMessages as m } from "@/lib/api-tokens/messages";
import { DEFAULT_EXPIRY_DAYS, EXPIRY_CHOICES } from "@/lib/api-tokens/schema";
import { CopyButton } from "./copy-button";
import { useFormAction } from "@/lib/http/use-form-action";

export function CreateTokenForm() {
  const [state, action, pending] = useFormAction<CreateTokenState>(createApiTokenAction, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      {state.ok && state.data ? (
        <div role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16N-170">
          <p className="text-std-16B-170">
            {m.created}（{state.data.name}）
          </p>
          <p id="new-token-note" className="mt-2">
            {m.shownOnce}
          </p>
          <p className="mt-2 break-all">
            <span className="sr-only">{m.tokenLabel}: </span>
            <code data-testid="new-api-token" className="rounded-4 bg-white px-2 py-1">
              {state.data.token}
            </code>
          </p>
          <div className="mt-4">
            <CopyButton text={state.data.token} describedBy="new-token-note" />
          </div>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <form key={state.ok ? state.data?.token : JSON.stringify(values)} action={action} className="max-w-[36em] space-y-6" noValidate>
        <TextField id="token-name" name="name" autoComplete="off" label={m.field.name} hint={m.nameHint} required defaultValue={values.name} errors={errors.name} />
        <SelectField
          id="token-expiry"
          name="expiresInDays"
          label={m.field.expiresInDays}
          hint={m.expiryHint}
          required
          defaultValue={values.expiresInDays || String(DEFAULT_EXPIRY_DAYS)}
          errors={errors.expiresInDays}
          options={EXPIRY_CHOICES.map((d) => ({ value: String(d), label: m.expiryOption(d) }))}
        />
        <button type="submit" disabled={pending} className={submitClass}>
          {m.submit}
        </button>
      </form>
    </div>
  );
}
