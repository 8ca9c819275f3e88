import Link from "next/link";
import { SectionHeading } from "@/components/ui/section-heading";
import { regionDetailMessages as m } from "@/lib/regions/page-messages";
import type { HomeCareRegionDetail } from "@/lib/regions/queries";

type Links = HomeCareRegionDetail["predecessors"];

function LineageList({ title, links }: { title: string; links: Links }) {
  if (links.length === 0) return null;
  return (
    <div>
      <h3 className="mb-2 text-std-18B-160 text-solid-gray-900">{title}</h3>
      <ul className="list-disc space-y-1 pl-6 text-std-16N-170">
        {links.map((l) => (
          <li key={l.code}>
            <Link href={`/regions/${l.code}`}>{l.name}</Link>（{l.code}、{m.succession(l.kind, l.effectiveOn)}）
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The regions a region came from and went into, when it was split, merged or redefined. */
export function RegionLineage({ predecessors, successors }: { predecessors: Links; successors: Links }) {
  if (predecessors.length === 0 && successors.length === 0) return null;
  return (
    <section aria-labelledby="lineage" className="mb-12 space-y-4">
      <SectionHeading id="lineage">{m.lineageHeading}</SectionHeading>
      <LineageList title={m.predecessors} links={predecessors} />
      <LineageList title={m.successors} links={successors} />
    </section>
  );
}
