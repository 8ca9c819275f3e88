// 404 inside the shell.
import type { Metadata } from "next";
import Link from "next/link";
import { notFoundMessages as m } from "@/components/layout/messages";

export const metadata: Metadata = { title: m.title };

export default function NotFound() {
  return (
    <div className="max-w-[48em]">
      <h1 className="text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{m.title}</h1>
      <p className="mt-4 text-std-16N-170">{m.body}</p>
      <p className="mt-8 text-std-16N-170">
        <Link href="/">{m.home}</Link>
      </p>
    </div>
  );
}
