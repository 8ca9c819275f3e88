import type { ReactNode } from "react";

const tones = {
  info: "border-blue-900 bg-blue-50",
  warning: "border-orange-900 bg-orange-50",
  error: "border-error-2 bg-red-50",
} as const;

/**
 * A boxed message. The title states what it is about, so the tone is never carried by colour
 * alone; `role="alert"` is left to callers that announce something new.
 */
export function Notice({
  title,
  children,
  tone = "info",
}: {
  title: ReactNode;
  children?: ReactNode;
  tone?: keyof typeof tones;
}) {
  return (
    <div className={`rounded-8 border-y border-r border-l-8 p-4 sm:p-5 ${tones[tone]}`}>
      <p className="text-std-17B-170 text-solid-gray-900">{title}</p>
      {children ? <div className="mt-2 space-y-2 text-std-16N-170 text-solid-gray-800">{children}</div> : null}
    </div>
  );
}
