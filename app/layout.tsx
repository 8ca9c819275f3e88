// The root layout: document language, titles, skip link and the shell around every page. It
// reads no data, so it renders (with error.tsx inside it) even while the database is down.
import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
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
          banner={
            <Suspense fallback={null}>
              <DemoBanner />
            </Suspense>
          }
          userMenu={
            <Suspense fallback={null}>
              <UserMenu />
            </Suspense>
          }
        />
        <main id="main" tabIndex={-1} className="flex-1">
          <Container className="py-8 sm:py-12">{children}</Container>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
