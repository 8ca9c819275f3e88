// Reads of the 在宅医療圏 editor (本庁): regions with their versions and members on a date, and one
// region's history (membership timeline, successions, audited changes).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { validOn } from "@/lib/validity";
import { regionMessages } from "./messages";
import { assertCanUseRegionEditor, canDefineRegions } from "./policy";

export interface EditorMember {
  code: string;
  name: string;
  /** For a ward: its city's name (札幌市). */
  cityName: string | null;
}

export interface EditorRegion {
  code: string;
  name: string;
  nameKana: string | null;
  provisional: boolean;
  definitionSource: string | null;
  version: number;
  validFrom: string;
  validTo: string | null;
  secondaryName: string | null;
  members: EditorMember[];
}

export interface EditorView {
  /** 本庁管理者: may save; 本庁担当: preview only. */
  canSave: boolean;
  asOf: string;
  regions: EditorRegion[];
}

/** The regions valid on `asOf` with members and versions, for the editor's list and forms. */
export async function listRegionsForEditor(actor: Actor, prefectureId: number, asOf: string): Promise<EditorView> {
  await assertCanUseRegionEditor(actor, prefectureId, null);
  const date = dateOnly(asOf);
  const rows = await db().homeCareRegion.findMany({
    where: { prefectureId, ...validOn(date) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true,
      name: true,
      nameKana: true,
      provisional: true,
      definitionSource: true,
      version: true,
      validFrom: true,
      validTo: true,
      secondaryRegion: { select: { name: true } },
      members: { where: validOn(date), orderBy: { municipality: { code: "asc" } }, select: { municipality: { select: { code: true, name: true, parent: { select: { name: true } } } } } },
    },
  });
  return {
    canSave: canDefineRegions(actor, prefectureId),
    asOf,
    regions: rows.map((r) => ({
      code: r.code,
      name: r.name,
      nameKana: r.nameKana,
      provisional: r.provisional,
      definitionSource: r.definitionSource,
      version: r.version,
      validFrom: isoDate(r.validFrom),
      validTo: r.validTo ? isoDate(r.validTo) : null,
      secondaryName: r.secondaryRegion?.name ?? null,
      members: r.members.map(({ municipality: x }) => ({ code: x.code, name: x.name, cityName: x.parent?.name ?? null })),
    })),
  };
}

export interface RegionHistory extends Omit<EditorRegion, "members"> {
  canSave: boolean;
  timeline: { code: string; name: string; validFrom: string; validTo: string | null }[];
  predecessors: { code: string; name: string; kind: string; effectiveOn: string }[];
  successors: { code: string; name: string; kind: string; effectiveOn: string }[];
  changes: { id: string; occurredAt: Date; actorLabel: string; action: string; summary: string | null }[];
}

/** One region's definition history: every membership period, its lineage and the audited changes. */
export async function getRegionHistory(actor: Actor, prefectureId: number, code: string): Promise<RegionHistory> {
  await assertCanUseRegionEditor(actor, prefectureId, code);
  const r = await db().homeCareRegion.findUnique({
    where: { prefectureId_code: { prefectureId, code } },
    select: {
      code: true,
      name: true,
      nameKana: true,
      provisional: true,
      definitionSource: true,
      version: true,
      validFrom: true,
      validTo: true,
      secondaryRegion: { select: { name: true } },
      members: { orderBy: [{ validFrom: "asc" }, { municipality: { code: "asc" } }], select: { validFrom: true, validTo: true, municipality: { select: { code: true, name: true } } } },
      predecessors: { select: { kind: true, effectiveOn: true, predecessor: { select: { code: true, name: true } } } },
      successors: { select: { kind: true, effectiveOn: true, successor: { select: { code: true, name: true } } } },
    },
  });
  if (!r) throw new NotFoundError(regionMessages.notFound(code));
  const changes = await db().auditEntry.findMany({
    where: { prefectureId, entityType: "home_care_region", OR: [{ entityId: code }, { data: { path: ["regionCodes"], array_contains: [code] } }] },
    orderBy: { occurredAt: "desc" },
    take: 100,
    select: { id: true, occurredAt: true, actorLabel: true, action: true, summary: true },
  });
  return {
    canSave: canDefineRegions(actor, prefectureId),
    code: r.code,
    name: r.name,
    nameKana: r.nameKana,
    provisional: r.provisional,
    definitionSource: r.definitionSource,
    version: r.version,
    validFrom: isoDate(r.validFrom),
    validTo: r.validTo ? isoDate(r.validTo) : null,
    secondaryName: r.secondaryRegion?.name ?? null,
    timeline: r.members.map((x) => ({ ...x.municipality, validFrom: isoDate(x.validFrom), validTo: x.validTo ? isoDate(x.validTo) : null })),
    predecessors: r.predecessors.map((p) => ({ ...p.predecessor, kind: p.kind, effectiveOn: isoDate(p.effectiveOn) })),
    successors: r.successors.map((s) => ({ ...s.successor, kind: s.kind, effectiveOn: isoDate(s.effectiveOn) })),
    changes: changes.map((c) => ({ ...c, id: String(c.id) })),
  };
}
