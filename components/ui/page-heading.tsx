import type { ReactNode } from "react";

/** The page's one h1, with an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8 border-b border-solid-gray-420 pb-6 sm:mb-10">
      <h1 className="text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{title}</h1>
      {lead ? <p className="mt-4 max-w-[48em] text-std-16N-170 text-solid-gray-800 sm:text-std-17N-170">{lead}</p> : null}
    </div>
  );
}
