// The facility search as a plain GET form: it works without JavaScript, and the URL it produces
// is the page's own address (bookmarkable, and the CSV link repeats it).
import Link from "next/link";
import { SelectField, TextField, secondaryClass, submitClass } from "@/components/users/form-fields";
import { facilityMessages as fm, facilitySearchMessages as m } from "@/lib/facilities/page-messages";
import { Q_MAX_LENGTH, type ParsedFacilitySearch, type SearchParam } from "@/lib/facilities/search-params";

export interface SearchOptions {
  municipalities: { code: string; label: string }[];
  regions: { code: string; name: string }[];
  /** 現在 dates of the imported lists, newest first, with their labels. */
  snapshots: { asOf: string; label: string }[];
}

export function FacilitySearchForm({ parsed, options }: { parsed: ParsedFacilitySearch; options: SearchOptions }) {
  const { values } = parsed;
  const errorsOf = (param: SearchParam) => {
    const list = parsed.errors.filter((e) => e.param === param).map((e) => e.message);
    return list.length ? list : undefined;
  };
  const any = { value: "", label: m.any };
  return (
    <form method="get" action="/facilities" className="space-y-6" noValidate>
      <div className="grid gap-6 md:grid-cols-2">
        <SelectField
          id="facility-municipality"
          name="municipality"
          label={m.fields.municipality}
          defaultValue={values.municipality ?? ""}
          errors={errorsOf("municipality")}
          options={[any, ...options.municipalities.map((o) => ({ value: o.code, label: o.label }))]}
        />
        <SelectField
          id="facility-region"
          name="region"
          label={m.fields.region}
          defaultValue={values.region ?? ""}
          errors={errorsOf("region")}
          options={[any, ...options.regions.map((r) => ({ value: r.code, label: r.name }))]}
        />
        <div className="md:col-span-2">
          <TextField id="facility-q" name="q" label={m.fields.q} hint={m.fields.qHint(Q_MAX_LENGTH)} defaultValue={values.q ?? ""} errors={errorsOf("q")} autoComplete="off" />
        </div>
        <SelectField
          id="facility-kind"
          name="kind"
          label={m.fields.kind}
          defaultValue={values.kind ?? ""}
          errors={errorsOf("kind")}
          options={[any, { value: "clinic", label: m.kindOptions.clinic }, { value: "hospital", label: m.kindOptions.hospital }]}
        />
        <SelectField
          id="facility-type"
          name="type"
          label={m.fields.type}
          defaultValue={values.type ?? ""}
          errors={errorsOf("type")}
          options={[any, ...[1, 2, 3].map((t) => ({ value: String(t), label: m.typeOption(t, fm.types[t]) }))]}
        />
        {options.snapshots.length > 1 || values.asOf ? (
          <SelectField
            id="facility-as-of"
            name="asOf"
            label={m.fields.asOf}
            defaultValue={values.asOf ?? ""}
            errors={errorsOf("asOf")}
            options={[{ value: "", label: m.latest }, ...options.snapshots.map((s) => ({ value: s.asOf, label: s.label }))]}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={submitClass}>
          {m.submit}
        </button>
        <Link href="/facilities" className={secondaryClass}>
          {m.reset}
        </Link>
      </div>
    </form>
  );
}
