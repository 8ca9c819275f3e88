// 書類の様式: the template workbooks the documents are filled into — the default, or 本庁's own —
// with the named cells each must define; 本庁管理者 uploads replacements.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { TemplateUploadForm } from "@/components/reviews/template-upload-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { ForbiddenError } from "@/lib/errors";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import { listTemplates } from "@/lib/reviews/templates";

export const metadata: Metadata = { title: m.templatesTitle };

export default async function DocumentTemplatesPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/document-templates")}`);
  let templates;
  try {
    templates = await listTemplates(actor);
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.templatesTitle} message={err.message} />;
    throw err;
  }
  const mayUpload = actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
  return (
    <>
      <PageHeading title={m.templatesTitle} lead={m.templatesLead} />
      <DataTable
        caption={m.templatesCaption}
        rows={templates}
        rowKey={(t) => t.kind}
        columns={[
          { key: "kind", header: m.templateCol.kind, rowHeader: true, cell: (t) => t.title },
          { key: "names", header: m.templateCol.names, cell: (t) => <code className="break-all">{t.requiredNames.join(", ")}</code> },
          { key: "current", header: m.templateCol.current, cell: (t) => (t.uploaded ? `${t.uploaded.fileName}（${formatWarekiDate(t.uploaded.uploadedAt)}、${t.uploaded.uploadedBy}）` : m.defaultTemplate) },
          { key: "download", header: m.templateCol.download, cell: (t) => <a href={`/admin/document-templates/${t.kind.toLowerCase().replace(/_/g, "-")}`}>{m.downloadTemplate}<span className="sr-only">（{t.title}）</span></a> },
        ]}
      />
      {mayUpload ? (
        <section aria-labelledby="upload-heading" className="mt-12">
          <SectionHeading id="upload-heading">{m.uploadHeading}</SectionHeading>
          <TemplateUploadForm />
        </section>
      ) : null}
    </>
  );
}
