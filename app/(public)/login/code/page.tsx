import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CodeForm } from "@/components/auth/code-form";
import { PageHeading } from "@/components/ui/page-heading";
import { findPendingSignIn } from "@/lib/auth/mfa/pending";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";
import { readPendingCookie } from "@/lib/auth/pending-cookie";
import { safeNext } from "@/lib/http/safe-next";

export const metadata: Metadata = { title: mm.codeTitle };

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await connection();
  const next = safeNext((await searchParams).next);
  const pending = await findPendingSignIn(await readPendingCookie());
  return (
    <>
      <PageHeading title={mm.codeTitle} lead={pending?.purpose === "verify" ? mm.codeLead : undefined} />
      {pending?.purpose === "verify" ? (
        <CodeForm next={next} />
      ) : (
        <div className="space-y-4">
          <p className="text-std-16N-170">{mm.pendingExpired}</p>
          <Link href={`/login?next=${encodeURIComponent(next)}`} className="text-blue-1000 underline">
            {mm.backToLogin}
          </Link>
        </div>
      )}
    </>
  );
}
