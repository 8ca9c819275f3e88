import { describe, expect, it } from "vitest";
import { formatRetryTime, throttleMessages } from "./messages";

describe("formatRetryTime", () => {
  // 2026-11-24 14:03:20 in Japan.
  const now = new Date("2026-11-24T05:03:20Z");

  it("says the minute in Japan's time, rounded up so it is never too early", () => {
    expect(formatRetryTime(100, now)).toBe("14時05分"); // 14:05:00 exactly
    expect(formatRetryTime(101, now)).toBe("14時06分");
    expect(formatRetryTime(15 * 60, now)).toBe("14時19分");
  });

  it("names the day when it is not today in Japan", () => {
    expect(formatRetryTime(10 * 3600, now)).toBe("令和8年11月25日 0時04分");
  });

  it("puts the time into the sign-in message", () => {
    expect(throttleMessages.signIn(60)).toMatch(/\d+時\d{2}分以降に、もう一度お試しください。$/);
  });
});
