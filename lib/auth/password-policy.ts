// The password rule, without server dependencies so forms and tests can use it.
import { readFileSync } from "node:fs";
import path from "node:path";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(process.cwd(), "lib", "auth", "data", "common-passwords.txt");
    common = new Set(
      readFileSync(file, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#")),
    );
  }
  return common;
}

/** null when acceptable, else the Japanese reason. Counts characters, not bytes. */
export function checkPasswordPolicy(password: string, context: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `パスワードは${PASSWORD_MIN}文字以上で入力してください。`;
  if (length > PASSWORD_MAX) return `パスワードは${PASSWORD_MAX}文字以内で入力してください。`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "よく使われているパスワードのため使えません。推測されにくい別のパスワードにしてください。";
  if (context.email && lower.includes(context.email.toLowerCase().split("@")[0]) && context.email.split("@")[0].length >= 4) {
    return "メールアドレスを含むパスワードは使えません。";
  }
  return null;
}
