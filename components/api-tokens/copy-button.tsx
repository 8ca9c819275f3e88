"use client";
// Copies a text to the clipboard and says so to screen readers too.
import { useState } from "react";
import { secondaryClass } from "@/components/users/form-fields";
import { apiTokenMessages as m } from "@/lib/api-tokens/messages";

export function CopyButton({ text, describedBy }: { text: string; describedBy?: string }) {
  const [outcome, setOutcome] = useState<"" | "copied" | "failed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button type="button" onClick={copy} aria-describedby={describedBy} className={secondaryClass}>
        {m.copy}
      </button>
      <span role="status" className="text-std-16N-170">
        {outcome === "copied" ? m.copied : outcome === "failed" ? m.copyFailed : ""}
      </span>
    </div>
  );
}
