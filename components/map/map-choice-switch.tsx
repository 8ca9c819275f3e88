"use client";
// A choice the map offers (which boundaries, what colours): native radio buttons in a fieldset,
// so Tab reaches the group and the arrow keys move the choice.
import { useId } from "react";

export function MapChoiceSwitch<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="float-left mr-2 text-std-16B-170 text-solid-gray-900">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-6 border border-solid-gray-600 bg-white px-3 text-std-16N-170 text-solid-gray-900 hover:bg-solid-gray-50 has-checked:border-2 has-checked:border-blue-900 has-checked:bg-blue-50 has-checked:font-bold"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="size-5 accent-blue-900"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
