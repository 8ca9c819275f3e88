// Which pages are public and meant to stay cacheable: they are served with the static
// Content-Security-Policy (no per-request nonce, ADR 0015). Every other page — signed-in work,
// ログイン, 招待, anything added later and not listed here — gets the nonce policy.
// Imported by client components too (links into nonce pages load a new document).

const STATIC_POLICY_PAGES: readonly RegExp[] = [/^\/$/, /^\/regions\/?$/, /^\/regions\/[^/]+\/?$/, /^\/sources\/?$/, /^\/facilities\/?$/];

export function usesStaticPolicy(pathname: string): boolean {
  return STATIC_POLICY_PAGES.some((re) => re.test(pathname));
}

/** "/admin/users?x=1#y" → "/admin/users" (relative hrefs only; anything else is not ours). */
export function pathOfHref(href: string): string | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  return href.replace(/[?#].*$/, "");
}
