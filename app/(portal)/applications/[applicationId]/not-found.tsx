import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { applicationMessages } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";

export default function ApplicationNotFound() {
  return (
    <>
      <PageHeading title={applicationMessages.notFound} />
      <Link href="/applications" className="text-std-16B-170 text-blue-1000 underline">
        {m.title}へ戻る
      </Link>
    </>
  );
}
