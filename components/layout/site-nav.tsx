"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { PageLink } from "@/components/ui/page-link";
import { navItems, shellMessages, type NavItem } from "./messages";

/** Whether `href` is the page shown or one of its sub-pages (the home page only itself). */
export function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

const linkClass =
  "flex min-h-11 items-center whitespace-nowrap border-b border-solid-gray-420 px-2 text-solid-gray-900 no-underline hover:underline md:border-b-4 md:px-2";

function NavList({ items, pathname, onNavigate, className, labelledBy }: { items: NavItem[]; pathname: string; onNavigate: () => void; className: string; labelledBy?: string }) {
  return (
    <ul className={className} aria-labelledby={labelledBy}>
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <PageLink
              href={item.href}
              aria-current={current ? "page" : undefined}
              onClick={onNavigate}
              className={`${linkClass} ${item.group === "admin" ? "text-dns-16N-130" : "text-std-16N-170"} ${
                current ? "border-l-4 border-l-blue-900 font-bold md:border-l-0 md:border-b-blue-900" : "md:border-b-transparent"
              }`}
            >
              {item.label}
            </PageLink>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The global navigation. Wide screens show the links in a row, and 本庁's administration (管理) on a
 * second row, each wrapping whole labels; narrow ones put them behind a 「メニュー」 button. The
 * current page is marked with aria-current and, visibly, bold text and a bar.
 */
export function SiteNav({ role }: { role?: string | null }) {
  const pathname = usePathname() ?? "";
  const items = navItems.filter((item) => !item.roles || (role && item.roles.includes(role)));
  const main = items.filter((item) => item.group !== "admin");
  const admin = items.filter((item) => item.group === "admin");
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <nav aria-label={shellMessages.navLabel} className="w-full">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-nav-lists"
        onClick={() => setOpen((v) => !v)}
        className="absolute top-3 right-4 inline-flex min-h-11 items-center gap-2 rounded-6 border border-solid-gray-600 bg-white px-3 text-dns-16B-120 text-solid-gray-900 hover:bg-solid-gray-50 sm:right-6 md:hidden"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          {open ? "×" : "≡"}
        </span>
        {open ? shellMessages.menuClose : shellMessages.menuOpen}
      </button>
      <div id="site-nav-lists" className={`${open ? "block" : "hidden"} mt-3 md:mt-0 md:block`}>
        <NavList
          items={main}
          pathname={pathname}
          onNavigate={close}
          className="flex flex-col border-t border-solid-gray-420 md:flex-row md:flex-wrap md:gap-x-1 md:border-t-0"
        />
        {admin.length > 0 && (
          <div className="mt-3 md:mt-1 md:flex md:items-center md:gap-2 md:border-t md:border-solid-gray-200 md:pt-1">
            <p id="site-nav-admin" className="shrink-0 whitespace-nowrap px-2 text-dns-14B-120 text-solid-gray-700">
              {shellMessages.navAdminLabel}
            </p>
            <NavList
              items={admin}
              pathname={pathname}
              onNavigate={close}
              labelledBy="site-nav-admin"
              className="flex flex-col border-t border-solid-gray-420 md:flex-row md:flex-wrap md:gap-x-1 md:border-t-0"
            />
          </div>
        )}
      </div>
    </nav>
  );
}
