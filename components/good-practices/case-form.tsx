"use client";
// Adding or editing a case of the library (本庁): every field, the budget rows (integer yen) and
// the theme tags. What was typed stays on an error, including a conflict with someone else's save.
import { useActionState } from "react";
import { createGoodPracticeAction, updateGoodPracticeAction } from "@/app/(portal)/admin/library/actions";
import { FormMessage, SelectField, submitClass, TextField } from "@/components/users/form-fields";
import { BUDGET_PARTS } from "@/lib/good-practices/form-data";
import { FIELD_LABELS, goodPracticeMessages as m } from "@/lib/good-practices/messages";
import { PREFECTURES } from "@/lib/good-practices/prefectures";
import { TEXT_FIELDS } from "@/lib/good-practices/schema";
import { GOOD_PRACTICE_TAGS } from "@/lib/good-practices/tags";
import type { FormState } from "@/lib/users/form-state";
import { TextAreaField } from "./text-area-field";

const PART_LABELS: Record<(typeof BUDGET_PARTS)[number], string> = m.budgetParts;

export function CaseForm({ practiceId, initial }: { practiceId?: number; initial: Record<string, string> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(practiceId ? updateGoodPracticeAction : createGoodPracticeAction, {});
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  const rows = Number(v.budgetRows ?? 0);
  const tags = new Set((v.tags ?? "").split(",").filter(Boolean));
  return (
    <div className="space-y-6">
      <FormMessage state={state} success={m.saved} />
      <form key={JSON.stringify(v)} action={action} className="max-w-[48em] space-y-6" noValidate>
        {practiceId ? <input type="hidden" name="practiceId" value={practiceId} /> : null}
        <input type="hidden" name="expectedVersion" value={v.expectedVersion ?? ""} />
        <input type="hidden" name="budgetRows" value={rows} />
        <TextField id="gp-title" name="title" label={FIELD_LABELS.title} required defaultValue={v.title} errors={e.title} autoComplete="off" />
        <SelectField
          id="gp-prefecture"
          name="subjectPrefectureCode"
          label={FIELD_LABELS.subjectPrefectureCode}
          required
          defaultValue={v.subjectPrefectureCode ?? ""}
          errors={e.subjectPrefectureCode}
          options={[{ value: "", label: m.choose }, ...PREFECTURES.map(([value, label]) => ({ value, label }))]}
        />
        <div className="grid gap-6 md:grid-cols-3">
          {(["themeArea", "theme", "leader"] as const).map((f) => (
            <TextField key={f} id={`gp-${f}`} name={f} label={FIELD_LABELS[f]} defaultValue={v[f]} errors={e[f]} autoComplete="off" />
          ))}
        </div>
        {TEXT_FIELDS.map((f) => (
          <TextAreaField key={f} id={`gp-${f}`} name={f} label={FIELD_LABELS[f]} defaultValue={v[f]} errors={e[f]} />
        ))}
        <fieldset className="space-y-2">
          <legend className="text-std-16B-170">{FIELD_LABELS.tags}</legend>
          {e.tags ? <p className="text-dns-16N-130 text-error-1">{e.tags.join(" ")}</p> : null}
          <div className="grid gap-2 sm:grid-cols-3">
            {GOOD_PRACTICE_TAGS.map(([key, label]) => (
              <label key={key} className="flex items-center gap-2 text-std-16N-170">
                <input type="checkbox" name="tags" value={key} defaultChecked={tags.has(key)} className="size-5" />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-std-18B-160">{m.budgetRowsHeading}</legend>
          <p className="text-dns-16N-130 text-solid-gray-700">{m.budgetRowsHint}</p>
          <TextAreaField id="gp-budgetNote" name="budgetNote" label={FIELD_LABELS.budgetNote} defaultValue={v.budgetNote} errors={e.budgetNote} rows={2} />
          {Array.from({ length: rows }, (_, i) => (
            <fieldset key={i} className="grid gap-4 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-2">
              <legend className="px-1 text-dns-16B-130">{m.budgetRow(i + 1)}</legend>
              {BUDGET_PARTS.map((part) => (
                <TextField
                  key={part}
                  id={`gp-budget-${i}-${part}`}
                  name={`budgets.${i}.${part}`}
                  type="text"
                  label={PART_LABELS[part]}
                  defaultValue={v[`budgets.${i}.${part}`]}
                  errors={e[`budgets.${i}.${part}`]}
                  autoComplete="off"
                />
              ))}
            </fieldset>
          ))}
        </fieldset>
        <button type="submit" disabled={pending} className={submitClass}>
          {practiceId ? m.save : m.create}
        </button>
      </form>
    </div>
  );
}
