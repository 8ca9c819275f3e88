// The root layout: document language, titles, skip link and the shell around every page. It
// reads no data of its own, so it renders (with error.tsx inside it) even while the database is
// down: the user menu and the navigation read the session and show "not signed in" when they
// cannot. They render with the page, not streamed behind <Suspense>: a visitor without a session
// cookie costs them no read, and a fallback was sent and then replaced on every page (ADR 0037).
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { DemoBanner } from "@/components/layout/demo-banner";
import { shellMessages } from "@/components/layout/messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Container } from "@/components/ui/container";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: site.name, template: `%s | ${site.name}` },
  description: `${site.name}（${site.operator}）`,
};

// No maximum-scale: people must be able to zoom.
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body className="flex min-h-dvh flex-col bg-white text-solid-gray-800">
        <a href="#main" className="skip-link">
          {shellMessages.skipToContent}
        </a>
        <SiteHeader
          banner={<DemoBanner />}
          userMenu={<UserMenu />}
        />
        <main id="main" tabIndex={-1} className="flex-1">
          <Container className="py-8 sm:py-12">{children}</Container>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
