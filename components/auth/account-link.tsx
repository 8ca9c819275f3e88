"use client";

import { usePathname } from "next/navigation";
import { isCurrent } from "@/components/layout/site-nav";
import { PageLink } from "@/components/ui/page-link";
import { authMessages as m } from "@/lib/auth/messages";

/** The user menu's link to アカウント, marked as the current page on /account and below, as the main menu marks its own. */
export function AccountLink() {
  const current = isCurrent(usePathname() ?? "", "/account");
  return (
    <PageLink href="/account" aria-current={current ? "page" : undefined} className={`inline-flex min-h-11 items-center text-dns-14N-130 ${current ? "font-bold" : ""}`}>
      {m.account}
    </PageLink>
  );
}
