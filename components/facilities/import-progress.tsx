// While the list is being read: a labelled progress bar with the rows read and the share of the
// file. The page around it is refreshed by ImportStatus.
import { importPageMessages as m } from "./import-messages";

export function ImportProgress({ rowsRead, percent }: { rowsRead: number; percent: number }) {
  return (
    <div className="max-w-[40em] space-y-2">
      <label htmlFor="import-progress" className="block text-std-16B-170">
        {m.progressLabel}
      </label>
      <progress id="import-progress" max={100} value={percent} aria-describedby="import-progress-text" className="h-4 w-full">
        {percent}%
      </progress>
      <p id="import-progress-text" className="text-std-16N-170">
        {m.progressText(rowsRead, percent)}
      </p>
      <p className="text-dns-16N-130 text-solid-gray-700">{m.progressNote}</p>
    </div>
  );
}
