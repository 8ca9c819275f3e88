import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ApiTokensLink } from "@/components/api-tokens/api-tokens-link";
import { AccountMfaSection } from "@/components/auth/account-mfa-section";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { enrolmentView } from "@/lib/auth/mfa/enrolment";
import { getOwnMfaStatus } from "@/lib/auth/mfa/mutations";
import { roleLabels } from "@/lib/auth/role-labels";

export const metadata: Metadata = { title: "アカウント" };

export default async function AccountPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind !== "user") redirect("/login?next=/account");
  const [mfa, enrolment] = await Promise.all([getOwnMfaStatus(actor), enrolmentView(actor.userId)]);
  return (
    <>
      <PageHeading title="アカウント" lead={`${actor.displayName}（${roleLabels[actor.role]}）としてログインしています。`} />
      <section aria-labelledby="password-heading">
        <SectionHeading id="password-heading">パスワードの変更</SectionHeading>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="mfa-heading" className="mt-12">
        <SectionHeading id="mfa-heading">二段階認証</SectionHeading>
        <AccountMfaSection status={mfa} enrolment={enrolment} />
      </section>
      <ApiTokensLink />
    </>
  );
}
