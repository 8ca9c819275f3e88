// Recovery codes, shown once: a list a screen reader reads code by code.
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";

export function RecoveryCodes({ codes, headingLevel = 2 }: { codes: string[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-4 rounded-8 border-2 border-solid-gray-600 p-6">
      <Heading id="recovery-codes-heading" className="text-std-20B-150">
        {mm.recoveryTitle}
      </Heading>
      <p className="text-std-16N-170">{mm.recoveryLead}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-std-18B-160" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
