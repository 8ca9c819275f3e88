"use client";
// Shown inside the shell when a page fails (e.g. the database is unreachable). It never shows
// the error's message or stack: those go to the server log (instrumentation.ts), in the line of
// the request whose id it shows as お問い合わせ番号 (ADR 0031).
import Link from "next/link";
import { ErrorReference } from "@/components/layout/error-reference";
import { errorMessages as m } from "@/components/layout/messages";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="max-w-[48em]">
      <h1 className="text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{m.title}</h1>
      <p className="mt-4 text-std-16N-170">{m.body}</p>
      <ErrorReference digest={error.digest} />
      <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-4">
        {/* retry() re-fetches the page from the server; reset() would only re-render it. */}
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline"
        >
          {m.retry}
        </button>
        <Link href="/" className="text-std-16N-170">
          {m.home}
        </Link>
      </div>
    </div>
  );
}
