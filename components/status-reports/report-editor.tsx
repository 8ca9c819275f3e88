"use client";
// The report form: the whole content in state, autosaved after a pause (client debounce → server
// action with the version). A stale version opens the conflict view and keeps what was typed; the
// unsaved text is also kept in the browser's storage until a save succeeds, so a lost session or a
// closed tab loses nothing.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { saveReportDraftAction, submitReportAction, type SaveOutcome } from "@/app/(portal)/reports/actions";
import { SectionHeading } from "@/components/ui/section-heading";
import { secondaryClass, submitClass } from "@/components/users/form-fields";
import { ReportContentV1Schema, type ReportContentV1 } from "@/lib/status-reports/form-v1";
import { editorMessages as m, reportDetailMessages as dm } from "@/lib/status-reports/page-messages";
import { ConflictView } from "./conflict-view";
import { ReportIndex } from "./report-index";
import { CouncilSection, FunctionsSection, MunicipalitiesSection } from "./sections";
import { TextArea } from "./fields";

const AUTOSAVE_MS = 1500;

function subscribeStorage(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

type Status = { kind: "idle" } | { kind: "dirty" } | { kind: "saving" } | { kind: "saved"; version: number } | { kind: "error"; message: string };

export function ReportEditor({ reportId, initialVersion, initialContent, resubmission }: { reportId: number; initialVersion: number; initialContent: ReportContentV1; resubmission: boolean }) {
  const router = useRouter();
  const [content, setContent] = useState(initialContent);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [conflict, setConflict] = useState<Extract<SaveOutcome, { ok: false }>["conflict"]>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const storageKey = `status-report-${reportId}`;

  const save = useCallback(
    async (c: ReportContentV1, expected: number): Promise<number | null> => {
      setStatus({ kind: "saving" });
      const r = await saveReportDraftAction({ reportId, expectedVersion: expected, content: c });
      if (r.ok) {
        setVersion(r.version);
        setConflict(null);
        setStatus({ kind: "saved", version: r.version });
        window.localStorage.removeItem(storageKey);
        return r.version;
      }
      if (r.conflict) setConflict(r.conflict);
      setErrors(r.fieldErrors ?? {});
      setStatus({ kind: "error", message: r.message });
      return null;
    },
    [reportId, storageKey],
  );

  const update = useCallback(
    (fn: (c: ReportContentV1) => ReportContentV1) => {
      setContent((prev) => {
        const next = fn(prev);
        window.localStorage.setItem(storageKey, JSON.stringify(next));
        return next;
      });
      setStatus({ kind: "dirty" });
    },
    [storageKey],
  );

  // Text typed but not saved (a closed tab, an expired session, a reload) is offered back; restored,
  // it is saved with the version the page was loaded at — a newer one opens the conflict view.
  const stored = useSyncExternalStore(subscribeStorage, () => window.localStorage.getItem(storageKey), () => null);
  const unsaved = useMemo(() => {
    if (!stored || restored || status.kind !== "idle") return null;
    try {
      const parsed = ReportContentV1Schema.safeParse(JSON.parse(stored));
      return parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(initialContent) ? parsed.data : null;
    } catch {
      return null;
    }
  }, [stored, restored, status.kind, initialContent]);

  // Autosave after a pause in typing; not while a conflict waits for the user's choice.
  useEffect(() => {
    if (status.kind !== "dirty" || conflict) return;
    timer.current = setTimeout(() => void save(content, version), AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [content, version, status.kind, conflict, save]);

  async function submit() {
    if (timer.current) clearTimeout(timer.current);
    const v = status.kind === "dirty" || status.kind === "error" ? await save(content, version) : version;
    if (v === null) return;
    const r = await submitReportAction({ reportId, expectedVersion: v });
    if (r.ok) {
      setSubmitMessage(m.submitted);
      router.refresh();
    } else {
      setErrors(r.fieldErrors ?? {});
      setStatus({ kind: "error", message: r.message ?? m.error });
    }
  }

  const sectionProps = { content, update, disabled: false, errors };
  return (
    <div>
      {conflict ? (
        <ConflictView
          mine={content}
          theirs={conflict.content}
          onKeepMine={() => void save(content, conflict.version)}
          onTakeTheirs={() => {
            setContent(conflict.content);
            setVersion(conflict.version);
            setConflict(null);
            setStatus({ kind: "idle" });
          }}
        />
      ) : null}
      <div className="sticky top-0 z-10 mb-6 flex flex-wrap items-center gap-4 border-b border-solid-gray-420 bg-white py-3">
        <p role="status" className="text-std-16N-170">
          {status.kind === "saving" ? m.saving : status.kind === "saved" ? m.savedAt(status.version) : status.kind === "dirty" ? m.dirty : status.kind === "error" ? `${m.error}${status.message}` : `${dm.version}${version}`}
        </p>
        <button type="button" className={secondaryClass} onClick={() => void save(content, version)} disabled={status.kind === "saving" || conflict !== null}>
          {m.saveNow}
        </button>
        <button type="button" className={submitClass} onClick={() => void submit()} disabled={status.kind === "saving" || conflict !== null}>
          {resubmission ? m.resubmit : m.submit}
        </button>
        {submitMessage ? <p className="text-std-16B-170">{submitMessage}</p> : null}
        {unsaved ? (
          <button
            type="button"
            className={secondaryClass}
            onClick={() => {
              setContent(unsaved);
              setRestored(true);
              setStatus({ kind: "dirty" });
            }}
          >
            {m.restore}
          </button>
        ) : null}
      </div>
      <ReportIndex municipalities={content.municipalities} />
      <section aria-labelledby="functions-heading" className="mb-12">
        <SectionHeading id="functions-heading">{m.functionsHeading}</SectionHeading>
        <FunctionsSection {...sectionProps} />
      </section>
      <section aria-labelledby="council-heading" className="mb-12">
        <SectionHeading id="council-heading">{m.councilHeading}</SectionHeading>
        <CouncilSection {...sectionProps} />
      </section>
      <section aria-labelledby="municipalities-heading" className="mb-12">
        <SectionHeading id="municipalities-heading">{m.municipalitiesHeading}</SectionHeading>
        <MunicipalitiesSection {...sectionProps} />
      </section>
      <section aria-labelledby="coordination-heading" className="mb-12">
        <SectionHeading id="coordination-heading">{m.coordinationHeading}</SectionHeading>
        <div className="space-y-6">
          <TextArea id="coordination" label={m.coordinationHeading} value={content.coordination} onChange={(v) => update((c) => ({ ...c, coordination: v }))} rows={5} />
          <TextArea id="remarks" label={m.remarks} value={content.remarks} onChange={(v) => update((c) => ({ ...c, remarks: v }))} />
        </div>
      </section>
    </div>
  );
}
