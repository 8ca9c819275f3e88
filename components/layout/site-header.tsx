import Link from "next/link";
import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { site } from "@/lib/site";
import { RoleNav } from "./role-nav";

/** Portal name (a link home), the operator, and the global navigation. */
export function SiteHeader({ banner, userMenu }: { banner?: ReactNode; userMenu?: ReactNode }) {
  return (
    <header className="border-b border-solid-gray-420 bg-white">
      {banner}
      <Container className="relative py-3 md:py-4">
        <div className="flex flex-col gap-2 md:flex-row md:items-center md:justify-between md:gap-x-8">
          <div className="pr-32 md:pr-0">
            <Link href="/" className="text-std-20B-150 text-solid-gray-900 no-underline hover:underline sm:text-std-24B-150">
              {site.name}
            </Link>
            <p className="text-dns-14N-130 text-solid-gray-700">{site.operator}</p>
          </div>
          {userMenu}
        </div>
        <div className="md:mt-3">
          <RoleNav />
        </div>
      </Container>
    </header>
  );
}
