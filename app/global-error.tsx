"use client";
// Replaces the root layout when it fails. It carries its own document and reads nothing but the
// request id cookie for お問い合わせ番号 (ADR 0031).
import { ErrorReference } from "@/components/layout/error-reference";
import { errorMessages as m } from "@/components/layout/messages";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="ja">
      <body className="bg-white text-solid-gray-800">
        <title>{m.title}</title>
        <main id="main" className="mx-auto w-full max-w-[1120px] px-4 py-12 sm:px-6">
          <h1 className="text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{m.title}</h1>
          <p className="mt-4 max-w-[48em] text-std-16N-170">{m.body}</p>
          <ErrorReference digest={error.digest} />
          <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-4">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-12 items-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 hover:underline"
            >
              {m.retry}
            </button>
            {/* A full page load: the router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="text-std-16N-170">
              {m.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
