// Passwords: 12–128 characters, no composition rules, refused when common (a list shipped in the
// repo); stored as argon2id hashes (OWASP ASVS 5.0 V6).
import "server-only";
import { hashPasswordArgon2id, verifyArgon2 } from "./password-hash";
import { checkPasswordPolicy } from "./password-policy";

export { checkPasswordPolicy };
export const hashPassword = hashPasswordArgon2id;

/** A hash verified against nothing, so an unknown e-mail costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPasswordArgon2id("dummy-password-for-timing");
    await verifyArgon2(await dummyHash, password);
    return false;
  }
  return verifyArgon2(hash, password);
}
