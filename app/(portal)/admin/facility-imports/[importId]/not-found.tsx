import Link from "next/link";
import { importPageMessages as m } from "@/components/facilities/import-messages";
import { PageHeading } from "@/components/ui/page-heading";

export default function FacilityImportNotFound() {
  return (
    <>
      <PageHeading title={m.notFoundTitle} lead={m.notFoundBody} />
      <Link href="/admin/facility-imports" className="text-std-16B-170 text-blue-1000 underline">
        {m.backToList}
      </Link>
    </>
  );
}
