// The library's results: one list item per case with its name (a link), prefecture, theme tags and
// the start of its purpose.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FIELD_LABELS } from "@/lib/good-practices/messages";
import type { GoodPracticeSummary } from "@/lib/good-practices/queries";

function excerpt(text: string | null, max = 90): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function CaseList({ cases, labelledBy }: { cases: GoodPracticeSummary[]; labelledBy: string }) {
  return (
    <ol aria-labelledby={labelledBy} className="space-y-4">
      {cases.map((c) => (
        <li key={c.id} className="rounded-8 border border-solid-gray-420 p-4 sm:p-6">
          <p className="text-dns-16B-130 text-solid-gray-800">{c.prefectureName}</p>
          <h3 className="mt-1 text-std-18B-160">
            <Link href={`/library/${c.id}`} className="text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)]">
              {c.title}
            </Link>
          </h3>
          {excerpt(c.purpose) ? <p className="mt-2 text-std-16N-170">{excerpt(c.purpose)}</p> : null}
          {c.tags.length ? (
            <ul className="mt-3 flex flex-wrap gap-2" aria-label={FIELD_LABELS.tags}>
              {c.tags.map((t) => (
                <li key={t.key}>
                  <Badge>{t.label}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
