// An application's document as an Excel workbook (計画書, 明細書, 交付決定通知書, 確定通知書), for 本庁
// and the applicant organisation only (others: 404).
import { responseForError } from "@/lib/api/errors";
import { getActor } from "@/lib/auth/current";
import { attachmentDisposition } from "@/lib/http/csv";
import { downloadApplicationDocument } from "@/lib/reviews/downloads";

type Context = { params: Promise<{ applicationId: string; kind: string }> };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { applicationId, kind } = await context.params;
    const file = await downloadApplicationDocument(actor, applicationId, kind.toUpperCase().replace(/-/g, "_"));
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": XLSX,
        "content-disposition": attachmentDisposition(file.fileName, file.displayName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /application-documents/{applicationId}/{kind}");
  }
}
