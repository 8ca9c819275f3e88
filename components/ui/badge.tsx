import type { ReactNode } from "react";

const tones = {
  orange: "border-orange-900 bg-orange-50 text-orange-1100",
  purple: "border-purple-800 bg-purple-50 text-purple-1000",
  gray: "border-solid-gray-600 bg-solid-gray-50 text-solid-gray-900",
} as const;

/** A small labelled marker. The label carries the meaning; colour only supports it. */
export function Badge({ children, tone = "gray", title }: { children: ReactNode; tone?: keyof typeof tones; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-4 border px-2 py-0.5 text-dns-14B-120 ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
