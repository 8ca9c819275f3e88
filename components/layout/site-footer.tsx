import Link from "next/link";
import { Container } from "@/components/ui/container";
import { site } from "@/lib/site";
import { shellMessages } from "./messages";

/** Attribution of the data every page draws on, a link to the details, and the copyright. */
export function SiteFooter() {
  const m = shellMessages.footer;
  return (
    <footer className="mt-16 border-t border-solid-gray-420 bg-solid-gray-50">
      <Container className="space-y-6 py-8">
        <div>
          <h2 className="text-std-16B-170 text-solid-gray-900">{m.sourcesHeading}</h2>
          <ul className="mt-2 space-y-1 text-dns-16N-130 text-solid-gray-800">
            {m.attributions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <p className="mt-3 text-dns-16N-130">
            <Link href="/sources">{m.sourcesLink}</Link>
          </p>
        </div>
        <p className="text-dns-14N-130 text-solid-gray-800">
          <small>{m.copyright(site.operator)}</small>
        </p>
      </Container>
    </footer>
  );
}
