// Choosing the 年度 of the catalogue: a plain GET form, so it works without JavaScript.
import { formatFiscalYearWithSeireki } from "@/lib/dates/wareki";
import { pageMessages as m } from "@/lib/subsidies/page-messages";

export function YearSelectForm({ years, current, action, extra }: { years: { fiscalYear: number; isSample: boolean }[]; current: number; action: string; extra?: Record<string, string> }) {
  return (
    <form method="get" action={action} className="mb-8 flex flex-wrap items-end gap-4">
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-0 max-w-full">
        <label htmlFor="fiscal-year" className="block text-std-16B-170">
          {m.yearLabel}
        </label>
        <select id="fiscal-year" name="fiscalYear" defaultValue={String(current)} className="mt-2 max-w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
          {years.map((y) => (
            <option key={y.fiscalYear} value={y.fiscalYear}>
              {formatFiscalYearWithSeireki(y.fiscalYear)}
              {y.isSample ? "（サンプル）" : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-8 border border-blue-900 bg-white px-4 text-std-16B-170 text-blue-900 hover:bg-blue-50">
        {m.yearSubmit}
      </button>
    </form>
  );
}
