"use client";
// Which boundaries the overview map draws.
import { MapChoiceSwitch } from "./map-choice-switch";
import { mapMessages as m, type SwitchLevel } from "./messages";

const LEVELS: SwitchLevel[] = ["homecare", "secondary", "municipality"];

export function MapLevelSwitch({ value, onChange }: { value: SwitchLevel; onChange: (level: SwitchLevel) => void }) {
  return <MapChoiceSwitch legend={m.levelLegend} options={LEVELS.map((level) => ({ value: level, label: m.levels[level] }))} value={value} onChange={onChange} />;
}
