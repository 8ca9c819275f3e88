// 本庁 reviews a sample application: 本庁管理者 sets a two-step 決裁 (担当 → 係長); 本庁担当 opens
// 審査, finds the application, proposes 1,800,000円 at 1/2 and approves as 担当 — nothing is decided
// yet; 本庁管理者 approves as 係長, the application is 交付決定 and the notice (read back here) holds
// the amount and its 文書番号. Changes only the sample application b2 (lib/ops/seed-demo-reviews.ts)
// and the 決裁 setting of 交付決定 (no other e2e file reads either).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { repoRoot } from "@/lib/ops/paths";
import { readDocument } from "@/lib/reviews/documents/workbook";
import { axeViolations, collectPageErrors, launchBrowser } from "./support/browser";
import { DEMO } from "./support/route-inventory";

const base = inject("portalUrl");
const site = base.replace("//127.0.0.1:", "//localhost:");
const shots = path.join(repoRoot, "tests", ".artifacts");
const APP = "00000000-0000-4000-8000-0000000000b2";
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site + "/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => u.pathname !== "/login", { timeout: 30_000 });
  return page;
}

const newContext = () => browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });

describe("本庁 reviews an application through its 決裁", () => {
  it("sets the steps, proposes, approves step by step, and the notice holds the decided amount", async () => {
    const adminContext = await newContext();
    const staffContext = await newContext();
    try {
      // 本庁管理者: 担当 → 係長.
      const admin = await signIn(adminContext, DEMO.admin);
      await admin.goto(site + "/admin/approval-settings");
      await admin.getByRole("heading", { name: "決裁の設定", level: 1 }).waitFor();
      const decision = admin.locator("section", { has: admin.getByRole("heading", { name: "交付決定の決裁" }) });
      await decision.getByLabel("段階の名称（例：係長）").nth(0).fill("担当");
      const step1 = decision.locator("fieldset", { has: admin.getByText("第1段階") });
      await step1.getByRole("checkbox", { name: "本庁担当", exact: true }).check();
      await step1.getByRole("checkbox", { name: "本庁管理者", exact: true }).uncheck();
      await decision.getByLabel("段階の名称（例：係長）").nth(1).fill("係長");
      const step2 = decision.locator("fieldset", { has: admin.getByText("第2段階") });
      await step2.getByRole("checkbox", { name: "本庁管理者", exact: true }).check();
      await decision.getByRole("button", { name: "決裁の設定を保存する" }).click();
      await admin.getByText("決裁の設定を保存しました。").waitFor({ timeout: 30_000 });
      expect(await axeViolations(admin)).toEqual([]);

      // 本庁担当: the queue, the application, a proposal and the first approval.
      const staff = await signIn(staffContext, DEMO.staff);
      const staffErrors = collectPageErrors(staff);
      await staff.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "審査" }).first().click();
      await staff.getByRole("heading", { name: "審査", level: 1 }).waitFor();
      await staff.getByLabel("状態").selectOption("SUBMITTED");
      await staff.getByRole("button", { name: "絞り込む" }).click();
      await staff.waitForURL(/status=SUBMITTED/);
      await staff.getByRole("link", { name: "函館市医師会（サンプル）" }).nth(1).waitFor();
      await staff.screenshot({ path: path.join(shots, "reviews-queue.png"), fullPage: true });
      // The queue's table is a client component (ADR 0037): it hydrated without a mismatch.
      expect(staffErrors).toEqual([]);
      await staff.goto(`${site}/admin/reviews/${APP}`);
      await staff.getByRole("heading", { name: /審査：函館市医師会/, level: 1 }).waitFor();
      expect(await staff.locator("main").innerText()).toContain("算定額 2,000,000円");
      await staff.getByLabel("金額（円）").fill("1,800,000");
      await staff.getByLabel("補助率").fill("1/2");
      await staff.getByLabel("コメント（申請者への通知に載ります）").fill("交付決定します（e2e）");
      await staff.getByRole("button", { name: "決裁を起案する" }).click();
      await staff.getByRole("heading", { name: "「担当」として決裁する" }).waitFor({ timeout: 30_000 });
      await staff.getByRole("button", { name: "承認する" }).click();
      // Once acted, the form is gone (the page re-renders without it).
      await staff.getByRole("heading", { name: "「担当」として決裁する" }).waitFor({ state: "detached", timeout: 30_000 });
      await staff.reload();
      expect(await staff.getByRole("button", { name: "承認する" }).count()).toBe(0);
      expect(await staff.locator("main").innerText()).toContain("提出済み");
      expect(await axeViolations(staff)).toEqual([]);

      // 本庁管理者 approves as 係長: the decision takes effect and the notice is issued.
      await admin.goto(`${site}/admin/reviews/${APP}`);
      await admin.getByRole("heading", { name: "「係長」として決裁する" }).waitFor();
      await admin.getByRole("button", { name: "承認する" }).click();
      await admin.getByRole("heading", { name: "「係長」として決裁する" }).waitFor({ state: "detached", timeout: 30_000 });
      await admin.reload();
      const link = admin.getByRole("link", { name: /交付決定通知書（R6在医第\d+号）/ });
      await link.waitFor({ timeout: 30_000 });
      expect(await admin.locator("main").innerText()).toContain("1,800,000円");
      await admin.screenshot({ path: path.join(shots, "reviews-decided.png"), fullPage: true });
      const href = await link.getAttribute("href");
      const response = await adminContext.request.get(site + href);
      expect(response.status()).toBe(200);
      const notice = await readDocument(new Uint8Array(await response.body()));
      expect(notice.values.decided_amount).toBe(1_800_000);
      expect(notice.values.rate).toBe("1/2");
      expect(String(notice.values.document_number)).toMatch(/^R6在医第\d+号$/);
      expect(notice.values.applicant_name).toBe("函館市医師会（サンプル）");
      // A 保健所 account gets 404 for the same file.
      const hokenjoContext = await newContext();
      try {
        await signIn(hokenjoContext, DEMO.hokenjo);
        expect((await hokenjoContext.request.get(site + href)).status()).toBe(404);
      } finally {
        await hokenjoContext.close();
      }
    } finally {
      await adminContext.close();
      await staffContext.close();
    }
  });
});
