// A labelled multi-line field with its hint and errors tied to it by aria-describedby.
export function TextAreaField({ id, name, label, defaultValue, errors, rows = 5, required }: { id: string; name: string; label: string; defaultValue?: string; errors?: string[]; rows?: number; required?: boolean }) {
  return (
    <div>
      <label htmlFor={id} className="block text-std-16B-170">
        {label}
        {required ? <span className="ml-2 text-dns-14N-130 text-error-1">※必須</span> : null}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1"
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-2 text-dns-16N-130 text-error-1">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
