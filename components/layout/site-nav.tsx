"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { PageLink } from "@/components/ui/page-link";
import { navItems, shellMessages } from "./messages";

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The global navigation. Wide screens show the links in a row; narrow ones put them behind a
 * 「メニュー」 button. The current page is marked with aria-current and, visibly, bold text and a bar.
 */
export function SiteNav({ role }: { role?: string | null }) {
  const pathname = usePathname() ?? "";
  const items = navItems.filter((item) => !item.roles || (role && item.roles.includes(role)));
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={shellMessages.navLabel} className="w-full md:w-auto">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-nav-list"
        onClick={() => setOpen((v) => !v)}
        className="absolute top-3 right-4 inline-flex min-h-11 items-center gap-2 rounded-6 border border-solid-gray-600 bg-white px-3 text-dns-16B-120 text-solid-gray-900 hover:bg-solid-gray-50 sm:right-6 md:hidden"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          {open ? "×" : "≡"}
        </span>
        {open ? shellMessages.menuClose : shellMessages.menuOpen}
      </button>
      <ul
        id="site-nav-list"
        className={`${open ? "flex" : "hidden"} mt-3 flex-col border-t border-solid-gray-420 md:mt-0 md:flex md:flex-row md:gap-2 md:border-t-0`}
      >
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <PageLink
                href={item.href}
                aria-current={current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={`flex min-h-11 items-center border-b border-solid-gray-420 px-2 text-std-16N-170 text-solid-gray-900 no-underline hover:underline md:border-b-4 md:px-3 ${
                  current ? "border-l-4 border-l-blue-900 font-bold md:border-l-0 md:border-b-blue-900" : "md:border-b-transparent"
                }`}
              >
                {item.label}
              </PageLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
