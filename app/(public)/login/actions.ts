"use server";
// Sign-in (password, then — for MFA accounts — a code or enrolment) and sign-out. Each is a
// public POST endpoint: it decides for itself.
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { SecondStepRequired, SignInThrottled, signIn, signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/current";
import { authMessages as m } from "@/lib/auth/messages";
import { confirmSignInEnrolment } from "@/lib/auth/mfa/pending";
import { mfaMessages as mm } from "@/lib/auth/mfa/messages";
import { endOwnSession, extendOwnSession } from "@/lib/auth/mutations";
import { clearPendingCookie, readPendingCookie, setPendingCookie } from "@/lib/auth/pending-cookie";
import { TooManyRequestsError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/request-address";
import { safeNext } from "@/lib/http/safe-next";
import { headers } from "next/headers";

export interface SignInState {
  message?: string;
  email?: string;
  /** Recovery codes, shown once after enrolling at sign-in. */
  recoveryCodes?: string[];
  next?: string;
  /** What was typed, when the submit failed outright (lib/http/submit-failure.ts). */
  values?: Record<string, string>;
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { message: m.required, email };
  const next = safeNext(formData.get("next"));
  try {
    // No redirect by next-auth (it would send the browser to AUTH_URL's host); the cookie is set
    // and the browser stays on the host it used.
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    if (err instanceof SecondStepRequired) {
      await setPendingCookie(err.token);
      redirect(`/login/${err.purpose === "verify" ? "code" : "mfa-setup"}?next=${encodeURIComponent(next)}`);
    }
    // Throttled: when to try again (the same answer whether the account exists or not).
    if (err instanceof SignInThrottled) return { message: err.throttled.message, email };
    if (err instanceof AuthError) return { message: m.failed, email };
    throw err;
  }
  redirect(next);
}

/** The second step: the code (or a recovery code) for the pending sign-in in the cookie. */
export async function verifyCodeAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const code = String(formData.get("code") ?? "").trim();
  if (!code) return { message: mm.codeRequired };
  const pendingToken = await readPendingCookie();
  if (!pendingToken) return { message: mm.pendingExpired };
  try {
    await signIn("credentials", { pendingToken, code, redirect: false });
  } catch (err) {
    if (err instanceof SignInThrottled) return { message: err.throttled.message };
    if (err instanceof AuthError) return { message: mm.codeWrong };
    throw err;
  }
  await clearPendingCookie();
  redirect(safeNext(formData.get("next")));
}

/** Enrolment at sign-in (本庁・保健所 not enrolled yet): confirm the code, sign in, show the recovery codes. */
export async function confirmEnrolmentAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const code = String(formData.get("code") ?? "").trim();
  const next = safeNext(formData.get("next"));
  if (!code) return { message: mm.codeRequired };
  const pendingToken = await readPendingCookie();
  if (!pendingToken) return { message: mm.pendingExpired };
  const meta = { ipAddress: await requestClientAddress(), userAgent: (await headers()).get("user-agent") };
  let recoveryCodes: string[] | null;
  try {
    recoveryCodes = await confirmSignInEnrolment(pendingToken, code, meta);
  } catch (err) {
    if (err instanceof TooManyRequestsError) return { message: err.message };
    throw err;
  }
  if (!recoveryCodes) return { message: mm.codeWrong };
  try {
    await signIn("credentials", { pendingToken, code: "", redirect: false });
  } catch (err) {
    if (err instanceof AuthError) return { message: mm.pendingExpired };
    throw err;
  }
  await clearPendingCookie();
  return { recoveryCodes, next };
}

export async function signOutAction(): Promise<void> {
  await endOwnSession(await getActor());
  await signOut({ redirect: false });
  redirect("/");
}

/** Pushes the idle timeout forward; the page stays as it is (nothing typed is lost). */
export async function extendSessionAction(): Promise<{ idleExpiresAt: string } | { expired: true }> {
  const until = await extendOwnSession(await getActor());
  return until ? { idleExpiresAt: until.toISOString() } : { expired: true };
}
