import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { designationPageMessages as m } from "@/lib/designations/page-messages";

export default function DesignationNotFound() {
  return (
    <>
      <PageHeading title={m.notFoundTitle} lead={m.notFoundBody} />
      <Link href="/designations" className="text-std-16B-170 text-blue-1000 underline">
        {m.backToList}
      </Link>
    </>
  );
}
