import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { apiTokenMessages as m } from "@/lib/api-tokens/messages";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { getActor } from "@/lib/auth/current";

export const metadata: Metadata = { title: m.title };

export default async function ApiTokensPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind !== "user") redirect("/login?next=/account/tokens");
  const tokens = await listOwnApiTokens(actor);
  return (
    <>
      <p className="mb-4">
        <Link href="/account" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToAccount}
        </Link>
      </p>
      <PageHeading title={m.title} lead={m.lead} />
      <p className="mb-10 max-w-[48em] text-std-16N-170">{m.usage}</p>
      <section aria-labelledby="create-heading" className="mb-12">
        <SectionHeading id="create-heading">{m.createHeading}</SectionHeading>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="tokens-heading">
        <SectionHeading id="tokens-heading">{m.listHeading}</SectionHeading>
        <TokenTable tokens={tokens} />
      </section>
    </>
  );
}
