import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "./password-policy";

describe("checkPasswordPolicy", () => {
  it("accepts 12 to 128 characters with no composition rules", () => {
    expect(checkPasswordPolicy("すいせんのはなさく春")).toMatch(/12文字以上/);
    expect(checkPasswordPolicy("ながいながいひらがなだけのぱすわーど")).toBeNull();
    expect(checkPasswordPolicy("correct horse battery")).toBeNull();
    expect(checkPasswordPolicy("a".repeat(129))).toMatch(/128文字以内/);
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkPasswordPolicy("1qaz2wsx3edc")).toMatch(/よく使われている/);
    expect(checkPasswordPolicy("PasswordPassword")).toMatch(/よく使われている/);
  });

  it("refuses a password containing the e-mail's local part", () => {
    expect(checkPasswordPolicy("tanaka.hokkaido-2026", { email: "tanaka.hokkaido@example.jp" })).toMatch(/メールアドレス/);
  });
});
