// What is limited, how much, and under which key. Every limit in the portal is declared here, so
// the numbers can be read (and reviewed) in one place. Keys hold no e-mail address in clear: an
// address is reduced to a SHA-256 fingerprint; client addresses are kept per /64 for IPv6, since
// one IPv6 client usually holds a whole /64.
import { createHash } from "node:crypto";
import { isIP } from "node:net";

export interface Limit {
  key: string;
  /** Attempts allowed within the window; the next one is refused until the window ends. */
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Sign-in, per (account, client address): tight. 20 wrong passwords never get through. */
export const SIGN_IN_PER_ACCOUNT_AND_ADDRESS = { limit: 10, windowSeconds: 15 * MINUTE };
/**
 * Sign-in, per client address, whatever the account: loose, so a whole 道庁 office behind one
 * gateway is not locked out. Successful sign-ins are given back, so only failures (and refused
 * attempts) use it up.
 */
export const SIGN_IN_PER_ADDRESS = { limit: 100, windowSeconds: 15 * MINUTE };
/** Mail of any kind (invitations, later password resets) to one recipient. */
export const MAIL_PER_RECIPIENT = { limit: 5, windowSeconds: HOUR };
/** Invitations one administrator sends (enough to bring a whole 保健所 or 医師会 aboard at once). */
export const INVITATIONS_PER_SENDER = { limit: 100, windowSeconds: HOUR };
/** Password-reset mails requested from one client address (used by the password-reset feature). */
export const PASSWORD_RESETS_PER_ADDRESS = { limit: 10, windowSeconds: HOUR };

/**
 * Refused API tokens (unknown, malformed, revoked, expired), per client address: as loose as
 * sign-in's per-address limit. Only refusals count; while over it, every Bearer request from the
 * address is answered 429 without looking the token up.
 */
export const API_TOKEN_FAILURES_PER_ADDRESS = { limit: 100, windowSeconds: 15 * MINUTE };

/** A stable, non-reversible-at-a-glance token for an e-mail address. */
export function emailFingerprint(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

/** The address as throttled: IPv4 as it is, IPv6 by its /64, "unknown" without one. */
export function addressBucket(address: string | null | undefined): string {
  if (!address) return "unknown";
  if (isIP(address) !== 6 || address.includes(".")) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function signInLimits(email: string, address: string | null) {
  const bucket = addressBucket(address);
  const accountAndAddress: Limit = { key: `sign-in:account+address:${emailFingerprint(email)}:${bucket}`, ...SIGN_IN_PER_ACCOUNT_AND_ADDRESS };
  const perAddress: Limit = { key: `sign-in:address:${bucket}`, ...SIGN_IN_PER_ADDRESS };
  return { accountAndAddress, perAddress, all: [accountAndAddress, perAddress] };
}

export type MailKind = "invitation" | "password-reset";

/**
 * The limits a mail of `kind` to `recipient` is subject to. Every kind shares the per-recipient
 * limit; an invitation also counts against its sender (the administrator), a password reset
 * against the client address that asked for it.
 */
export function mailLimits(kind: MailKind, recipient: string, sender: { userId: string } | { address: string | null }): Limit[] {
  const limits: Limit[] = [{ key: `mail:recipient:${emailFingerprint(recipient)}`, ...MAIL_PER_RECIPIENT }];
  if (kind === "invitation" && "userId" in sender) limits.push({ key: `mail:invitation:sender:${sender.userId}`, ...INVITATIONS_PER_SENDER });
  if (kind === "password-reset" && "address" in sender) limits.push({ key: `mail:password-reset:address:${addressBucket(sender.address)}`, ...PASSWORD_RESETS_PER_ADDRESS });
  return limits;
}

export function apiTokenFailureLimit(address: string | null): Limit {
  return { key: `api-token:address:${addressBucket(address)}`, ...API_TOKEN_FAILURES_PER_ADDRESS };
}

/** Second-step codes (TOTP or recovery code) per account, whatever the address: 10 per 15 minutes. */
export const MFA_CODES_PER_ACCOUNT = { limit: 10, windowSeconds: 15 * MINUTE };
/** Step-up checks (password or code before changing MFA or the e-mail address) per account. */
export const STEP_UPS_PER_ACCOUNT = { limit: 10, windowSeconds: 15 * MINUTE };

/** A second-step code counts against its account and against the client address's sign-in allowance. */
export function mfaCodeLimits(userId: string, address: string | null) {
  const perAccount: Limit = { key: `mfa-code:account:${userId}`, ...MFA_CODES_PER_ACCOUNT };
  const perAddress: Limit = { key: `sign-in:address:${addressBucket(address)}`, ...SIGN_IN_PER_ADDRESS };
  return { perAccount, perAddress, all: [perAccount, perAddress] };
}

export function stepUpLimits(userId: string): Limit[] {
  return [{ key: `step-up:account:${userId}`, ...STEP_UPS_PER_ACCOUNT }];
}
