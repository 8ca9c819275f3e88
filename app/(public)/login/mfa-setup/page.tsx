import type { Metadata } from "next";
import { connection } from "next/server";
import { EnrolAtSignInForm } from "@/components/auth/enrol-at-sign-in-form";
import { EnrolmentPanel } from "@/components/auth/enrolment-panel";
import { PageHeading } from "@/components/ui/page-heading";
import { enrolmentView } from "@/lib/auth/mfa/enrolment";
import { findPendingSignIn } from "@/lib/auth/mfa/pending";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";
import { readPendingCookie } from "@/lib/auth/pending-cookie";
import { safeNext } from "@/lib/http/safe-next";

export const metadata: Metadata = { title: mm.setupTitle };

export default async function MfaSetupAtSignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  await connection();
  const next = safeNext((await searchParams).next);
  const pending = await findPendingSignIn(await readPendingCookie());
  const view = pending?.purpose === "enrol" ? await enrolmentView(pending.userId) : null;
  return (
    <>
      <PageHeading title={mm.setupTitle} lead={view ? mm.setupLead : undefined} />
      <EnrolAtSignInForm next={next} panel={view ? <EnrolmentPanel view={view} /> : null} />
    </>
  );
}
