"use client";
// The application's files (links served only to those who see it) and, for the applicant, a form
// to add one: PDF, xlsx, docx, PNG or JPEG, checked on the server by content and size.
import { useActionState } from "react";
import { uploadApplicationAttachmentAction } from "@/app/(portal)/applications/actions";
import { FormMessage, submitClass } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { keepInputOnFailure } from "@/lib/http/submit-failure";

// A submit that cannot reach a working server keeps what was typed (ADR 0026).
const keep = {
  uploadApplicationAttachment: keepInputOnFailure(uploadApplicationAttachmentAction),
};

export function AttachmentList({ applicationId, files, canUpload }: { applicationId: string; files: { id: string; fileName: string; sizeBytes: number }[]; canUpload: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(keep.uploadApplicationAttachment, {});
  const errors = state.fieldErrors?.file;
  return (
    <div className="space-y-4">
      {files.length === 0 ? <p className="text-std-16N-170">添付ファイルはありません。</p> : (
        <ul className="space-y-1">
          {files.map((f) => (
            <li key={f.id}>
              <a href={`/applications/${applicationId}/attachments/${f.id}`} className="text-blue-1000 underline">{f.fileName}</a>（{Math.ceil(f.sizeBytes / 1024).toLocaleString("ja-JP")}KB）
            </li>
          ))}
        </ul>
      )}
      {canUpload ? (
        <form action={action} className="max-w-[40em] space-y-2">
          <FormMessage state={state} success="ファイルを添付しました。" />
          <input type="hidden" name="applicationId" value={applicationId} />
          <label htmlFor="application-file" className="block text-std-16B-170">添付ファイル</label>
          <p id="application-file-hint" className="text-dns-14N-130 text-solid-gray-700">PDF、Excel（xlsx）、Word（docx）、PNG、JPEG。10MBまで。</p>
          <input id="application-file" name="file" type="file" accept=".pdf,.xlsx,.docx,.png,.jpg,.jpeg" aria-describedby={["application-file-hint", errors?.length ? "application-file-error" : null].filter(Boolean).join(" ")} aria-invalid={errors?.length ? true : undefined} className="block max-w-full text-std-16N-170" />
          {errors?.length ? <p id="application-file-error" className="text-dns-16N-130 text-error-1">{errors.join(" ")}</p> : null}
          <button type="submit" disabled={pending} className={submitClass}>添付する</button>
        </form>
      ) : null}
    </div>
  );
}
