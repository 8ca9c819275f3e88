// What a date or datetime-local input shows beside itself in 和暦 (components/ui/wareki-echo.tsx). Not a client
// module, so that server components can name the echo in an input's aria-describedby.
import { dateOnly, isIsoDate } from "./date-only";
import { formatWarekiDate, formatWarekiDateTime } from "./wareki";

/** The id of the 和暦 echo of the input `inputId`, for that input's aria-describedby. */
export const warekiEchoId = (inputId: string) => `${inputId}-wareki`;

/** A datetime-local input's value: the day and the time (seconds optional), a time in Japan. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?$/;

/**
 * A date input's value in 和暦: "2026-11-25" → 「令和8年11月25日」; a datetime-local input's
 * "2026-06-30T17:00" → 「令和8年6月30日 17:00」 (as a time in Japan). "" for no value or text that is neither.
 */
export function warekiOfInput(value: string | null | undefined): string {
  if (!value) return "";
  if (isIsoDate(value)) return formatWarekiDate(dateOnly(value));
  const dateTime = LOCAL_DATE_TIME.exec(value);
  return dateTime && isIsoDate(dateTime[1]) ? formatWarekiDateTime(new Date(`${value}+09:00`)) : "";
}
