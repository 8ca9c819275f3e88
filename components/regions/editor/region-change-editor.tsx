"use client";
// The editor of one change: the fields (list first, map beside), then 影響を確認する → the server's
// preview with decisions on the impact items → 保存する. What was typed stays in the component's
// state through every answer; a preview is shown only while it matches what is typed.
import { startTransition, useState, type FormEvent } from "react";
import { previewRegionChangeAction, saveRegionChangeAction, type ChangeFormState } from "@/app/(portal)/admin/regions/change/actions";
import { FormMessage, secondaryClass, submitClass } from "@/components/users/form-fields";
import type { MapTileConfig } from "@/lib/geography/map-config";
import type { ImpactDecisionsInput } from "@/lib/regions/impact";
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { ChangeFields } from "./change-fields";
import { ChangePreview, defaultDecisions } from "./change-preview";
import { buildChange, initialDraft, returnTo, type ChangeKind, type Draft } from "./draft";
import { ProposalMap } from "./proposal-map";
import { useFormAction } from "@/lib/http/use-form-action";

interface Props {
  kind: ChangeKind;
  primary: EditorRegion | null;
  regions: EditorRegion[];
  effectiveOn: string;
  canSave: boolean;
  tiles: MapTileConfig;
}

export function RegionChangeEditor({ kind, primary, regions, effectiveOn, canSave, tiles }: Props) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(primary));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const [previewState, preview, previewing] = useFormAction<ChangeFormState>(previewRegionChangeAction, {});
  const [saveState, save, saving] = useFormAction<ChangeFormState>(saveRegionChangeAction, {});
  const [decisions, setDecisions] = useState<{ for: unknown; value: ImpactDecisionsInput }>({ for: null, value: {} });

  const changeJson = JSON.stringify(buildChange(kind, primary, effectiveOn, draft, regions));
  const current = previewState.ok && previewState.changeJson === changeJson ? previewState.preview : undefined;
  if (current && decisions.for !== current) setDecisions({ for: current, value: defaultDecisions(current) });
  const errors = (saveState.ok === false && saveState.changeJson === changeJson ? saveState.fieldErrors : previewState.fieldErrors) ?? {};
  // Dispatched by hand: a <form action> would reset the form afterwards, and the selects would no
  // longer show what the state holds.
  const submitTo = (dispatch: (data: FormData) => void) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  const showMap = kind === "split" || kind === "merge" || kind === "move" || kind === "create";

  return (
    <div className="space-y-10">
      <form onSubmit={submitTo(preview)} className="space-y-6" noValidate aria-labelledby="change-form-heading">
        <h2 id="change-form-heading" className="sr-only">
          {m.kinds[kind]}
        </h2>
        <input type="hidden" name="change" value={changeJson} />
        <FormMessage state={previewState.ok === false ? previewState : {}} />
        <ChangeFields kind={kind} primary={primary} regions={regions} draft={draft} set={set} errors={errors} />
        {showMap ? (
          <ProposalMap kind={kind} primary={primary} regions={regions} draft={draft} set={set} effectiveOn={effectiveOn} tiles={tiles} />
        ) : null}
        <button type="submit" disabled={previewing} className={submitClass}>
          {m.preview}
        </button>
      </form>

      {current ? (
        <section aria-labelledby="preview-heading" className="rounded-8 border-2 border-blue-900 p-6">
          <h2 id="preview-heading" className="mb-4 text-std-24B-150">
            {m.previewHeading}
          </h2>
          <ChangePreview preview={current} decisions={decisions.value} onDecisions={(value) => setDecisions({ for: current, value })} />
          <form onSubmit={submitTo(save)} className="mt-8 space-y-4">
            <input type="hidden" name="change" value={changeJson} />
            <input type="hidden" name="decisions" value={JSON.stringify(decisions.value)} />
            <input type="hidden" name="returnTo" value={returnTo(kind, primary, draft)} />
            <FormMessage state={saveState.ok === false ? saveState : {}} />
            {canSave ? (
              <button type="submit" disabled={saving} className={submitClass}>
                {m.save}
              </button>
            ) : (
              <p>{m.saveDisabled}</p>
            )}
            <a href="#change-form-heading" className={`${secondaryClass} ml-4`}>
              {m.edit}
            </a>
          </form>
        </section>
      ) : null}
    </div>
  );
}
