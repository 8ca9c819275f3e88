"use client";
// Members chosen with checkboxes, grouped by their current 在宅医療圏 (札幌's wards form their own
// group, as the 札幌 region's members). The primary control; the map mirrors it.
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { Check, FieldErrors } from "./fields";

export function MemberPicker({
  idPrefix,
  groups,
  picked,
  onChange,
  errors,
  legend,
}: {
  idPrefix: string;
  groups: EditorRegion[];
  picked: string[];
  onChange: (codes: string[]) => void;
  errors?: string[];
  legend: string;
}) {
  const toggle = (code: string, on: boolean) => onChange(on ? [...picked, code] : picked.filter((c) => c !== code));
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4" aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}>
      <legend className="px-1 text-std-17B-170">{legend}</legend>
      <div className="space-y-3">
        {groups.map((g) => {
          const n = g.members.filter((x) => picked.includes(x.code)).length;
          return (
            <details key={g.code} open={groups.length === 1 || n > 0} className="rounded-8 border border-solid-gray-200 p-3">
              <summary className="cursor-pointer text-std-16B-170">
                {m.membersLegend(g.name)}（{n}/{g.members.length}）
              </summary>
              <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
                {g.members.map((x) => (
                  <Check key={x.code} id={`${idPrefix}-${x.code}`} label={x.name} checked={picked.includes(x.code)} onChange={(on) => toggle(x.code, on)} />
                ))}
              </div>
            </details>
          );
        })}
      </div>
      <FieldErrors id={`${idPrefix}-error`} errors={errors} />
    </fieldset>
  );
}
