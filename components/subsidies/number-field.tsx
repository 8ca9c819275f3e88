"use client";
// A labelled whole-number input (yen or a count) with its hint and error tied to it.

/** "1,234,000" or "１２３" → 1234000 / 123; "" → undefined; anything else → "invalid". */
export function parseYenText(text: string): number | undefined | "invalid" {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, "");
  if (t === "") return undefined;
  if (!/^\d{1,12}$/.test(t)) return "invalid";
  return Number(t);
}

export function NumberField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">{label}</label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-dns-14N-130 text-solid-gray-700">{hint}</p> : null}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-right text-std-16N-170 aria-[invalid=true]:border-error-1"
      />
      {error ? <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">{error}</p> : null}
    </div>
  );
}
