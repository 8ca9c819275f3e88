"use client";
// Shown when a save found a newer version: the user's text stays in the form; this lists what the
// other person saved next to what the user typed, and offers to keep either.
import { secondaryClass, submitClass } from "@/components/users/form-fields";
import { diffContent } from "@/lib/status-reports/diff";
import type { ReportContentV1 } from "@/lib/status-reports/form-v1";
import { editorMessages as m, pathLabel } from "@/lib/status-reports/page-messages";

export function ConflictView({ mine, theirs, onKeepMine, onTakeTheirs }: { mine: ReportContentV1; theirs: ReportContentV1; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const changes = diffContent(theirs, mine);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mb-8 rounded-8 border-2 border-error-1 bg-red-50 p-4">
      <h2 id="conflict-heading" className="text-std-20B-150 text-red-1000">{m.conflictTitle}</h2>
      <p className="mt-2 text-std-16N-170">{m.conflictBody}</p>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={m.conflictCaption}>
        <table className="w-full border-collapse bg-white text-std-16N-170">
          <caption className="sr-only">{m.conflictCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-solid-gray-420 p-2 text-left">{m.conflictField}</th>
              <th scope="col" className="border border-solid-gray-420 p-2 text-left">{m.conflictTheirs}</th>
              <th scope="col" className="border border-solid-gray-420 p-2 text-left">{m.conflictMine}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.path}>
                <th scope="row" className="border border-solid-gray-420 p-2 text-left">{pathLabel(c.path, mine.municipalities)}</th>
                <td className="whitespace-pre-wrap border border-solid-gray-420 p-2">{c.before || "（空欄）"}</td>
                <td className="whitespace-pre-wrap border border-solid-gray-420 p-2">{c.after || "（空欄）"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="button" className={submitClass} onClick={onKeepMine}>{m.keepMine}</button>
        <button type="button" className={secondaryClass} onClick={onTakeTheirs}>{m.takeTheirs}</button>
      </div>
    </section>
  );
}
