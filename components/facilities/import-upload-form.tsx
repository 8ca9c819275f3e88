"use client";
// The upload of a 厚生局 list: one file input, its hint (size limit) and errors beside it. A file
// over the limit is refused here before it is sent; the server checks everything again.
import { useState, type FormEvent } from "react";
import { uploadFacilityListAction } from "@/app/(portal)/admin/facility-imports/actions";
import { FormMessage, submitClass } from "@/components/users/form-fields";
import type { FormState } from "@/lib/users/form-state";
import { importPageMessages as m } from "./import-messages";
import { useFormAction } from "@/lib/http/use-form-action";

export function ImportUploadForm({ maxBytes, tooLargeMessage }: { maxBytes: number; tooLargeMessage: string }) {
  const [state, action, pending] = useFormAction<FormState>(uploadFacilityListAction, {});
  const [tooLarge, setTooLarge] = useState(false);
  const errors = tooLarge ? [tooLargeMessage] : (state.fieldErrors?.file ?? []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const over = file !== undefined && file.size > maxBytes;
    setTooLarge(over);
    if (over) event.preventDefault();
  };

  return (
    <form action={action} onSubmit={onSubmit} className="max-w-[40em] space-y-6" noValidate>
      {errors.length === 0 ? <FormMessage state={state} /> : null}
      <div>
        <label htmlFor="import-file" className="block text-std-16B-170">
          {m.fileLabel}
          <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span>
        </label>
        <p id="import-file-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {m.fileHint(maxBytes)}
        </p>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={errors.length > 0 ? "import-file-hint import-file-error" : "import-file-hint"}
          className="mt-2 block w-full max-w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1"
        />
        <div role="alert">
          {errors.length > 0 ? (
            <p id="import-file-error" className="mt-2 text-dns-16N-130 text-error-1">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? m.uploading : m.upload}
      </button>
    </form>
  );
}
