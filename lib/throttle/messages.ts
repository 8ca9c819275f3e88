// What people are told when they are throttled: always when they may try again, in Japan's time.
import { formatWarekiDate } from "@/lib/dates/wareki";

const clock = new Intl.DateTimeFormat("ja-JP", { hour: "numeric", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Tokyo" });
const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" });

/** "14時05分", or "令和8年11月25日 0時05分" when that is another day in Japan. */
export function formatRetryTime(retryAfterSeconds: number, now = new Date()): string {
  const at = new Date(now.getTime() + Math.max(1, retryAfterSeconds) * 1000);
  // Rounded up to the next minute: "以降" must never be too early.
  if (at.getSeconds() || at.getMilliseconds()) at.setTime(at.getTime() + 60_000 - (at.getTime() % 60_000));
  const parts = clock.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = `${Number(part("hour"))}時${part("minute").padStart(2, "0")}分`;
  return day.format(at) === day.format(now) ? time : `${formatWarekiDate(at)} ${time}`;
}

export const throttleMessages = {
  signIn: (retryAfterSeconds: number) =>
    `ログインの試行が短時間に続いたため、一時的にログインを受け付けていません。${formatRetryTime(retryAfterSeconds)}以降に、もう一度お試しください。`,
  apiToken: (retryAfterSeconds: number) =>
    `正しくない API トークンでの要求が短時間に続いたため、この接続元からの API トークンによる要求を一時的に受け付けていません。${formatRetryTime(retryAfterSeconds)}以降に、もう一度お試しください。`,
  mail: (retryAfterSeconds: number) =>
    `短時間に送信できるメールの上限に達しました。${formatRetryTime(retryAfterSeconds)}以降に、もう一度お試しください。`,
};
