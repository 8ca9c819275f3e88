// お問い合わせ番号 (ADR 0031), checked while the database is down: a page load fails and shows the
// error page with the id of the request — the id of its JSON log line, which carries the error —
// and an API call answers 500 with the same id as its X-Request-Id and its log line.
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { errorMessages } from "@/components/layout/messages";
import { repoRoot } from "@/lib/ops/paths";
import type { PortalProcess } from "@/tests/e2e/support/portal-process";

interface LogLine {
  msg?: string;
  requestId?: string;
  status?: number;
  errors?: { digest?: string; message: string }[];
}

function logLines(portal: PortalProcess): LogLine[] {
  return portal
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => {
      try {
        return JSON.parse(l) as LogLine;
      } catch {
        return {};
      }
    });
}

async function requestLine(portal: PortalProcess, id: string): Promise<LogLine | undefined> {
  for (let i = 0; i < 50; i++) {
    const line = logLines(portal).find((l) => l.msg === "request" && l.requestId === id);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

export async function expectErrorReference(page: Page, portal: PortalProcess) {
  // A public page rendered per request (it reads the catalogue): it fails loudly without PostgreSQL.
  const response = await page.goto(portal.baseUrl + "/subsidies");
  const headerId = await response?.headerValue("x-request-id");
  await page
    .getByRole("heading", { name: errorMessages.title, level: 1 })
    .waitFor({ timeout: 30_000 })
    .catch(async (err: Error) => {
      await page.screenshot({ path: path.join(repoRoot, "tests", ".artifacts", "ops-error-reference-failed.png"), fullPage: true });
      throw new Error(`${err.message}\n--- ${response?.status()} ${page.url()} ---\n${await page.locator("body").innerText()}\n--- portal ---\n${portal.output().slice(-3000)}`);
    });
  const shown = page.getByTestId("error-reference");
  await shown.waitFor();
  await page.screenshot({ path: path.join(repoRoot, "tests", ".artifacts", "ops-error-reference.png"), fullPage: true });
  const text = await shown.innerText();
  expect(text).toContain(errorMessages.reference);
  const id = /([0-9a-f-]{36})/.exec(text)?.[1];
  expect(id, text).toBe(headerId);
  const pageLine = await requestLine(portal, id!);
  expect(pageLine, portal.output().slice(-3000)).toBeDefined();
  expect(pageLine!.errors?.length, JSON.stringify(pageLine)).toBeGreaterThan(0);
  expect(pageLine!.errors![0].digest).toBeTruthy();
  // The error line Next's onRequestError writes has the same id and the digest.
  expect(logLines(portal).some((l) => l.msg === "request_error" && l.requestId === id)).toBe(true);

  const api = await fetch(`${portal.baseUrl}/api/v1/designations`);
  const body = (await api.json()) as { error: { code: string; message: string; requestId?: string } };
  expect(api.status).toBe(500);
  const apiId = api.headers.get("x-request-id");
  expect(body.error.requestId).toBe(apiId);
  expect(body.error.message).toContain(`お問い合わせ番号: ${apiId}`);
  const apiLine = await requestLine(portal, apiId!);
  expect(apiLine?.status).toBe(500);
  expect(apiLine?.errors?.[0]?.message, JSON.stringify(apiLine)).toBeTruthy();
}
