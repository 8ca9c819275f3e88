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
 * Whether a request with these cookie names may carry a session: the session cookie, whole or in
 * chunks (name.0, name.1, … when the token is long). Without one there is nothing for next-auth to
 * read, so the request is anonymous without asking it.
 */
export function mayCarrySession(cookieNames: Iterable<string>, secure: boolean): boolean {
  const name = authCookies(secure).sessionToken.name;
  for (const n of cookieNames) if (n === name || n.startsWith(`${name}.`)) return true;
  return false;
}
