// MFA secrets at rest: AES-256-GCM with a key derived (HKDF-SHA256) from MFA_ENCRYPTION_KEY, or
// from AUTH_SECRET when that is not set (ADR 0017). The user's id is authenticated with each
// ciphertext, so a secret copied to another account's row does not decrypt. Recovery codes are
// kept as HMACs under a second derived key. Nothing here is ever logged.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function keyMaterial(): string {
  const material = process.env.MFA_ENCRYPTION_KEY || process.env.AUTH_SECRET;
  if (!material || material.length < 32) throw new Error("MFA_ENCRYPTION_KEY or AUTH_SECRET (32+ characters) is required for MFA");
  return material;
}

function derive(info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", keyMaterial(), "hokkaido-zaitaku-portal", info, 32));
}

export function encryptSecret(plain: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive("mfa-secret-v1"), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function decryptSecret(stored: string, userId: string): string {
  const [version, payload] = stored.split(":");
  if (version !== VERSION || !payload) throw new Error("unknown MFA secret format");
  const raw = Buffer.from(payload, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", derive("mfa-secret-v1"), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The keyed hash a recovery code is stored as (normalised: case, spaces and hyphens ignored). */
export function hashRecoveryCode(code: string): string {
  return createHmac("sha256", derive("mfa-recovery-code-v1")).update(normaliseRecoveryCode(code)).digest("hex");
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
