"use client";
// The 計画書's fields, controlled: the parent keeps the content (for the live calculation and the
// autosave). Each input is labelled and its errors are tied to it.
import type { ReactNode } from "react";
import { secondaryClass } from "@/components/users/form-fields";
import { applicationFormMessages as m } from "@/lib/applications/page-messages";
import { shownItems, withItem } from "@/lib/applications/form-items";
import type { DraftContent } from "@/lib/applications/schema";
import type { FormOptions } from "./application-form";
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1";
const toInt = (v: string) => {
  const digits = v.replace(/[,，\s円]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
};

function Field({ id, label, errors, hint, children }: { id: string; label: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">{label}</label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-dns-14N-130 text-solid-gray-700">{hint}</p> : null}
      {children}
      {errors?.length ? <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">{errors.join(" ")}</p> : null}
    </div>
  );
}

const aria = (id: string, errors?: string[], date = false) => ({
  "aria-invalid": errors?.length ? true : undefined,
  "aria-describedby": [errors?.length ? `${id}-error` : "", date ? warekiEchoId(id) : ""].filter(Boolean).join(" ") || undefined,
});

export function ApplicationFields({ content, onChange, options, errors, disabled }: { content: DraftContent; onChange: (c: DraftContent) => void; options: FormOptions; errors: Record<string, string[]>; disabled?: boolean }) {
  const set = <K extends keyof DraftContent>(key: K, value: DraftContent[K]) => onChange({ ...content, [key]: value });
  const items = shownItems(content);
  const setItem = (n: number, patch: Partial<DraftContent["items"][number]>) => onChange(withItem(content, n, patch));
  return (
    <fieldset disabled={disabled} className="space-y-4">
      <legend className="sr-only">{m.legend}</legend>
      <Field id="f-title" label={m.title} errors={errors.title}>
        <input id="f-title" className={inputClass} value={content.title} onChange={(e) => set("title", e.target.value)} {...aria("f-title", errors.title)} />
      </Field>
      <Field id="f-outline" label={m.outline} errors={errors.outline}>
        <textarea id="f-outline" rows={4} className={inputClass} value={content.outline} onChange={(e) => set("outline", e.target.value)} {...aria("f-outline", errors.outline)} />
      </Field>
      <div className="grid gap-4 desktop:grid-cols-2">
        <Field id="f-from" label={m.periodFrom} errors={errors.periodFrom}>
          <input id="f-from" type="date" className={inputClass} value={content.periodFrom ?? ""} onChange={(e) => set("periodFrom", e.target.value || undefined)} {...aria("f-from", errors.periodFrom, true)} />
          <WarekiEcho inputId="f-from" value={content.periodFrom ?? ""} />
        </Field>
        <Field id="f-to" label={m.periodTo} errors={errors.periodTo}>
          <input id="f-to" type="date" className={inputClass} value={content.periodTo ?? ""} onChange={(e) => set("periodTo", e.target.value || undefined)} {...aria("f-to", errors.periodTo, true)} />
          <WarekiEcho inputId="f-to" value={content.periodTo ?? ""} />
        </Field>
      </div>
      <Field id="f-type" label={m.applicantType} errors={errors.applicantType}>
        <select id="f-type" className={inputClass} value={content.applicantType ?? ""} onChange={(e) => set("applicantType", e.target.value || undefined)} {...aria("f-type", errors.applicantType)}>
          <option value="">{m.choose}</option>
          {options.applicantTypes.map((a) => <option key={a.code} value={a.code}>{a.name}</option>)}
        </select>
      </Field>
      {options.needsQuantity ? (
        <Field id="f-quantity" label={m.quantity} errors={errors.quantity}>
          <input id="f-quantity" inputMode="numeric" className={inputClass} value={content.quantity ?? ""} onChange={(e) => set("quantity", toInt(e.target.value))} {...aria("f-quantity", errors.quantity)} />
        </Field>
      ) : null}
      <fieldset className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
        <legend className="px-2 text-std-17B-170">{m.items}</legend>
        {errors.items?.length ? <p className="text-dns-16N-130 text-error-1">{errors.items.join(" ")}</p> : null}
        {items.map((item, n) => (
          <div key={n} className="grid gap-4 desktop:grid-cols-[2fr_1fr_1fr_auto] desktop:items-end">
            <Field id={`f-item-${n}`} label={`${m.itemCode}（${n + 1}）`} errors={errors[`items.${n}.itemCode`]}>
              <select id={`f-item-${n}`} className={inputClass} value={item.itemCode} onChange={(e) => setItem(n, { itemCode: e.target.value })}>
                <option value="">{m.choose}</option>
                {options.items.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
              </select>
            </Field>
            <Field id={`f-qty-${n}`} label={`${m.itemQuantity}（${n + 1}）`}>
              <input id={`f-qty-${n}`} inputMode="numeric" className={inputClass} value={item.quantity ?? ""} onChange={(e) => setItem(n, { quantity: toInt(e.target.value) })} />
            </Field>
            <Field id={`f-cost-${n}`} label={`${m.costYen}（${n + 1}）`} errors={errors[`items.${n}.costYen`]}>
              <input id={`f-cost-${n}`} inputMode="numeric" className={inputClass} value={item.costYen ?? ""} onChange={(e) => setItem(n, { costYen: toInt(e.target.value) })} />
            </Field>
            <button type="button" className={secondaryClass} onClick={() => set("items", content.items.filter((_, k) => k !== n))}>
              {m.removeItem(n + 1)}
            </button>
          </div>
        ))}
        <button type="button" className={secondaryClass} onClick={() => set("items", [...items, { itemCode: "" }])}>{m.addItem}</button>
      </fieldset>
      <div className="grid gap-4 desktop:grid-cols-2">
        <Field id="f-total" label={m.totalProjectCostYen} hint={m.totalHint} errors={errors.totalProjectCostYen}>
          <input id="f-total" inputMode="numeric" className={inputClass} value={content.totalProjectCostYen ?? ""} onChange={(e) => set("totalProjectCostYen", toInt(e.target.value))} aria-describedby="f-total-hint" />
        </Field>
        <Field id="f-income" label={m.otherIncomeYen} errors={errors.otherIncomeYen}>
          <input id="f-income" inputMode="numeric" className={inputClass} value={content.otherIncomeYen ?? ""} onChange={(e) => set("otherIncomeYen", toInt(e.target.value))} {...aria("f-income", errors.otherIncomeYen)} />
        </Field>
      </div>
    </fieldset>
  );
}
