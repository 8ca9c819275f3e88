// Small pure helpers of the subsidy pages: the 年度 query parameter and menus grouped by programme.
import type { SubsidyMenuView } from "./schema";

/** ?fiscalYear=2024 → 2024; anything else → null. */
export function yearParam(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^\d{4}$/.test(v) ? Number(v) : null;
}

export function programmesOf<M extends SubsidyMenuView>(menus: M[]): { code: string; name: string; menus: M[] }[] {
  const out: { code: string; name: string; menus: M[] }[] = [];
  for (const menu of menus) {
    const last = out.at(-1);
    if (last && last.code === menu.programme.code) last.menus.push(menu);
    else out.push({ code: menu.programme.code, name: menu.programme.name, menus: [menu] });
  }
  return out;
}
