// A labelled <select> of the review filters (server-rendered, a GET form).
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 px-4 py-3 text-std-16N-170";

export function SelectField(props: { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${props.name}`} className="block text-std-16B-170">
        {props.label}
      </label>
      <select id={`filter-${props.name}`} name={props.name} defaultValue={props.value ?? ""} className={inputClass}>
        {props.allLabel !== undefined ? <option value="">{props.allLabel}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DateField(props: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${props.name}`} className="block text-std-16B-170">
        {props.label}
      </label>
      <input id={`filter-${props.name}`} name={props.name} type="date" defaultValue={props.value ?? ""} aria-describedby={warekiEchoId(`filter-${props.name}`)} className={inputClass} />
      <WarekiEcho inputId={`filter-${props.name}`} initial={props.value} />
    </div>
  );
}
