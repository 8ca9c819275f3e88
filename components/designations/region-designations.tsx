// The region page's section: its planned 年度 and the designations covering it (published only),
// revoked ones with their reason.
import Link from "next/link";
import { SectionHeading } from "@/components/ui/section-heading";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { regionDesignationMessages as m } from "@/lib/designations/page-messages";
import type { RegionDesignations as Data } from "@/lib/designations/region-queries";
import { DesignationTable } from "./designation-table";

export function RegionDesignations({ regionName, data }: { regionName: string; data: Data }) {
  return (
    <section aria-labelledby="designations-heading" className="mb-12">
      <SectionHeading id="designations-heading">{m.heading}</SectionHeading>
      <p className="mb-4 text-std-16N-170">
        {m.planned}: {data.plannedFiscalYear ? formatFiscalYear(data.plannedFiscalYear) : m.unplanned}
      </p>
      {data.designations.length === 0 ? <p className="mb-4 text-std-16N-170">{m.none}</p> : <DesignationTable caption={m.caption(regionName)} rows={data.designations} />}
      <p className="mt-4 text-std-16N-170">
        <Link href="/roadmap">{m.roadmapLink}</Link>
      </p>
    </section>
  );
}
