// The conditions the open-data page offers per dataset: levels, dates, the imported snapshots and
// the 年度 that have a subsidy catalogue (the first option of each is the default).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dateOnly } from "@/lib/dates/date-only";
import { formatFiscalYearWithSeireki, formatWarekiDate } from "@/lib/dates/wareki";
import { listFacilitySnapshots } from "@/lib/facilities/queries";
import { listSubsidyYears } from "@/lib/subsidies/queries";
import type { DownloadChoice, OpenDatasetKey } from "./types";

const asOfChoice: DownloadChoice = { name: "asOf", label: "基準日", hint: "空欄なら今日" };

export async function downloadChoices(actor: Actor): Promise<Record<OpenDatasetKey, DownloadChoice[]>> {
  const [snapshots, years] = await Promise.all([listFacilitySnapshots(actor), listSubsidyYears(actor)]);
  const snapshot: DownloadChoice = {
    name: "snapshot",
    label: "名簿の時点",
    options: [...snapshots].reverse().map((s) => ({ value: s.asOf, label: `${formatWarekiDate(dateOnly(s.asOf))}現在` })),
  };
  const withSnapshot = snapshots.length > 0 ? [snapshot] : [];
  return {
    regions: [
      { name: "level", label: "区域の階層", options: [{ value: "homecare", label: "在宅医療圏" }, { value: "secondary", label: "二次医療圏" }, { value: "tertiary", label: "三次医療圏" }] },
      asOfChoice,
    ],
    municipalities: [{ name: "includeWards", label: "札幌市の区", options: [{ value: "false", label: "含めない" }, { value: "true", label: "区も含める" }] }, asOfChoice],
    "facility-counts": [
      { name: "level", label: "区域", options: [{ value: "homecare", label: "在宅医療圏" }, { value: "secondary", label: "二次医療圏" }, { value: "municipality", label: "市町村（札幌市は区）" }] },
      ...withSnapshot,
    ],
    facilities: withSnapshot,
    designations: [],
    roadmap: [],
    "subsidy-menus": years.length > 0 ? [{ name: "fiscalYear", label: "年度", options: years.map((y) => ({ value: String(y.fiscalYear), label: `${formatFiscalYearWithSeireki(y.fiscalYear)}${y.isSample ? "（サンプル）" : ""}` })) }] : [],
    "budget-execution": [],
  };
}
