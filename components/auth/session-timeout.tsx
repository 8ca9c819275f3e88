"use client";
// Warns before the idle timeout and lets the user extend the session without leaving the page,
// so nothing typed is lost. After it expires, says so instead of failing silently.
import { useEffect, useRef, useState } from "react";
import { extendSessionAction } from "@/app/(public)/login/actions";
import { authMessages as m } from "@/lib/auth/messages";

const WARN_BEFORE_MS = 2 * 60_000;

export function SessionTimeout({ idleExpiresAt }: { idleExpiresAt: string }) {
  const [extendedTo, setExtendedTo] = useState<number | null>(null);
  const [endedByServer, setEndedByServer] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);

  const expiresAt = Math.max(extendedTo ?? 0, new Date(idleExpiresAt).getTime());
  const remaining = expiresAt - now;
  const expired = endedByServer || remaining <= 0;
  const warn = !expired && remaining <= WARN_BEFORE_MS;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if ((warn || expired) && !d.open) d.showModal();
    if (!warn && !expired && d.open) d.close();
  }, [warn, expired]);

  async function extend() {
    const result = await extendSessionAction();
    if ("expired" in result) setEndedByServer(true);
    else setExtendedTo(new Date(result.idleExpiresAt).getTime());
  }

  return (
    <dialog ref={dialog} aria-labelledby="session-timeout-title" className="m-auto max-w-[32em] rounded-8 p-6 backdrop:bg-black/40">
      <h2 id="session-timeout-title" className="text-std-20B-150 text-solid-gray-900">
        {expired ? m.signIn : m.timeoutTitle}
      </h2>
      <p className="mt-4 text-std-16N-170">{expired ? m.expired : m.timeoutBody(Math.max(1, Math.ceil(remaining / 60_000)))}</p>
      <div className="mt-6">
        {expired ? (
          <button type="button" onClick={() => dialog.current?.close()} className="min-h-12 rounded-8 border border-solid-gray-600 px-6 text-std-16B-170">
            {m.close}
          </button>
        ) : (
          <button type="button" onClick={extend} className="min-h-12 rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:underline">
            {m.extend}
          </button>
        )}
      </div>
    </dialog>
  );
}
