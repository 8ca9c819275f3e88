// next-auth's cookies. Over HTTPS (PORTAL_BASE_URL https://…) they carry the __Host- prefix — the
// browser then insists on Secure, Path=/ and no Domain, so no sibling host can set or read them —
// and are HttpOnly and SameSite=Lax (no state changes on GET, so a link from a mail may open a
// signed-in page; a cross-site POST never carries the session). Over plain HTTP (the demo on
// localhost) the same without prefix and Secure.
const NAMES = { sessionToken: "authjs.session-token", callbackUrl: "authjs.callback-url", csrfToken: "authjs.csrf-token" } as const;

export function servedOverHttps(baseUrl: string | undefined): boolean {
  return (baseUrl ?? "").toLowerCase().startsWith("https://");
}

export function authCookies(secure: boolean) {
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  const entry = (name: string) => ({ name: `${secure ? "__Host-" : ""}${name}`, options });
  return { sessionToken: entry(NAMES.sessionToken), callbackUrl: entry(NAMES.callbackUrl), csrfToken: entry(NAMES.csrfToken) };
}

/**
 * The session token a request's cookies carry, as next-auth reads it: the session cookie, or its
 * chunks (name.0, name.1, … when the token is long) joined in order; undefined without one.
 */
export function sessionTokenOf(cookies: { name: string; value: string }[], secure: boolean): string | undefined {
  const name = authCookies(secure).sessionToken.name;
  const whole = cookies.find((c) => c.name === name)?.value;
  if (whole !== undefined) return whole || undefined;
  const index = (c: { name: string }) => Number(c.name.slice(name.length + 1));
  const chunks = cookies.filter((c) => c.name.startsWith(`${name}.`) && Number.isInteger(index(c))).sort((a, b) => index(a) - index(b));
  return chunks.map((c) => c.value).join("") || undefined;
}
