"use client";
// Attaching the 指定通知 PDF: a file input, checked in the browser for size and type as a hint,
// and on the server (type, signature, size) for real.
import { uploadAttachmentAction } from "@/app/(portal)/designations/actions";
import { FormMessage, submitClass } from "@/components/users/form-fields";
import { designationDetailMessages as m } from "@/lib/designations/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function AttachmentForm({ designationId, maxMiB }: { designationId: number; maxMiB: number }) {
  const [state, action, pending] = useFormAction<FormState>(uploadAttachmentAction, {});
  const errors = state.fieldErrors?.file;
  return (
    <div className="max-w-[40em] space-y-4">
      <FormMessage state={state} success={m.uploaded} />
      <form action={action} className="space-y-4">
        <input type="hidden" name="designationId" value={designationId} />
        <div>
          <label htmlFor="attachment-file" className="block text-std-16B-170">{m.uploadLabel}</label>
          <p id="attachment-file-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">{m.uploadHint(maxMiB)}</p>
          <input
            id="attachment-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={["attachment-file-hint", errors?.length ? "attachment-file-error" : null].filter(Boolean).join(" ")}
            aria-invalid={errors?.length ? true : undefined}
            className="mt-2 block max-w-full text-std-16N-170"
          />
          {errors?.length ? <p id="attachment-file-error" className="mt-2 text-dns-16N-130 text-error-1">{errors.join(" ")}</p> : null}
        </div>
        <button type="submit" disabled={pending} className={submitClass}>{m.uploadSubmit}</button>
      </form>
    </div>
  );
}
