// Checking a second factor against what is stored: a TOTP code (±1 step, never the same step
// twice) or a recovery code (each once). Both claims are single statements, so two requests with
// the same code cannot both succeed.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decryptSecret, encryptSecret, hashRecoveryCode, normaliseRecoveryCode } from "./crypto";
import { RECOVERY_CODE_COUNT } from "./policy";
import { base32Encode, generateTotpSecret, matchTotp } from "./totp";

export type FactorKind = "totp" | "recovery_code";

type Tx = Prisma.TransactionClient;

/** Which factor `code` proved for the user, claiming it; null when it proves nothing. */
export async function verifySecondFactor(tx: Tx, userId: string, code: string, now = new Date()): Promise<FactorKind | null> {
  const trimmed = code.replace(/\s/g, "");
  const user = await tx.user.findUnique({ where: { id: userId }, select: { mfaSecret: true, mfaLastStep: true, mfaEnabledAt: true } });
  if (!user?.mfaSecret || !user.mfaEnabledAt) return null;
  if (/^\d{6}$/.test(trimmed)) {
    const step = matchTotp(decryptSecret(user.mfaSecret, userId), trimmed, { at: now, lastStep: user.mfaLastStep });
    if (step === null) return null;
    const claimed = await tx.user.updateMany({
      where: { id: userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] },
      data: { mfaLastStep: step },
    });
    return claimed.count === 1 ? "totp" : null;
  }
  if (normaliseRecoveryCode(trimmed).length !== 10) return null;
  const used = await tx.mfaRecoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(trimmed), usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? "recovery_code" : null;
}

/** Checks a code against the secret being enrolled; on success the secret becomes the user's. */
export async function confirmPendingSecret(tx: Tx, userId: string, code: string, now = new Date()): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { mfaPendingSecret: true } });
  if (!user?.mfaPendingSecret) return false;
  const step = matchTotp(decryptSecret(user.mfaPendingSecret, userId), code.replace(/\s/g, ""), { at: now });
  if (step === null) return false;
  const moved = await tx.user.updateMany({
    where: { id: userId, mfaPendingSecret: user.mfaPendingSecret },
    data: { mfaSecret: user.mfaPendingSecret, mfaEnabledAt: now, mfaLastStep: step, mfaPendingSecret: null, mfaPendingCreatedAt: null },
  });
  return moved.count === 1;
}

/** Replaces the user's recovery codes with fresh ones, returned once in clear (XXXXX-XXXXX). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = base32Encode(randomBytes(7)).slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/** Stores a new secret to enrol (encrypted); the one already in use stays until it is confirmed. */
export async function storePendingSecret(tx: Tx, userId: string, secret: string, now = new Date()) {
  await tx.user.update({ where: { id: userId }, data: { mfaPendingSecret: encryptSecret(secret, userId), mfaPendingCreatedAt: now } });
}

export function readSecret(stored: string, userId: string): string {
  return decryptSecret(stored, userId);
}

/** Begins an enrolment: a fresh secret, stored encrypted beside the one in use (if any). */
export async function beginEnrolment(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await storePendingSecret(tx, userId, generateTotpSecret(), now);
}
