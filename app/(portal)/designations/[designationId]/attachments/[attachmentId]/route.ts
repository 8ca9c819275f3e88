// The 指定通知 PDF of a designation, for those who see its internal side (本庁, the leading 保健所).
import { responseForError } from "@/lib/api/errors";
import { getActor } from "@/lib/auth/current";
import { readDesignationAttachment } from "@/lib/designations/attachments";
import { attachmentDisposition } from "@/lib/http/csv";

type Context = { params: Promise<{ designationId: string; attachmentId: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { designationId, attachmentId } = await context.params;
    const file = await readDesignationAttachment(actor, Number(designationId), attachmentId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": attachmentDisposition("designation-notice.pdf", file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /designations/{designationId}/attachments/{attachmentId}");
  }
}
