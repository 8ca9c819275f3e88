"use client";
// Under a date (or date-and-time) input, the chosen day in 和暦, as the portal shows dates everywhere
// else: browsers draw such an input's value in their own locale's form (2026/11/25), never in 和暦.

import { useEffect, useState } from "react";
import { warekiEchoId, warekiOfInput } from "@/lib/dates/date-input";
import { uiMessages } from "./messages";

/**
 * The 和暦 of the date or datetime-local input `inputId`. With `value` (a controlled input) it
 * shows that; otherwise it shows `initial` (the input's default value, also what a page without
 * JavaScript shows) and then follows the input as the user picks a day, clears it or resets the
 * form. The input names it in its aria-describedby (warekiEchoId, lib/dates/date-input.ts).
 */
export function WarekiEcho({ inputId, value, initial }: { inputId: string; value?: string | null; initial?: string | null }) {
  const [followed, setFollowed] = useState(initial ?? "");
  const controlled = value !== undefined;
  useEffect(() => {
    if (controlled) return;
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    const sync = () => setFollowed(input.value);
    // A reset restores the default value without an input event: read it once the reset is done.
    const onReset = () => setTimeout(sync);
    sync(); // the browser may have restored a value (back/forward)
    input.addEventListener("input", sync);
    input.addEventListener("change", sync);
    input.form?.addEventListener("reset", onReset);
    return () => {
      input.removeEventListener("input", sync);
      input.removeEventListener("change", sync);
      input.form?.removeEventListener("reset", onReset);
    };
  }, [inputId, controlled]);
  const text = warekiOfInput(controlled ? value : followed);
  return (
    <p id={warekiEchoId(inputId)} className="mt-1 min-h-[1.3em] text-dns-14N-130 text-solid-gray-700">
      {text ? uiMessages.wareki(text) : null}
    </p>
  );
}
