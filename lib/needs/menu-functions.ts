// Which of the four medical functions (退院支援, 日常の療養支援, 急変時の対応, 看取り; the status
// report's form v1) each catalogue menu addresses, by the menu's stable code (ADR 0028). Data, not
// rules: a menu absent here (another prefecture's, or one added later) addresses none until it is
// added. The reading of each menu is in the comment beside it; 本庁 may revise it here.
import { FUNCTION_KEYS, type FunctionKey } from "@/lib/status-reports/form-v1";

export const MENU_FUNCTIONS: Readonly<Record<string, readonly FunctionKey[]>> = {
  // 副主治医・代診・後方病床: everyday visits, night and weekend cover, and dying at home.
  "group-practice": ["daily", "emergency", "endOfLife"],
  // Substitute doctors, beds and long-distance visits where no group practice is possible.
  "no-group-area": ["daily", "emergency"],
  // Portable equipment for visits: examinations at home, including urgent ones.
  "portable-equipment": ["daily", "emergency"],
  // Visiting nursing stations: daily care, 24-hour calls and end-of-life nursing.
  "nursing-station": ["daily", "emergency", "endOfLife"],
  // Information shared among professions: the hand-over at discharge and the daily care after it.
  "ict-network": ["discharge", "daily"],
  "ict-adviser": ["discharge", "daily"],
  // The 拠点 coordinates all four functions of its region (001, 002).
  "collaboration-base": ["discharge", "daily", "emergency", "endOfLife"],
  // Hospital–clinic record sharing: mainly the discharge hand-over.
  "regional-network": ["discharge"],
  "regional-network-adviser": ["discharge"],
  // Remote medicine: consultation and support of care at home.
  "telemedicine-equipment": ["daily"],
  "remote-consultation": ["daily"],
  "remote-patient-equipment": ["daily", "emergency"],
  "remote-patient-adviser": ["daily"],
  // Children in home care: leaving hospital (NICU) and living at home.
  "pediatric-base-prefecture": ["discharge", "daily"],
  "pediatric-base-local": ["discharge", "daily"],
  // Residents and institutions talking about care at home and at the end of life (人生会議).
  "resident-exchange": ["endOfLife"],
  // disaster-backup, work-environment-support, work-environment-system: none of the four.
};

/** The functions a menu addresses (none for an unknown code). */
export function functionsOfMenu(menuCode: string): readonly FunctionKey[] {
  return MENU_FUNCTIONS[menuCode] ?? [];
}

/** For each function, the menus (given in catalogue order) that address it, in that order. */
export function menusByFunction<M extends { code: string }>(menus: readonly M[]): Record<FunctionKey, M[]> {
  const out = Object.fromEntries(FUNCTION_KEYS.map((k) => [k, [] as M[]])) as Record<FunctionKey, M[]>;
  for (const menu of menus) for (const k of functionsOfMenu(menu.code)) out[k].push(menu);
  return out;
}
