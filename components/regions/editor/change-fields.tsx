"use client";
// The fields of each kind of change. Field ids follow the domain's error keys (successors.0.code,
// successor.name, memberCodes, source, ...) so each error is shown next to its field.
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import type { ChangeKind, Draft, NewRegionDraft } from "./draft";
import { Check, FieldErrors, Fieldset, TextInput, inputClass } from "./fields";
import { MemberPicker } from "./member-picker";
import { secondaryClass } from "@/components/users/form-fields";

type Errors = Record<string, string[]>;
interface Props {
  kind: ChangeKind;
  primary: EditorRegion | null;
  regions: EditorRegion[];
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Errors;
}

function NewRegionFields({ prefix, value, onChange, errors, legend }: { prefix: string; value: NewRegionDraft; onChange: (v: NewRegionDraft) => void; errors: Errors; legend: string }) {
  return (
    <Fieldset legend={legend} id={prefix} errors={[...(errors[prefix] ?? []), ...(errors[`${prefix}.memberCodes`] ?? [])]}>
      <TextInput id={`${prefix}.code`} label={m.code} hint={m.codeHint} required value={value.code} onChange={(code) => onChange({ ...value, code })} errors={errors[`${prefix}.code`]} />
      <TextInput id={`${prefix}.name`} label={m.name} required value={value.name} onChange={(name) => onChange({ ...value, name })} errors={errors[`${prefix}.name`]} />
      <TextInput id={`${prefix}.nameKana`} label={m.kana} value={value.nameKana} onChange={(nameKana) => onChange({ ...value, nameKana })} errors={errors[`${prefix}.nameKana`]} />
    </Fieldset>
  );
}

function SplitFields({ primary, draft, set, errors }: Props) {
  const successors = draft.successors;
  const update = (i: number, v: NewRegionDraft) => set({ successors: successors.map((s, j) => (j === i ? v : s)) });
  const remove = (i: number) => {
    const assign = Object.fromEntries(Object.entries(draft.assign).flatMap(([c, j]) => (j === i ? [] : [[c, j > i ? j - 1 : j]])));
    set({ successors: successors.filter((_, j) => j !== i), assign });
  };
  return (
    <div className="space-y-6">
      {successors.map((s, i) => (
        <div key={i} className="space-y-2">
          <NewRegionFields prefix={`successors.${i}`} legend={m.successorLegend(i + 1)} value={s} onChange={(v) => update(i, v)} errors={errors} />
          {successors.length > 2 ? (
            <button type="button" className={secondaryClass} onClick={() => remove(i)}>
              {m.removeSuccessor}
              <span className="sr-only">（{s.name || i + 1}）</span>
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className={secondaryClass} onClick={() => set({ successors: [...successors, { code: "", name: "", nameKana: "" }] })}>
        {m.addSuccessor}
      </button>
      <Fieldset legend={m.assignCaption} id="successors" errors={errors.successors}>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {primary?.members.map((x) => (
            <div key={x.code}>
              <label htmlFor={`assign-${x.code}`} className="block text-std-16N-170">
                {x.name}
              </label>
              <select
                id={`assign-${x.code}`}
                className={inputClass}
                value={draft.assign[x.code] ?? ""}
                onChange={(e) => {
                  const assign = { ...draft.assign };
                  if (e.target.value === "") delete assign[x.code];
                  else assign[x.code] = Number(e.target.value);
                  set({ assign });
                }}
              >
                <option value="">{m.unassigned}</option>
                {successors.map((s, i) => (
                  <option key={i} value={i}>
                    {s.name || m.successorLegend(i + 1)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}

export function ChangeFields(props: Props) {
  const { kind, primary, regions, draft, set, errors } = props;
  const others = regions.filter((r) => r.code !== primary?.code);
  switch (kind) {
    case "split":
      return <SplitFields {...props} />;
    case "merge":
      return (
        <div className="space-y-6">
          <Fieldset legend={m.mergeLegend} id="regionCodes" errors={errors.regionCodes}>
            <p className="text-std-16B-170">{primary?.name}</p>
            <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {others.map((r) => (
                <Check key={r.code} id={`merge-${r.code}`} label={r.name} checked={draft.mergeWith.includes(r.code)} onChange={(on) => set({ mergeWith: on ? [...draft.mergeWith, r.code] : draft.mergeWith.filter((c) => c !== r.code) })} />
              ))}
            </div>
          </Fieldset>
          <NewRegionFields prefix="successor" legend={m.mergedLegend} value={draft.region} onChange={(region) => set({ region })} errors={errors} />
        </div>
      );
    case "move":
      return (
        <div className="space-y-6">
          <div>
            <label htmlFor="toRegionCode" className="block text-std-16B-170">
              {m.toLabel}
            </label>
            <select id="toRegionCode" className={inputClass} value={draft.to} onChange={(e) => set({ to: e.target.value })} aria-describedby={errors.toRegionCode ? "toRegionCode-error" : undefined}>
              <option value="">{m.unassigned}</option>
              {others.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
            <FieldErrors id="toRegionCode-error" errors={errors.toRegionCode} />
          </div>
          {primary ? <MemberPicker idPrefix="memberCodes" legend={m.membersLegend(primary.name)} groups={[primary]} picked={draft.picked} onChange={(picked) => set({ picked })} errors={errors.memberCodes} /> : null}
        </div>
      );
    case "create":
      return (
        <div className="space-y-6">
          <NewRegionFields prefix="region" legend={m.newLegend} value={draft.region} onChange={(region) => set({ region })} errors={errors} />
          <MemberPicker idPrefix="memberCodes" legend={m.pickLegend} groups={regions} picked={draft.picked} onChange={(picked) => set({ picked })} errors={errors.memberCodes} />
        </div>
      );
    case "rename":
      return (
        <div className="max-w-[36em] space-y-6">
          <TextInput id="name" label={m.name} required value={draft.name} onChange={(name) => set({ name })} errors={errors.name} />
          <TextInput id="nameKana" label={m.kana} value={draft.nameKana} onChange={(nameKana) => set({ nameKana })} errors={errors.nameKana} />
        </div>
      );
    case "official":
      return primary?.provisional ? (
        <div className="max-w-[48em]">
          <TextInput id="source" label={m.sourceLabel} hint={m.sourceHint} required multiline value={draft.source} onChange={(source) => set({ source })} errors={errors.source} />
        </div>
      ) : (
        <p>
          {m.currentSource(primary?.definitionSource ?? "—")} {m.backToProvisional}
        </p>
      );
  }
}
