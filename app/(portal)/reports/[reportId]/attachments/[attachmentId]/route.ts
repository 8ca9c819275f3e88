// A status report's attached PDF, for those who may read the report (others: 404; anonymous: 401).
import { responseForError } from "@/lib/api/errors";
import { getActor } from "@/lib/auth/current";
import { attachmentDisposition } from "@/lib/http/csv";
import { readReportAttachment } from "@/lib/status-reports/attachments";

type Context = { params: Promise<{ reportId: string; attachmentId: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { reportId, attachmentId } = await context.params;
    const file = await readReportAttachment(actor, /^\d{1,9}$/.test(reportId) ? Number(reportId) : 0, attachmentId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": attachmentDisposition("status-report-attachment.pdf", file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /reports/{reportId}/attachments/{attachmentId}");
  }
}
