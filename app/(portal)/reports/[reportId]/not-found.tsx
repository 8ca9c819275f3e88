import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { reportPageMessages as m } from "@/lib/status-reports/page-messages";

export default function ReportNotFound() {
  return (
    <>
      <PageHeading title={m.notFoundTitle} lead={m.notFoundBody} />
      <Link href="/reports" className="text-std-16B-170 text-blue-1000 underline">
        {m.backToList}
      </Link>
    </>
  );
}
