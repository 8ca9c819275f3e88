// The template workbook of a document kind in force (本庁's upload, or the default), to adapt.
import { responseForError } from "@/lib/api/errors";
import { getActor } from "@/lib/auth/current";
import { attachmentDisposition } from "@/lib/http/csv";
import { downloadTemplate } from "@/lib/reviews/templates";

type Context = { params: Promise<{ kind: string }> };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { kind } = await context.params;
    const file = await downloadTemplate(actor, kind.toUpperCase().replace(/-/g, "_"));
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": XLSX,
        "content-disposition": attachmentDisposition(`template-${kind}.xlsx`, file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /admin/document-templates/{kind}");
  }
}
