"use client";
// Controlled labelled fields of the report editor (the editor holds the whole content in state).
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";

const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 disabled:bg-solid-gray-50";

export function TextArea({ id, label, value, onChange, disabled, rows = 3 }: { id: string; label: string; value: string; onChange: (v: string) => void; disabled?: boolean; rows?: number }) {
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">{label}</label>
      <textarea id={id} rows={rows} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className={inputClass} />
    </div>
  );
}

export function Select({ id, label, value, options, onChange, disabled, error }: { id: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; disabled?: boolean; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {error ? <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">{error}</p> : null}
    </div>
  );
}

export function Input({ id, label, value, onChange, disabled, type = "text" }: { id: string; label: string; value: string; onChange: (v: string) => void; disabled?: boolean; type?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-dns-16B-120">{label}</label>
      <input id={id} type={type} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-describedby={type === "date" ? warekiEchoId(id) : undefined} className={inputClass} />
      {type === "date" ? <WarekiEcho inputId={id} value={value} /> : null}
    </div>
  );
}
