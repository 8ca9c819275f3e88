"use client";
// The proposed grouping on the map: members coloured by the group they would belong to; a click
// on a municipality or ward toggles it, as the list does (the list stays the primary control).
import { useMemo } from "react";
import { MapFrame, MapStatus, RegionMapLeaflet } from "@/components/map/map-frame";
import { mapMessages } from "@/components/map/messages";
import type { MapLayer } from "@/components/map/region-map-leaflet";
import { useRegionFeatures } from "@/components/map/use-region-features";
import type { MapTileConfig } from "@/lib/geography/map-config";
import type { EditorRegion } from "@/lib/regions/editor-queries";
import { editorPageMessages as m } from "@/lib/regions/editor-page-messages";
import { proposalGroups, type ChangeKind, type Draft } from "./draft";

// DADS-based colours distinguishable from each other; grey = not part of the change.
const PALETTE = ["#0031d8", "#c16800", "#197a4b", "#a00c0c", "#6f23d0", "#00718f", "#8b5700", "#c8185e"];
const NONE = "#e6e6e6";

interface Props {
  kind: ChangeKind;
  primary: EditorRegion | null;
  regions: EditorRegion[];
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  effectiveOn: string;
  tiles: MapTileConfig;
}

export function ProposalMap({ kind, primary, regions, draft, set, effectiveOn, tiles }: Props) {
  const features = useRegionFeatures("municipality", effectiveOn);
  const { legend, groupOf } = proposalGroups(kind, primary, draft, regions);
  const regionOf = useMemo(() => new Map(regions.flatMap((r) => r.members.map((x) => [x.code, r.code] as const))), [regions]);

  const onSelect = (code: string) => {
    const owner = regionOf.get(code);
    if (kind === "split" && owner === primary?.code) {
      const next = (draft.assign[code] ?? -1) + 1;
      const assign = { ...draft.assign };
      if (next >= draft.successors.length) delete assign[code];
      else assign[code] = next;
      set({ assign });
    } else if ((kind === "move" && owner === primary?.code) || (kind === "create" && owner)) {
      set({ picked: draft.picked.includes(code) ? draft.picked.filter((c) => c !== code) : [...draft.picked, code] });
    } else if (kind === "merge" && owner && owner !== primary?.code) {
      set({ mergeWith: draft.mergeWith.includes(owner) ? draft.mergeWith.filter((c) => c !== owner) : [...draft.mergeWith, owner] });
    }
  };

  const ready = features.status === "ready" ? features.data : null;
  // Split and move show the regions concerned (unassigned members grey); create and merge, everything.
  const concerned = (code: string) => {
    const owner = regionOf.get(code);
    return owner !== undefined && (owner === primary?.code || owner === draft.to);
  };
  const shown = ready && (kind === "create" || kind === "merge" ? ready : { ...ready, features: ready.features.filter((f) => concerned(f.properties.code)) });
  const key = JSON.stringify([...groupOf]);
  const layers: MapLayer[] = shown
    ? [
        {
          key,
          variant: "municipality",
          data: shown,
          fill: {
            colourOf: (code) => (groupOf.has(code) ? PALETTE[groupOf.get(code)! % PALETTE.length] : NONE),
            describe: (code) => (groupOf.has(code) ? (legend[groupOf.get(code)!] ?? null) : m.legend.none),
          },
          onSelect,
        },
      ]
    : [];
  // Fit once to the region being changed (not on every toggle).
  const fitTo = useMemo(() => {
    if (!ready || !primary || kind === "create") return null;
    const codes = new Set(primary.members.map((x) => x.code));
    return { ...ready, features: ready.features.filter((f) => codes.has(f.properties.code)) };
  }, [ready, primary, kind]);

  return (
    <section aria-labelledby="proposal-map" className="space-y-3">
      <h3 id="proposal-map" className="text-std-20B-150">
        {m.mapHeading}
      </h3>
      <MapFrame label={m.mapLabel} status={features.status === "ready" ? m.mapLabel : mapMessages.loading} hints={[m.mapHint, mapMessages.keyboardHint]}>
        {shown === null ? <MapStatus>{features.status === "error" ? mapMessages.failed : mapMessages.loading}</MapStatus> : <RegionMapLeaflet layers={layers} fitTo={fitTo} tiles={tiles} />}
      </MapFrame>
      <ul className="flex flex-wrap gap-x-6 gap-y-1" aria-label={m.mapLabel}>
        {legend.map((name, i) => (
          <li key={i} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-4 rounded-4 border border-solid-gray-800" style={{ background: PALETTE[i % PALETTE.length] }} />
            {name}
          </li>
        ))}
      </ul>
    </section>
  );
}
