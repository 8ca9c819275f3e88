// Helpers of the application journey: a figure of a details list, the budget view's figures, and
// walking a 決裁 whatever steps 本庁 configured (the account whose turn it is acts).
import type { Page } from "playwright-core";

/** The yen amount a details list shows beside `label` (「1,500,000円」 → 1500000). */
export async function yenOn(page: Page, label: string): Promise<number> {
  const text = await page.locator(`main dt:text-is("${label}") + dd`).first().innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

/** 交付決定額 and 確定額 of one budget line's page (/admin/budgets/<年度>/<line>). */
export async function budgetFigures(page: Page, site: string, year: number, line: string) {
  await page.goto(`${site}/admin/budgets/${year}/${line}`);
  await page.getByRole("heading", { name: "予算額と執行状況" }).waitFor();
  return { committed: await yenOn(page, "交付決定額"), paid: await yenOn(page, "確定額") };
}

const stepForm = (page: Page) => page.getByRole("heading", { name: /「.+」として決裁する/ });

/** The first of `pages` (one per 本庁 account) that the review page `url` offers a step to. */
async function offeredTo(pages: Page[], url: string): Promise<Page | null> {
  for (const page of pages) {
    await page.goto(url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    if ((await stepForm(page).count()) > 0) return page;
  }
  return null;
}

/**
 * Approves every step of the running 決裁 on the review page `url`, whatever steps 本庁 configured:
 * each step is approved by the account it is offered to. `onStep(n)` runs after the n-th approval
 * when another step follows (the decision has not taken effect yet). Returns the steps approved.
 */
export async function approveUntilDone(pages: Page[], url: string, onStep?: (step: number) => Promise<void>): Promise<number> {
  let steps = 0;
  for (;;) {
    const page = await offeredTo(pages, url);
    if (!page) return steps;
    if (steps >= 3) throw new Error("決裁の段階は3つまでのはずです");
    if (steps > 0) await onStep?.(steps);
    await page.getByRole("button", { name: "承認する" }).click();
    await stepForm(page).waitFor({ state: "detached", timeout: 30_000 });
    steps += 1;
  }
}
