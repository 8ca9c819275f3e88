import Link from "next/link";
import type { ComponentProps } from "react";
import { pathOfHref, usesStaticPolicy } from "@/lib/http/page-kinds";

/**
 * A link within the portal. Into a page served with the nonce Content-Security-Policy (signed-in
 * work, ログイン) it loads a new document, so that page runs under its own strict policy rather
 * than the one of the public page it was reached from (ADR 0015); elsewhere it is Next's Link.
 */
export function PageLink({ href, ...rest }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const path = pathOfHref(href);
  if (path !== null && usesStaticPolicy(path)) return <Link href={href} {...rest} />;
  // A plain <a>: a full page load is the point.
  return <a href={href} {...rest} />;
}
