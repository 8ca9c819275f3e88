import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { userPageMessages as m } from "@/lib/users/page-messages";

/** What a signed-in user without the right role sees instead of an admin page (403). */
export function ForbiddenNotice({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeading title={title} />
      <Notice tone="warning" title={m.forbiddenTitle}>
        <p>{message}</p>
      </Notice>
    </>
  );
}
