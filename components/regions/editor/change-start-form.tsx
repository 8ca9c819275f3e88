// Step 1 of a change (GET, works without JavaScript): the kind, the region and the effective date
// (西暦 YYYY-MM-DD or 和暦 such as 令和9年4月1日).
import { inputClass } from "./styles";
import { submitClass } from "@/components/users/form-fields";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";

const KINDS = ["split", "merge", "move", "create", "rename", "official"] as const;

export function ChangeStartForm({
  regions,
  kind,
  region,
  effectiveOn,
  errors,
}: {
  regions: { code: string; name: string }[];
  kind: string;
  region: string;
  effectiveOn: string;
  errors: { effectiveOn?: string; region?: string };
}) {
  return (
    <form method="get" action="/admin/regions/change" className="max-w-[36em] space-y-6" aria-labelledby="start-legend">
      <h2 id="start-legend" className="text-std-20B-150">
        {m.startLegend}
      </h2>
      <div>
        <label htmlFor="kind" className="block text-std-16B-170">
          {m.kindLabel}
        </label>
        <select id="kind" name="kind" defaultValue={kind || "split"} className={inputClass}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {m.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="region" className="block text-std-16B-170">
          {m.regionLabel}
        </label>
        <select id="region" name="region" defaultValue={region} className={inputClass} aria-invalid={errors.region ? true : undefined} aria-describedby={errors.region ? "region-error" : undefined}>
          <option value="">{m.unassigned}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {`${r.name}（${r.code}）`}
            </option>
          ))}
        </select>
        {errors.region ? (
          <p id="region-error" className="mt-2 text-dns-16N-130 text-error-1">
            {errors.region}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="effectiveOn" className="block text-std-16B-170">
          {m.effectiveLabel}
        </label>
        <p id="effectiveOn-hint" className="mt-1 text-dns-14N-130 text-solid-gray-700">
          {m.effectiveHint}
        </p>
        <input
          id="effectiveOn"
          name="effectiveOn"
          type="text"
          inputMode="text"
          defaultValue={effectiveOn}
          className={inputClass}
          aria-invalid={errors.effectiveOn ? true : undefined}
          aria-describedby={errors.effectiveOn ? "effectiveOn-hint effectiveOn-error" : "effectiveOn-hint"}
        />
        {errors.effectiveOn ? (
          <p id="effectiveOn-error" className="mt-2 text-dns-16N-130 text-error-1">
            {errors.effectiveOn}
          </p>
        ) : null}
      </div>
      <button type="submit" className={submitClass}>
        {m.next}
      </button>
    </form>
  );
}
