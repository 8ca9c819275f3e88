// next-auth v5: credentials sign-in with JWT session cookies that carry only the id of a
// server-side session row (lib/auth/sessions.ts), validated on every request.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { TooManyRequestsError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { authCookies, servedOverHttps } from "./cookies";
import { SESSION_MAX_MS, validateSession } from "./sessions";
import { completeSignIn } from "./mfa/pending";
import { authenticate } from "./sign-in";

declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}

/**
 * A throttled sign-in. next-auth passes its own errors through to the caller of signIn() as they
 * are (others it wraps), so the sign-in action can tell the user when to try again.
 */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly throttled: TooManyRequestsError) {
    super(throttled.message);
  }
}

/** The password was right; the browser must now give a code (or enrol) with this pending sign-in. */
export class SecondStepRequired extends CredentialsSignin {
  code = "second_step";
  constructor(
    readonly purpose: "verify" | "enrol",
    readonly token: string,
  ) {
    super("second step required");
  }
}

/** From PORTAL_BASE_URL (set before the app loads), never from a request's headers. */
const secureCookies = servedOverHttps(process.env.PORTAL_BASE_URL);

export const { auth, signIn, signOut } = NextAuth({
  // Links are built from AUTH_URL (set from PORTAL_BASE_URL by the start script), not headers.
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: Math.floor(SESSION_MAX_MS / 1000) },
  useSecureCookies: secureCookies,
  cookies: authCookies(secureCookies),
  pages: { signIn: "/login", error: "/login" },
  logger: {
    error(error) {
      // Wrong passwords and throttled attempts are expected outcomes, audited in audit_entry.
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      // Either the first step (email, password) or the second (pendingToken, code): ADR 0017.
      credentials: { email: {}, password: {}, pendingToken: {}, code: {} },
      authorize: async (credentials, request) => {
        const meta = { ipAddress: clientAddress(request.headers), userAgent: request.headers.get("user-agent") };
        try {
          if (typeof credentials.pendingToken === "string") {
            return await completeSignIn(credentials.pendingToken, String(credentials.code ?? "").slice(0, 64), meta);
          }
          const outcome = await authenticate(credentials, meta);
          if (outcome && "kind" in outcome) throw new SecondStepRequired(outcome.purpose, outcome.token);
          return outcome;
        } catch (err) {
          throw err instanceof TooManyRequestsError ? new SignInThrottled(err) : err;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      try {
        const live = await validateSession(token.sid as string | undefined);
        return live ? token : null;
      } catch (err) {
        // The database is unreachable. Returning null (or throwing) would end the session and
        // send the user to the sign-in page; keep the cookie. Pages do not rely on this check:
        // getActor() reads the cookie and checks the session row itself (lib/auth/current.ts),
        // which fails loudly (the error page with its request id) while the outage lasts.
        console.error("[auth] session check unavailable:", err instanceof Error ? err.message.split("\n")[0] : err);
        return token;
      }
    },
    session({ session, token }) {
      session.sid = token.sid as string | undefined;
      return session;
    },
  },
});
