import type { ReactNode } from "react";

/** A small labelled marker. The label carries the meaning; colour only supports it. Styled by
 * `.badge` in app/globals.css (tables repeat it on every row). */
export function Badge({ children, tone = "gray", title }: { children: ReactNode; tone?: "orange" | "purple" | "gray"; title?: string }) {
  return (
    <span title={title} className={`badge badge-${tone}`}>
      {children}
    </span>
  );
}
