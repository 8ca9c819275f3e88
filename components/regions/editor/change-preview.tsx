"use client";
// The impact of a change as previewRegionChange computed it on the server: regions ending and
// starting, members moving, attribute changes, and each impact provider's records with the user's
// decision (successor checkboxes for records that carry over; information for the rest).
import { DataTable } from "@/components/ui/data-table";
import { addDays } from "@/lib/dates/date-only";
import type { RegionChangePreview } from "@/lib/regions/change";
import type { ImpactDecisionsInput } from "@/lib/regions/impact";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { Check } from "./fields";

export function defaultDecisions(preview: RegionChangePreview): ImpactDecisionsInput {
  return Object.fromEntries(
    preview.impacts.map((p) => [p.key, Object.fromEntries(p.items.filter((i) => i.choice === "successors").map((i) => [i.id, { action: i.defaultAction, successorCodes: i.defaultSuccessorCodes }]))]),
  );
}

const names = (list: { name: string }[]) => list.map((x) => x.name).join("・");

export function ChangePreview({ preview, decisions, onDecisions }: { preview: RegionChangePreview; decisions: ImpactDecisionsInput; onDecisions: (d: ImpactDecisionsInput) => void }) {
  const lastDay = preview.effectiveOn ? addDays(preview.effectiveOn, -1) : null;
  const toggle = (key: string, id: string, code: string, on: boolean) => {
    const current = decisions[key]?.[id]?.successorCodes ?? [];
    const codes = on ? [...current, code] : current.filter((c) => c !== code);
    onDecisions({ ...decisions, [key]: { ...decisions[key], [id]: { action: codes.length ? "CARRY_OVER" : "STAY", successorCodes: codes } } });
  };
  return (
    <div className="space-y-8">
      <p>{m.previewLead}</p>
      {preview.effectiveOn ? <p className="text-std-16B-170">{m.effectiveShown(preview.effectiveOn)}</p> : null}
      {preview.ending.length > 0 && lastDay ? (
        <section aria-labelledby="ending">
          <h3 id="ending" className="mb-2 text-std-20B-150">{m.endingHeading}</h3>
          <ul className="list-disc pl-6">
            {preview.ending.map((e) => (
              <li key={e.code}>{m.endingItem(e.name, lastDay, names(e.successors))}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.starting.length > 0 ? (
        <section aria-labelledby="starting">
          <h3 id="starting" className="mb-2 text-std-20B-150">{m.startingHeading}</h3>
          <ul className="list-disc pl-6">
            {preview.starting.map((s) => (
              <li key={s.code}>{m.startingItem(s.name, s.code, s.memberNames.length)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.update ? (
        <section aria-labelledby="update">
          <h3 id="update" className="mb-2 text-std-20B-150">{m.updateHeading}</h3>
          <ul className="list-disc pl-6">
            {Object.entries(preview.update.after).map(([k, v]) => (
              <li key={k}>{m.updateItem(m.updateLabels[k] ?? k, m.updateValue((preview.update!.before as Record<string, unknown>)[k]), m.updateValue(v))}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.moves.length > 0 ? (
        <section aria-labelledby="moves">
          <h3 id="moves" className="mb-2 text-std-20B-150">{m.movesHeading}</h3>
          <DataTable
            caption={m.movesCaption(preview.moves.length)}
            rows={preview.moves}
            rowKey={(x) => x.code}
            columns={[
              { key: "member", header: m.moveCol.member, rowHeader: true, nowrap: true, cell: (x) => x.name },
              { key: "from", header: m.moveCol.from, nowrap: true, cell: (x) => x.from.name },
              { key: "to", header: m.moveCol.to, nowrap: true, cell: (x) => x.to.name },
            ]}
          />
        </section>
      ) : null}
      {preview.ending.length > 0 ? (
        <section aria-labelledby="impact">
          <h3 id="impact" className="mb-2 text-std-20B-150">{m.impactHeading}</h3>
          {preview.impacts.every((p) => p.items.length === 0) ? <p>{m.impactNone}</p> : null}
          {preview.impacts.filter((p) => p.items.length > 0).map((p) => (
            <div key={p.key} className="mb-4">
              <h4 className="mb-2 text-std-17B-170">{p.label}</h4>
              <ul className="space-y-3">
                {p.items.map((item) => {
                  const ending = preview.ending.find((e) => e.code === item.regionCode);
                  const chosen = decisions[p.key]?.[item.id]?.successorCodes ?? [];
                  return (
                    <li key={item.id} className="rounded-8 border border-solid-gray-420 p-3">
                      <p className="text-std-16B-170">{item.title}</p>
                      <p className="text-dns-16N-130 text-solid-gray-700">{`${item.state}（${item.open ? m.open : m.closed}）`}</p>
                      {item.choice === "successors" && ending ? (
                        <fieldset className="mt-2">
                          <legend className="text-dns-16B-130">{m.impactCarry}</legend>
                          <div className="flex flex-wrap gap-x-6">
                            {ending.successors.map((s) => (
                              <Check key={s.code} id={`impact-${p.key}-${item.id}-${s.code}`} label={s.name} checked={chosen.includes(s.code)} onChange={(on) => toggle(p.key, item.id, s.code, on)} />
                            ))}
                          </div>
                          {chosen.length === 0 ? <p className="mt-1 text-dns-16N-130">{m.impactStay}</p> : null}
                        </fieldset>
                      ) : (
                        <p className="mt-1 text-dns-16N-130">{item.defaultAction === "STAY" ? m.impactStay : null}</p>
                      )}
                      {item.note ? <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{item.note}</p> : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          <p className="text-dns-16N-130 text-solid-gray-700">{m.historicalNote}</p>
        </section>
      ) : null}
    </div>
  );
}
