// The field a second-step code is typed into: a 6-digit TOTP code or a recovery code.
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";

export function CodeField({ label = mm.codeLabel, hint = mm.codeHint }: { label?: string; hint?: string }) {
  return (
    <div>
      <label htmlFor="code" className="block text-std-16B-170">
        {label}
      </label>
      <p id="code-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
        {hint}
      </p>
      <input
        id="code"
        name="code"
        type="text"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={32}
        aria-describedby="code-hint"
        className="mt-2 w-full max-w-[16em] rounded-8 border border-solid-gray-600 bg-white px-4 py-3 font-mono text-std-16N-170"
      />
    </div>
  );
}
