// What a date input shows beside itself in 和暦 (components/ui/wareki-echo.tsx). Not a client
// module, so that server components can name the echo in an input's aria-describedby.
import { dateOnly, isIsoDate } from "./date-only";
import { formatWarekiDate } from "./wareki";

/** The id of the 和暦 echo of the date input `inputId`, for that input's aria-describedby. */
export const warekiEchoId = (inputId: string) => `${inputId}-wareki`;

/** "2026-11-25" → 「令和8年11月25日」; "" for no date or text that is not one. */
export function warekiOfInput(value: string | null | undefined): string {
  return value && isIsoDate(value) ? formatWarekiDate(dateOnly(value)) : "";
}
