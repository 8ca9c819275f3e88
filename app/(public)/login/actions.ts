"use server";
// Sign-in and sign-out. Each is a public POST endpoint: it decides for itself.
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { SignInThrottled, signIn, signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/current";
import { authMessages as m } from "@/lib/auth/messages";
import { endOwnSession, extendOwnSession } from "@/lib/auth/mutations";

export interface SignInState {
  message?: string;
  email?: string;
}

/** Only same-site relative paths may be returned to after sign-in. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { message: m.required, email };
  try {
    // No redirect by next-auth (it would send the browser to AUTH_URL's host); the cookie is set
    // and the browser stays on the host it used.
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    // Throttled: when to try again (the same answer whether the account exists or not).
    if (err instanceof SignInThrottled) return { message: err.throttled.message, email };
    if (err instanceof AuthError) return { message: m.failed, email };
    throw err;
  }
  redirect(safeNext(formData.get("next")));
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
