"use client";
// The public calculator: choose a menu and applicant type, enter costs, and the one shared
// calculation (lib/subsidies/calculation.ts) answers as you type, step by step.
import { useMemo, useState } from "react";
import { calculateSubsidy } from "@/lib/subsidies/calculation";
import { calculationIssueMessages, formatThousandYen, formatYen, UNIT_COUNTERS } from "@/lib/subsidies/messages";
import { calculationRuleOf } from "@/lib/subsidies/menu-rule";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import type { SubsidyMenuView } from "@/lib/subsidies/schema";
import { CalculationSteps } from "./calculation-steps";
import { NumberField, parseYenText } from "./number-field";

type Values = Record<string, string>;

export function SubsidyCalculator({ menus, initialMenu }: { menus: SubsidyMenuView[]; initialMenu?: string }) {
  const [menuCode, setMenuCode] = useState(menus.some((x) => x.code === initialMenu) ? initialMenu! : menus[0]!.code);
  const menu = menus.find((x) => x.code === menuCode)!;
  const [applicantType, setApplicantType] = useState(menu.applicantTypes[0]!.code as string);
  const [values, setValues] = useState<Values>({});
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const applicant = menu.applicantTypes.some((a) => a.code === applicantType) ? applicantType : menu.applicantTypes[0]!.code;

  const outcome = useMemo(() => {
    const errors: Record<string, string> = {};
    const read = (name: string) => {
      const parsed = parseYenText(values[name] ?? "");
      if (parsed === "invalid") errors[name] = m.invalidNumber;
      return parsed === "invalid" ? undefined : parsed;
    };
    const items = menu.items.flatMap((item) => {
      const costYen = read(`${menu.code}.${item.code}.cost`);
      const quantity = read(`${menu.code}.${item.code}.quantity`);
      return costYen === undefined ? [] : [{ itemCode: item.code, costYen, quantity }];
    });
    const input = {
      applicantType: applicant,
      quantity: read(`${menu.code}.quantity`),
      items,
      totalProjectCostYen: read("total"),
      otherIncomeYen: read("income"),
    };
    if (Object.keys(errors).length > 0 || items.length === 0) return { errors, result: null };
    return { errors, result: calculateSubsidy(calculationRuleOf(menu), input) };
  }, [menu, applicant, values]);

  const itemNames = Object.fromEntries(menu.items.map((i) => [i.code, i.name]));
  const field = (name: string, label: string, hint?: string) => (
    <NumberField key={name} id={`calc-${name.replaceAll(".", "-")}`} label={label} hint={hint} value={values[name] ?? ""} onChange={set(name)} error={outcome.errors[name]} />
  );

  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <form className="space-y-6" onSubmit={(e) => e.preventDefault()} aria-label={m.calculatorTitle}>
        <div>
          <label htmlFor="calc-menu" className="block text-std-16B-170">{m.menuLabel}</label>
          <select id="calc-menu" value={menuCode} onChange={(e) => setMenuCode(e.target.value)} className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
            {menus.map((x) => (
              <option key={x.code} value={x.code}>{x.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="calc-applicant" className="block text-std-16B-170">{m.applicantLabel}</label>
          <select id="calc-applicant" value={applicant} onChange={(e) => setApplicantType(e.target.value)} className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
            {menu.applicantTypes.map((a) => (
              <option key={a.code} value={a.code}>{a.name}</option>
            ))}
          </select>
        </div>
        {menu.base.kind === "PER_UNIT" && menu.base.unit ? field(`${menu.code}.quantity`, m.quantityLabel(UNIT_COUNTERS[menu.base.unit])) : null}
        {menu.items.map((item) => (
          <fieldset key={item.code} className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-1 text-std-16B-170">{item.name}</legend>
            {field(`${menu.code}.${item.code}.cost`, m.costLabel(item.name))}
            {item.base.kind === "PER_UNIT" && item.base.unit ? field(`${menu.code}.${item.code}.quantity`, m.itemQuantityLabel(item.name, UNIT_COUNTERS[item.base.unit])) : null}
          </fieldset>
        ))}
        {field("total", m.totalLabel, m.totalHint)}
        {field("income", m.incomeLabel)}
      </form>
      <section aria-labelledby="calc-result-heading">
        <h2 id="calc-result-heading" className="mb-4 text-std-22B-150">{m.resultHeading}</h2>
        <div aria-live="polite" id="calc-result" className="mb-6 text-std-20B-150">
          {outcome.result === null ? (
            <p className="text-std-16N-170">{m.resultPending}</p>
          ) : outcome.result.ok ? (
            <p>{m.resultAmount(formatYen(outcome.result.subsidyYen), formatThousandYen(outcome.result.subsidyYen))}</p>
          ) : (
            <ul className="list-disc pl-6 text-std-16N-170 text-error-1">
              {[...new Set(outcome.result.issues.map((i) => calculationIssueMessages[i.code]))].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
        {outcome.result?.ok ? <CalculationSteps steps={outcome.result.steps} itemNames={itemNames} /> : null}
      </section>
    </div>
  );
}
