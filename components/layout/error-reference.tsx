"use client";
// お問い合わせ番号 on an error page: the id of the request that failed, read from the cookie the
// portal's server sets on page loads, navigations and server actions (ADR 0031); the same id is in
// that request's log line. An error raised in the browser itself (no digest) has no server request
// to point to: nothing is shown. Without the cookie (a server not setting it), Next's digest.
import { useSyncExternalStore } from "react";
import { errorMessages as m } from "@/components/layout/messages";
import { requestIdFromCookies } from "@/lib/http/request-reference";

const noSubscription = () => () => {};
const fromDocument = () => requestIdFromCookies(document.cookie) ?? null;
const onServer = () => null;

export function ErrorReference({ digest }: { digest?: string }) {
  const requestId = useSyncExternalStore(noSubscription, fromDocument, onServer);
  const reference = requestId ?? digest;
  if (!digest || !reference) return null;
  return (
    <p className="mt-4 text-std-16N-170" data-testid="error-reference">
      {m.reference}: <span className="font-mono">{reference}</span>（{m.referenceHint}）
    </p>
  );
}
