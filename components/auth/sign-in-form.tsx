"use client";
import { signInAction, type SignInState } from "@/app/(public)/login/actions";
import { authMessages as m } from "@/lib/auth/messages";
import { useFormAction } from "@/lib/http/use-form-action";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useFormAction<SignInState>(signInAction, {});
  return (
    <form action={action} className="max-w-[28em] space-y-6" noValidate>
      {state.message && (
        <div role="alert" className="rounded-8 border-2 border-error-1 bg-red-50 p-4 text-std-16N-170 text-red-1000">
          {state.message}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block text-std-16B-170">
          {m.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email ?? state.values?.email ?? ""}
          className="mt-2 w-full rounded-8 border border-solid-gray-600 px-4 py-3 text-std-16N-170"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-std-16B-170">
          {m.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-2 w-full rounded-8 border border-solid-gray-600 px-4 py-3 text-std-16N-170"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline disabled:bg-solid-gray-600"
      >
        {m.submit}
      </button>
    </form>
  );
}
