// The report's table of contents: links to its sections and, in the form, to each municipality's
// items — a 在宅医療圏 with many municipalities makes the form very long, and this is the way to jump.
import { editorMessages as m } from "@/lib/status-reports/page-messages";

const SECTIONS = [
  ["functions-heading", m.functionsHeading],
  ["council-heading", m.councilHeading],
  ["municipalities-heading", m.municipalitiesHeading],
  ["coordination-heading", m.coordinationHeading],
] as const;


/** Anchors: sections by their heading ids; municipalities by `municipalityAnchor(code)`. */
export function municipalityAnchor(code: string): string {
  return `mu-${code}`;
}

export function ReportIndex({ municipalities = [] }: { municipalities?: { code: string; name: string }[] }) {
  return (
    <nav aria-label={m.indexLabel} className="mb-8 rounded-8 border border-solid-gray-420 p-4">
      <h2 className="mb-2 text-std-17B-170">{m.indexLabel}</h2>
      <ol className="list-decimal space-y-1 pl-6 text-std-16N-170">
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>
              {label}
            </a>
            {id === "municipalities-heading" && municipalities.length > 0 ? (
              <ul aria-label={m.indexMunicipalities} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {municipalities.map((mu) => (
                  <li key={mu.code}>
                    <a href={`#${municipalityAnchor(mu.code)}`}>
                      {mu.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
