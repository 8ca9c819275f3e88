import type { ReactNode } from "react";

/** An h2 that opens a section of a page; `id` lets the section be labelled by it. */
export function SectionHeading({ id, children, aside }: { id?: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <h2 id={id} className="scroll-mt-32 text-std-22B-150 text-solid-gray-900 sm:text-std-24B-150">
        {children}
      </h2>
      {aside ? <p className="text-dns-16N-130 text-solid-gray-700">{aside}</p> : null}
    </div>
  );
}
