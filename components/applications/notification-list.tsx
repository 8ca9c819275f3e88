// The latest in-app notices of the actor's side.
import Link from "next/link";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import type { NotificationView } from "@/lib/applications/queries";

export function NotificationList({ rows }: { rows: NotificationView[] }) {
  if (rows.length === 0) return <p className="text-std-16N-170">{m.noNotices}</p>;
  return (
    <ul className="space-y-2">
      {rows.map((n) => (
        <li key={n.id} className="text-std-16N-170">
          <span className="mr-2 text-dns-14N-130 text-solid-gray-700">{formatWarekiDateTime(n.createdAt)}</span>
          {n.href ? <Link href={n.href} className="text-blue-1000 underline">{n.title}</Link> : n.title}
        </li>
      ))}
    </ul>
  );
}
