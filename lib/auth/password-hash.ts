// argon2id hashing (node-only; used by the app through ./password.ts and by the demo seed).
import argon2 from "argon2";

export function hashPasswordArgon2id(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export function verifyArgon2(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}
