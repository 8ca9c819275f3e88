"use client";
// The job's state as a live region that stays mounted while the page below it changes, so a
// screen reader hears 「読み込みが終わりました」 when the preview replaces the progress bar. While
// the list is being read it refreshes the page (the server re-reads the job row) about once a
// second; nothing else is fetched by the browser.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

export function ImportStatus({ message, polling, intervalMs = 1000 }: { message: string; polling: boolean; intervalMs?: number }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const busy = useRef(false);
  useEffect(() => {
    busy.current = refreshing;
  }, [refreshing]);

  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => {
      if (busy.current) return;
      startTransition(() => router.refresh());
    }, intervalMs);
    return () => clearInterval(timer);
  }, [polling, intervalMs, router]);

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
