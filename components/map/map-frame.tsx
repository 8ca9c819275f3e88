"use client";
// The sized, labelled frame every map sits in. Leaflet loads in the browser only (next/dynamic,
// ssr: false); the frame has a fixed height from the first paint, so nothing shifts when the
// map arrives.
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { mapMessages as m } from "./messages";

const MAP_HEIGHT = "h-[400px] md:h-[520px]";

export function MapStatus({ children }: { children: ReactNode }) {
  return (
    <div className="flex h-full items-center justify-center bg-blue-50 p-4 text-center text-std-16N-170 text-solid-gray-800">
      {children}
    </div>
  );
}

export const RegionMapLeaflet = dynamic(() => import("./region-map-leaflet"), {
  ssr: false,
  loading: () => <MapStatus>{m.loading}</MapStatus>,
});

/** The frame with its text alternatives around it. */
export function MapFrame({ label, status, hints, children }: { label: string; status: string; hints: string[]; children: ReactNode }) {
  return (
    <div>
      <p className="sr-only">{m.tableAlternative}</p>
      <div role="region" aria-label={label} className={`${MAP_HEIGHT} rounded-8 border border-solid-gray-420 bg-blue-50 p-2`}>
        {children}
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-dns-16N-130 text-solid-gray-700">
        {hints.map((hint) => (
          <li key={hint}>{hint}</li>
        ))}
      </ul>
    </div>
  );
}
