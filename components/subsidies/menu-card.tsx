// One menu of a 年度 as the public catalogue shows it: rate, 基準額, applicants, items, conditions.
import { DataTable } from "@/components/ui/data-table";
import { baseText, formatRate, NOT_ENTERED } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import type { SubsidyMenuView } from "@/lib/subsidies/schema";

function amountOrNotEntered(yen: number | null) {
  return yen === null ? NOT_ENTERED : baseText({ kind: "FIXED", amountYen: yen, unit: null });
}

export function MenuCard({ menu, calculatorHref }: { menu: SubsidyMenuView; calculatorHref: string }) {
  const id = `menu-${menu.code}`;
  return (
    <article aria-labelledby={id} className="rounded-8 border border-solid-gray-420 p-4 sm:p-6">
      <h3 id={id} className="text-std-20B-150 text-solid-gray-900">
        {menu.name}
      </h3>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[12em_1fr]">
        <dt className="font-bold">{m.rate}</dt>
        <dd>{formatRate(menu.rate)}</dd>
        <dt className="font-bold">{m.base}</dt>
        <dd>{baseText(menu.base)}</dd>
        <dt className="font-bold">{m.applicants}</dt>
        <dd>{menu.applicantTypes.map((a) => a.name).join("、")}</dd>
        <dt className="font-bold">{m.conditions}</dt>
        <dd>
          {menu.conditions.length === 0 ? (
            m.noConditions
          ) : (
            <ul className="list-disc pl-6">
              {menu.conditions.map((c) => (
                <li key={c.kind}>{c.description}</li>
              ))}
            </ul>
          )}
        </dd>
        {menu.note ? (
          <>
            <dt className="font-bold">{m.note}</dt>
            <dd>{menu.note}</dd>
          </>
        ) : null}
      </dl>
      {menu.base.kind === "PER_APPLICANT_TYPE" ? (
        <div className="mt-4">
          <DataTable
            caption={`${menu.name}: ${m.applicantHeader}ごとの${m.baseHeader}`}
            columns={[
              { key: "type", header: m.applicantHeader, cell: (a) => a.name, rowHeader: true },
              { key: "base", header: m.baseHeader, cell: (a) => amountOrNotEntered(a.baseAmountYen), align: "end" },
            ]}
            rows={menu.applicantTypes}
            rowKey={(a) => a.code}
          />
        </div>
      ) : null}
      <div className="mt-4">
        <DataTable
          caption={`${menu.name}: ${m.items}`}
          columns={[
            { key: "item", header: m.itemHeader, cell: (i) => i.name, rowHeader: true },
            { key: "base", header: m.baseHeader, cell: (i) => baseText(i.base), align: "end" },
          ]}
          rows={menu.items}
          rowKey={(i) => i.code}
        />
      </div>
      <p className="mt-4 text-std-16N-170">
        <a href={calculatorHref}>{m.calculatorLink}<span className="sr-only">（{menu.name}）</span></a>
      </p>
    </article>
  );
}
