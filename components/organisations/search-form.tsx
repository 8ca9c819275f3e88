// Searching the registry: a GET form, so the URL holds the search (?q=&type=&municipalityCode=).
import { secondaryClass } from "@/components/users/form-fields";
import { organisationTypeLabels } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";

const fieldClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170";

export function OrganisationSearchForm({ values, municipalities }: { values: { q?: string; type?: string; municipalityCode?: string }; municipalities: { code: string; name: string }[] }) {
  return (
    <form method="get" action="/admin/organisations" role="search" className="mb-8 grid max-w-[60em] gap-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="search-q" className="block text-std-16B-170">
          {m.searchLabel}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={values.q ?? ""} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="search-type" className="block text-std-16B-170">
          {m.typeLabel}
        </label>
        <select id="search-type" name="type" defaultValue={values.type ?? ""} className={fieldClass}>
          <option value="">{m.anyType}</option>
          {Object.entries(organisationTypeLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="search-municipality" className="block text-std-16B-170">
          {m.municipalityLabel}
        </label>
        <select id="search-municipality" name="municipalityCode" defaultValue={values.municipalityCode ?? ""} className={fieldClass}>
          <option value="">{m.anyMunicipality}</option>
          {municipalities.map((x) => (
            <option key={x.code} value={x.code}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryClass}>
        {m.searchSubmit}
      </button>
    </form>
  );
}
