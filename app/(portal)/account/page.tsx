import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ApiTokensLink } from "@/components/api-tokens/api-tokens-link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { roleLabels } from "@/lib/auth/role-labels";

export const metadata: Metadata = { title: "アカウント" };

export default async function AccountPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind !== "user") redirect("/login?next=/account");
  return (
    <>
      <PageHeading title="アカウント" lead={`${actor.displayName}（${roleLabels[actor.role]}）としてログインしています。`} />
      <section aria-labelledby="password-heading">
        <SectionHeading id="password-heading">パスワードの変更</SectionHeading>
        <ChangePasswordForm />
      </section>
      <ApiTokensLink />
    </>
  );
}
