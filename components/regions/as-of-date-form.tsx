// A plain GET form choosing the date a page shows regions for (?asOf=YYYY-MM-DD); works without
// JavaScript. The 和暦 of the date shown is written next to it; a date in the address that could not
// be read (`invalid`) is named in an error tied to the field.
import { dateControlMessages as m } from "@/lib/regions/page-messages";

const inputClass = "mt-1 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170";
const buttonClass =
  "inline-flex min-h-11 items-center rounded-8 border border-solid-gray-600 bg-white px-4 text-dns-16B-120 text-solid-gray-900 hover:bg-solid-gray-50 hover:underline";

export function AsOfDateForm({
  action,
  shownOn,
  id = "as-of",
  extra = {},
  invalid,
}: {
  action: string;
  shownOn: string;
  id?: string;
  extra?: Record<string, string>;
  /** The ?asOf= text that is not a date (the page shows `shownOn` instead). */
  invalid?: string;
}) {
  const described = invalid ? `${id}-error ${id}-wareki` : `${id}-wareki`;
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-labelledby={`${id}-legend`}>
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label id={`${id}-legend`} htmlFor={id} className="block text-std-16B-170">
          {m.label}
        </label>
        <input id={id} name="asOf" type="date" defaultValue={shownOn} aria-describedby={described} aria-invalid={invalid ? true : undefined} className={inputClass} />
      </div>
      <button type="submit" className={buttonClass}>
        {m.submit}
      </button>
      {invalid ? (
        <p id={`${id}-error`} className="w-full text-dns-16N-130 text-error-1">
          {m.invalid(invalid)}
        </p>
      ) : null}
      <p id={`${id}-wareki`} className="w-full text-dns-16N-130 text-solid-gray-700">
        {m.shown(shownOn)}
      </p>
    </form>
  );
}
