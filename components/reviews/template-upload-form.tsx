"use client";
// Uploads 本庁's own template workbook for one kind of document.
import { uploadTemplateAction } from "@/app/(portal)/admin/document-templates/actions";
import { FormMessage, SelectField, submitClass } from "@/components/users/form-fields";
import { TEMPLATE_KIND_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

export function TemplateUploadForm() {
  const [state, action, pending] = useFormAction<FormState>(uploadTemplateAction, {});
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const options = Object.entries(TEMPLATE_KIND_LABELS).map(([value, label]) => ({ value, label }));
  return (
    <div className="max-w-[36em] space-y-4">
      <FormMessage state={state} success={m.uploaded} />
      <form key={JSON.stringify(state.values ?? {})} action={action} className="space-y-6" noValidate>
        <SelectField id="template-kind" name="kind" label={m.kindLabel} options={options} defaultValue={state.values?.kind} errors={errors.kind} required />
        <div>
          <label htmlFor="template-file" className="block text-std-16B-170">
            {m.fileLabel}
          </label>
          {errors.file ? (
            <p id="template-file-error" className="text-dns-16B-130 text-red-1000">
              {errors.file[0]}
            </p>
          ) : null}
          <input id="template-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-invalid={errors.file ? true : undefined} aria-describedby={errors.file ? "template-file-error" : undefined} className="mt-2 block max-w-full text-std-16N-170" />
        </div>
        <button type="submit" disabled={pending} className={submitClass}>
          {m.uploadSubmit}
        </button>
      </form>
    </div>
  );
}
