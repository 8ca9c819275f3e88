import type { Metadata } from "next";
import { connection } from "next/server";
import { RequestPasswordResetForm } from "@/components/auth/password-reset-forms";
import { PageHeading } from "@/components/ui/page-heading";
import { resetMessages as m } from "@/lib/auth/password-reset-messages";

export const metadata: Metadata = { title: m.requestTitle };

export default async function PasswordResetRequestPage() {
  await connection();
  return (
    <>
      <PageHeading title={m.requestTitle} lead={m.requestLead} />
      <RequestPasswordResetForm />
    </>
  );
}
