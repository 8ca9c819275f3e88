// Choosing a dataset's conditions (level, date, snapshot, 年度) and downloading it: a plain GET
// form to the API, so it works without JavaScript; the button pressed sets format=csv or json.
import { openDataMessages as m } from "@/lib/open-data/messages";
import type { DownloadChoice as Choice } from "@/lib/open-data/types";
import { WarekiEcho } from "@/components/ui/wareki-echo";
import { warekiEchoId } from "@/lib/dates/date-input";

// max-w-full: a long option (令和8年度（2026年度）（サンプル）) must not widen a phone's page.
const field = "mt-2 max-w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170";
const button = "min-h-11 rounded-8 border border-blue-900 bg-white px-4 text-std-16B-170 text-blue-900 hover:bg-blue-50";

export function DownloadForm({ datasetKey, title, action, choices }: { datasetKey: string; title: string; action: string; choices: Choice[] }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4" aria-label={`${title}: ${m.conditions}`}>
      {choices.map((c) => {
        const id = `${datasetKey}-${c.name}`;
        return (
          <div key={c.name} className="min-w-0 max-w-full">
            <label htmlFor={id} className="block text-std-16B-170">
              {c.label}
            </label>
            {c.hint ? (
              <p id={`${id}-hint`} className="text-dns-16N-130 text-solid-gray-700">
                {c.hint}
              </p>
            ) : null}
            {c.options ? (
              <select id={id} name={c.name} className={field} aria-describedby={c.hint ? `${id}-hint` : undefined}>
                {c.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <>
                <input id={id} type="date" name={c.name} className={field} aria-describedby={[c.hint ? `${id}-hint` : "", warekiEchoId(id)].filter(Boolean).join(" ")} />
                <WarekiEcho inputId={id} />
              </>
            )}
          </div>
        );
      })}
      <button type="submit" name="format" value="csv" className={button}>
        {m.downloadCsv}
      </button>
      <button type="submit" name="format" value="json" className={button}>
        {m.downloadJson}
      </button>
    </form>
  );
}
