// The account page's section pointing to the API token page.
import Link from "next/link";
import { SectionHeading } from "@/components/ui/section-heading";
import { apiTokenMessages as m } from "@/lib/api-tokens/messages";

export function ApiTokensLink() {
  return (
    <section aria-labelledby="api-tokens-heading" className="mt-12">
      <SectionHeading id="api-tokens-heading">{m.title}</SectionHeading>
      <p className="mb-4 max-w-[48em] text-std-16N-170">{m.accountLinkLead}</p>
      <Link href="/account/tokens" className="text-std-16N-170 text-blue-1000 underline">
        {m.accountLink}
      </Link>
    </section>
  );
}
