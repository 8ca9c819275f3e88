"use client";
// The 計画書 form: outline, period, applicant type, line items, 総事業費 and other income, with the
// 補助金所要額 calculated as one types (the shared calculateSubsidy). Drafts save themselves a moment
// after each change (with the version read; a conflict keeps the input) and are also kept in this
// browser until saved, so a session timeout loses nothing.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { applicantStepAction, saveApplicationDraftAction } from "@/app/(portal)/applications/actions";
import { ApplicationFields } from "@/components/applications/application-fields";
import { submitClass, secondaryClass } from "@/components/users/form-fields";
import { calculationInputOf } from "@/lib/applications/form-calc";
import { applicationFormMessages as m } from "@/lib/applications/page-messages";
import type { DraftContent } from "@/lib/applications/schema";
import { calculateSubsidy, type CalculationRule } from "@/lib/subsidies/calculation";
import { callKeepingInput } from "./keep-input";

export interface FormOptions {
  rule: CalculationRule;
  items: { code: string; name: string }[];
  applicantTypes: { code: string; name: string }[];
  needsQuantity: boolean;
}

interface Props {
  applicationId: string;
  version: number;
  content: DraftContent;
  options: FormOptions;
  step: "submit" | "resubmit";
}

const storageKey = (id: string) => `application-draft:${id}`;
const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

export function ApplicationForm({ applicationId, version: initialVersion, content: initial, options, step }: Props) {
  const router = useRouter();
  const [content, setContent] = useState<DraftContent>(initial);
  const [restored, setRestored] = useState(false);
  // Hydrated (tests wait for it before typing).
  const [ready, setReady] = useState(false);
  const version = useRef(initialVersion);
  // The content the server holds (by identity: every edit makes a new object), the save in flight
  // and the pending autosave: saves run one after another, so none races another with a stale version.
  const lastSaved = useRef<DraftContent>(initial);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | null>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  // An unsaved copy of this version kept by this browser (e.g. the session timed out): restore it.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setReady(true);
      const kept = window.localStorage.getItem(storageKey(applicationId));
      if (!kept) return;
      try {
        const parsed = JSON.parse(kept) as { version: number; content: DraftContent };
        if (parsed.version === initialVersion) {
          setContent(parsed.content);
          setRestored(true);
        } else window.localStorage.removeItem(storageKey(applicationId));
      } catch {
        window.localStorage.removeItem(storageKey(applicationId));
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, [applicationId, initialVersion]);

  async function save(current: DraftContent): Promise<boolean> {
    if (inFlight.current) await inFlight.current;
    if (current === lastSaved.current) return true;
    const run = saveNow(current);
    inFlight.current = run;
    try {
      return await run;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }

  async function saveNow(current: DraftContent): Promise<boolean> {
    setStatus({ kind: "saving", message: m.saving });
    const result = await callKeepingInput(() => saveApplicationDraftAction({ applicationId, expectedVersion: version.current, content: current }));
    if (!result.ok) {
      setStatus({ kind: "error", message: result.code === "unauthenticated" ? m.signedOut : result.message });
      setFieldErrors(result.fieldErrors ?? {});
      return false;
    }
    version.current = result.data.version;
    lastSaved.current = current;
    window.localStorage.removeItem(storageKey(applicationId));
    setFieldErrors({});
    setStatus({ kind: "saved", message: m.saved });
    return true;
  }

  // Autosave: a moment after the last change.
  useEffect(() => {
    if (content === lastSaved.current) return;
    window.localStorage.setItem(storageKey(applicationId), JSON.stringify({ version: version.current, content }));
    timer.current = window.setTimeout(() => void save(content), 1500);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);

  function change(next: DraftContent) {
    setContent(next);
  }

  function submit() {
    startTransition(async () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (!(await save(content))) return;
      const result = await callKeepingInput(() => applicantStepAction(step, { applicationId, expectedVersion: version.current }));
      if (!result.ok) {
        setStatus({ kind: "error", message: result.message });
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      router.refresh();
    });
  }

  const calc = calculateSubsidy(options.rule, calculationInputOf(content));
  return (
    <div className="space-y-6" data-ready={ready ? "true" : undefined}>
      {restored ? <p className="rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4 text-std-16N-170">{m.restored}</p> : null}
      <ApplicationFields content={content} onChange={change} options={options} errors={fieldErrors} />
      <section aria-labelledby="calc-heading" className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
        <h3 id="calc-heading" className="text-std-17B-170">{m.calcHeading}</h3>
        <p aria-live="polite" className="text-std-20B-150" data-testid="requested-yen">
          {calc.ok ? `${m.requested}：${yen(calc.subsidyYen)}` : m.notCalculable}
        </p>
      </section>
      <div role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "rounded-8 border-2 border-error-1 bg-red-50 p-4 text-std-16N-170 text-red-1000" : "text-std-16N-170"}>
        {status.message ?? ""}
      </div>
      <div className="flex flex-wrap gap-4">
        <button type="button" className={secondaryClass} disabled={pending} onClick={() => startTransition(async () => void (await save(content)))}>
          {m.save}
        </button>
        <button type="button" className={submitClass} disabled={pending} onClick={submit}>
          {step === "submit" ? m.submit : m.resubmit}
        </button>
      </div>
    </div>
  );
}
