// Who must use MFA: 本庁 and 保健所 accounts, unless PORTAL_MFA_REQUIRED=false (the demo's default,
// ADR 0017). Everyone may enrol. No server dependencies.
import type { Role } from "@/lib/generated/prisma/client";

export const MFA_REQUIRED_ROLES: readonly Role[] = ["PREFECTURE_ADMIN", "PREFECTURE_STAFF", "HEALTH_CENTER"];

export function mfaEnforced(): boolean {
  return process.env.PORTAL_MFA_REQUIRED !== "false";
}

export function mfaRequiredFor(role: Role | null | undefined): boolean {
  return !!role && mfaEnforced() && MFA_REQUIRED_ROLES.includes(role);
}

/** How long a pending sign-in waits for its code, and for an enrolment (scanning takes longer). */
export const PENDING_VERIFY_MS = 5 * 60_000;
export const PENDING_ENROL_MS = 15 * 60_000;
/** Wrong codes one pending sign-in tolerates before the password must be entered again. */
export const PENDING_MAX_FAILURES = 5;
/** A secret being enrolled is kept this long (page reloads show the same QR code). */
export const ENROLMENT_TTL_MS = 15 * 60_000;
export const RECOVERY_CODE_COUNT = 10;
