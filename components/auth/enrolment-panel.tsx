// The QR code and the secret as text (for keyboard and screen-reader users), rendered on the server.
import type { EnrolmentView } from "@/lib/auth/mfa/enrolment";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";

export function EnrolmentPanel({ view }: { view: EnrolmentView }) {
  return (
    <div className="space-y-4">
      <p className="text-std-16N-170">{mm.setupStep1}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={view.qrDataUrl} alt={mm.qrAlt(view.account)} width={200} height={200} className="border border-solid-gray-420 bg-white" />
      <div>
        <p id="mfa-secret-label" className="text-std-16B-170">
          {mm.secretLabel}
        </p>
        <p id="mfa-secret" aria-labelledby="mfa-secret-label" className="mt-1 font-mono text-std-18B-160 break-all" data-testid="mfa-secret">
          {view.secretText}
        </p>
        <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{mm.secretHint}</p>
      </div>
    </div>
  );
}
