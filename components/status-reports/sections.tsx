"use client";
// The editor's sections: the four functions, the 協議体 activity, the municipalities' (ア)–(キ) and (ク).
import { secondaryClass } from "@/components/users/form-fields";
import { FUNCTION_KEYS, FUNCTION_STATES, ITEM_STATES, MUNICIPAL_ITEMS, type ReportContentV1, type ReportEvent } from "@/lib/status-reports/form-v1";
import { functionLabels, functionStateLabels, itemStateLabels, municipalItemLabels } from "@/lib/status-reports/messages";
import { editorMessages as m } from "@/lib/status-reports/page-messages";
import { Input, Select, TextArea } from "./fields";
import { municipalityAnchor } from "./report-index";

type Update = (fn: (c: ReportContentV1) => ReportContentV1) => void;
interface SectionProps {
  content: ReportContentV1;
  update: Update;
  disabled: boolean;
  errors: Record<string, string[]>;
}

const stateOptions = [{ value: "", label: m.stateNone }, ...FUNCTION_STATES.map((s) => ({ value: s, label: functionStateLabels[s] }))];
const itemOptions = [{ value: "", label: m.stateNone }, ...ITEM_STATES.map((s) => ({ value: s, label: itemStateLabels[s] }))];

export function FunctionsSection({ content, update, disabled, errors }: SectionProps) {
  return (
    <div className="space-y-8">
      {FUNCTION_KEYS.map((k) => {
        const f = content.functions[k];
        const set = (field: keyof typeof f, v: string) => update((c) => ({ ...c, functions: { ...c.functions, [k]: { ...c.functions[k], [field]: v } } }));
        return (
          <fieldset key={k} className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-2 text-std-18B-160">{functionLabels[k]}</legend>
            <Select id={`fn-${k}-state`} label={`${functionLabels[k]}：${m.state}`} value={f.state} options={stateOptions} onChange={(v) => set("state", v)} disabled={disabled} error={errors[`functions.${k}.state`]?.join(" ")} />
            <TextArea id={`fn-${k}-issues`} label={`${functionLabels[k]}：${m.issues}`} value={f.issues} onChange={(v) => set("issues", v)} disabled={disabled} />
            <TextArea id={`fn-${k}-measures`} label={`${functionLabels[k]}：${m.measures}`} value={f.measures} onChange={(v) => set("measures", v)} disabled={disabled} />
            <TextArea id={`fn-${k}-indicators`} label={`${functionLabels[k]}：${m.indicators}`} value={f.indicators} onChange={(v) => set("indicators", v)} disabled={disabled} rows={2} />
          </fieldset>
        );
      })}
    </div>
  );
}

type EventKey = "meetings" | "trainings" | "publicLectures";
const eventLabels: Record<EventKey, string> = { meetings: m.meetings, trainings: m.trainings, publicLectures: m.publicLectures };

function EventRows({ k, content, update, disabled }: SectionProps & { k: EventKey }) {
  const rows = content.council[k];
  const setRows = (fn: (r: ReportEvent[]) => ReportEvent[]) => update((c) => ({ ...c, council: { ...c.council, [k]: fn(c.council[k]) } }));
  const set = (i: number, field: keyof ReportEvent, v: string) =>
    setRows((r) => r.map((e, j) => (j === i ? { ...e, [field]: field === "participants" ? (v === "" || !/^\d+$/.test(v) ? null : Number(v)) : v } : e)));
  return (
    <fieldset className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-2 text-std-18B-160">{eventLabels[k]}</legend>
      {rows.map((e, i) => (
        <div key={i} className="grid gap-4 sm:grid-cols-[12em_1fr_8em_auto] sm:items-end">
          <Input id={`${k}-${i}-date`} type="date" label={`${eventLabels[k]} ${i + 1}：${m.eventDate}`} value={e.date} onChange={(v) => set(i, "date", v)} disabled={disabled} />
          <Input id={`${k}-${i}-title`} label={`${eventLabels[k]} ${i + 1}：${m.eventTitle}`} value={e.title} onChange={(v) => set(i, "title", v)} disabled={disabled} />
          <Input id={`${k}-${i}-participants`} type="number" label={`${eventLabels[k]} ${i + 1}：${m.eventParticipants}`} value={e.participants === null ? "" : String(e.participants)} onChange={(v) => set(i, "participants", v)} disabled={disabled} />
          {disabled ? null : (
            <button type="button" className={secondaryClass} onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
              {m.removeRow}<span className="sr-only">（{eventLabels[k]} {i + 1}）</span>
            </button>
          )}
        </div>
      ))}
      {disabled ? null : (
        <button type="button" className={secondaryClass} onClick={() => setRows((r) => [...r, { date: "", title: "", participants: null }])}>
          {m.addRow(eventLabels[k])}
        </button>
      )}
    </fieldset>
  );
}

export function CouncilSection(props: SectionProps) {
  const { content, update, disabled } = props;
  return (
    <div className="space-y-6">
      <EventRows k="meetings" {...props} />
      <TextArea id="council-wg" label={m.workingGroups} value={content.council.workingGroups} onChange={(v) => update((c) => ({ ...c, council: { ...c.council, workingGroups: v } }))} disabled={disabled} />
      <EventRows k="trainings" {...props} />
      <EventRows k="publicLectures" {...props} />
    </div>
  );
}

export function MunicipalitiesSection({ content, update, disabled, errors }: SectionProps) {
  return (
    <div className="space-y-6">
      {content.municipalities.map((mu, i) => {
        const set = (item: (typeof MUNICIPAL_ITEMS)[number], field: "state" | "note", v: string) =>
          update((c) => ({ ...c, municipalities: c.municipalities.map((x, j) => (j === i ? { ...x, items: { ...x.items, [item]: { ...x.items[item], [field]: v } } } : x)) }));
        return (
          <fieldset key={mu.code} id={municipalityAnchor(mu.code)} className="scroll-mt-32 space-y-4 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-2 text-std-18B-160">{mu.name}</legend>
            {MUNICIPAL_ITEMS.map((k) => (
              <div key={k} className="grid gap-4 sm:grid-cols-[16em_1fr]">
                <Select id={`mu-${i}-${k}-state`} label={`${mu.name} ${municipalItemLabels[k]}`} value={mu.items[k].state} options={itemOptions} onChange={(v) => set(k, "state", v)} disabled={disabled} error={errors[`municipalities.${i}.items.${k}.state`]?.join(" ")} />
                <Input id={`mu-${i}-${k}-note`} label={`${mu.name} ${municipalItemLabels[k].slice(0, 4)}：${m.note}`} value={mu.items[k].note} onChange={(v) => set(k, "note", v)} disabled={disabled} />
              </div>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
