// One status report as an Excel workbook, for those who may read it (others: 404; anonymous: 401).
import { responseForError } from "@/lib/api/errors";
import { getActor } from "@/lib/auth/current";
import { attachmentDisposition } from "@/lib/http/csv";
import { exportReportXlsx } from "@/lib/status-reports/export";

type Context = { params: Promise<{ reportId: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { reportId } = await context.params;
    const file = await exportReportXlsx(actor, /^\d{1,9}$/.test(reportId) ? Number(reportId) : 0);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": attachmentDisposition(file.fileName, file.displayName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /reports/{reportId}/export.xlsx");
  }
}
