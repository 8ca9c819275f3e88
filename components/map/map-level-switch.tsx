"use client";
// Which boundaries the overview map draws: native radio buttons in a fieldset, so Tab reaches the
// group and the arrow keys move the choice.
import { useId } from "react";
import { mapMessages as m, type SwitchLevel } from "./messages";

const LEVELS: SwitchLevel[] = ["homecare", "secondary", "municipality"];

export function MapLevelSwitch({ value, onChange }: { value: SwitchLevel; onChange: (level: SwitchLevel) => void }) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="float-left mr-2 text-std-16B-170 text-solid-gray-900">{m.levelLegend}</legend>
      {LEVELS.map((level) => (
        <label
          key={level}
          className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-6 border border-solid-gray-600 bg-white px-3 text-std-16N-170 text-solid-gray-900 hover:bg-solid-gray-50 has-checked:border-2 has-checked:border-blue-900 has-checked:bg-blue-50 has-checked:font-bold"
        >
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
            className="size-5 accent-blue-900"
          />
          {m.levels[level]}
        </label>
      ))}
    </fieldset>
  );
}
