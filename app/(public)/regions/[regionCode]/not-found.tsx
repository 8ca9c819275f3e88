// 404 for an unknown 在宅医療圏 code.
import type { Metadata } from "next";
import Link from "next/link";
import { regionDetailMessages as m } from "@/lib/regions/page-messages";

export const metadata: Metadata = { title: m.notFoundTitle };

export default function RegionNotFound() {
  return (
    <div className="max-w-[48em]">
      <h1 className="text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{m.notFoundTitle}</h1>
      <p className="mt-4 text-std-16N-170">{m.notFoundBody}</p>
      <p className="mt-8 text-std-16N-170">
        <Link href="/regions">{m.backToList}</Link>
      </p>
    </div>
  );
}
