// A file of an application, for those who see the application (its organisation, 本庁).
import { responseForError } from "@/lib/api/errors";
import { readApplicationAttachment } from "@/lib/applications/attachments";
import { getActor } from "@/lib/auth/current";
import { attachmentDisposition } from "@/lib/http/csv";

type Context = { params: Promise<{ applicationId: string; attachmentId: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const actor = await getActor();
  try {
    const { applicationId, attachmentId } = await context.params;
    const file = await readApplicationAttachment(actor, applicationId, attachmentId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": attachmentDisposition("application-attachment", file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return responseForError(err, "GET /applications/{applicationId}/attachments/{attachmentId}");
  }
}
