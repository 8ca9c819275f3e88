// The date a page shows its data for: a GET form, so the URL says the date (?asOf=…).
import { secondaryClass } from "@/components/users/form-fields";
import { healthCenterPageMessages as m } from "@/lib/health-centers/page-messages";

export function AsOfForm({ action, value, invalid }: { action: string; value: string; invalid?: boolean }) {
  return (
    <form method="get" action={action} className="mb-8 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="as-of" className="block text-std-16B-170">
          {m.asOfLabel}
        </label>
        <p id="as-of-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {m.asOfHint}
        </p>
        <input
          id="as-of"
          name="asOf"
          defaultValue={value}
          aria-describedby={invalid ? "as-of-hint as-of-error" : "as-of-hint"}
          aria-invalid={invalid ? true : undefined}
          className="mt-2 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170"
        />
        {invalid ? (
          <p id="as-of-error" className="mt-2 text-dns-16N-130 text-error-1">
            {m.asOfInvalid}
          </p>
        ) : null}
      </div>
      <button type="submit" className={secondaryClass}>
        {m.asOfSubmit}
      </button>
    </form>
  );
}
