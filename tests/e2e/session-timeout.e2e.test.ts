// The idle timeout warns before it ends the session, and extending it keeps the page as it is:
// what the user typed is still there. A portal with a short idle timeout (2.1 minutes: the
// warning, two minutes ahead, appears within seconds).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/ops/embedded-postgres";
import { launchBrowser } from "./support/browser";
import { spawnPortal, waitUntilServing, type PortalProcess } from "./support/portal-process";

let portal: PortalProcess;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-idle-"));
  portal = spawnPortal({ PORT: String(await freePort()), PORTAL_DATA_DIR: dataDir, SESSION_IDLE_MINUTES: "2.1" });
  await waitUntilServing(portal);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  portal?.signal("SIGTERM");
  await portal?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("idle timeout", () => {
  it("warns, and 「ログインを延長する」 keeps what was typed", async () => {
    const page = await browser.newPage({ locale: "ja-JP" });
    await page.goto(`${portal.baseUrl}/login`);
    await page.getByLabel("メールアドレス").fill("admin@demo.zaitaku.example");
    await page.getByLabel("パスワード").fill("zaitaku-demo-2026");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${portal.baseUrl}/`);
    await page.goto(`${portal.baseUrl}/admin/users`);
    const email = page.locator("main input[name=email]");
    await email.fill("mada-tochu@example.jp");

    const dialog = page.getByRole("dialog", { name: "まもなく自動的にログアウトします" });
    await dialog.waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter"); // the dialog focuses 「ログインを延長する」
    await dialog.waitFor({ state: "hidden", timeout: 10_000 });
    expect(await email.inputValue()).toBe("mada-tochu@example.jp");
    expect(page.url()).toBe(`${portal.baseUrl}/admin/users`);
  });
});
