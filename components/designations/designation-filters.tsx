// The list's filters: a plain GET form (works without JavaScript; the URL keeps the filter).
import { DESIGNATION_STATUSES, DESIGNATION_TYPES, type DesignationFilter } from "@/lib/designations/schema";
import { designationStatusLabels, designationTypeShortLabels } from "@/lib/designations/messages";
import { designationPageMessages as m } from "@/lib/designations/page-messages";
import { secondaryClass } from "@/components/users/form-fields";

const selectClass = "mt-2 block w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170";

export function DesignationFilters({ filter, regions }: { filter: DesignationFilter; regions: { code: string; name: string }[] }) {
  return (
    <form method="get" className="grid max-w-[56em] gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="filter-type" className="block text-std-16B-170">{m.filterType}</label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={selectClass}>
          <option value="">{m.all}</option>
          {DESIGNATION_TYPES.map((t) => <option key={t} value={t}>{designationTypeShortLabels[t]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-std-16B-170">{m.filterStatus}</label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={selectClass}>
          <option value="">{m.all}</option>
          {DESIGNATION_STATUSES.map((s) => <option key={s} value={s}>{designationStatusLabels[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-region" className="block text-std-16B-170">{m.filterRegion}</label>
        <select id="filter-region" name="region" defaultValue={filter.region ?? ""} className={selectClass}>
          <option value="">{m.all}</option>
          {regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
        </select>
      </div>
      <button type="submit" className={secondaryClass}>{m.filterSubmit}</button>
    </form>
  );
}
