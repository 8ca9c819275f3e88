"use client";
// 本庁's form for one menu's figures in one 年度: 基準額 (blank = not entered), 補助率 (fraction),
// item and applicant-type amounts. Keeps what was typed on an error; a stale version is a conflict.
import { FormMessage, submitClass, TextField } from "@/components/users/form-fields";
import { baseText, UNIT_NAMES } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import type { EditableMenu } from "@/lib/subsidies/schema";
import type { FormState } from "@/lib/users/form-state";
import { useFormAction } from "@/lib/http/use-form-action";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const hasAmount = (kind: string) => kind === "FIXED" || kind === "PER_UNIT";
const amountLabel = (name: string, base: { kind: string; unit: keyof typeof UNIT_NAMES | null }) =>
  `${name}の基準額（円${base.kind === "PER_UNIT" && base.unit ? `、${UNIT_NAMES[base.unit]}あたり` : ""}）`;

export function MenuRuleForm({ menu, action }: { menu: EditableMenu; action: Action }) {
  const [state, formAction, pending] = useFormAction<FormState>(action, {});
  const id = (name: string) => `rule-${menu.ruleId}-${name.replaceAll(".", "-")}`;
  const value = (name: string, current: number | null) => state.values?.[name] ?? (current === null ? "" : String(current));
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="space-y-4" aria-label={`${menu.name}の基準額と補助率`}>
      <input type="hidden" name="ruleId" value={menu.ruleId} />
      <input type="hidden" name="version" value={menu.version} />
      {hasAmount(menu.base.kind) ? (
        <TextField id={id("base")} name="baseAmountYen" label={amountLabel("メニュー", menu.base)} hint={m.amountHint} defaultValue={value("baseAmountYen", menu.base.amountYen)} errors={errors("baseAmountYen")} />
      ) : (
        <p className="text-std-16N-170">{m.base}: {baseText(menu.base)}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id("num")} name="rateNumerator" label={m.rateNumerator} defaultValue={value("rateNumerator", menu.rate.numerator)} errors={errors("rateNumerator")} required />
        <TextField id={id("den")} name="rateDenominator" label={m.rateDenominator} defaultValue={value("rateDenominator", menu.rate.denominator)} errors={errors("rateDenominator")} required />
      </div>
      {menu.base.kind === "PER_APPLICANT_TYPE"
        ? menu.applicantTypes.map((a) => (
            <TextField key={a.code} id={id(`applicant.${a.code}`)} name={`applicant.${a.code}`} label={`${a.name}の基準額（円）`} hint={m.amountHint} defaultValue={value(`applicant.${a.code}`, a.baseAmountYen)} errors={errors(`applicants.${a.code}`)} />
          ))
        : null}
      {menu.items.filter((i) => hasAmount(i.base.kind)).map((i) => (
        <TextField key={i.code} id={id(`item.${i.code}`)} name={`item.${i.code}`} label={amountLabel(i.name, i.base)} hint={m.amountHint} defaultValue={value(`item.${i.code}`, i.base.amountYen)} errors={errors(`items.${i.code}`)} />
      ))}
      <button type="submit" disabled={pending} className={submitClass}>
        {m.save}<span className="sr-only">（{menu.name}）</span>
      </button>
      <FormMessage state={state} success={`${menu.name}: 保存しました。`} />
    </form>
  );
}
