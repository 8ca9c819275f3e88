// Account hardening as an attacker meets it over HTTP: security headers and cookies, sign-ins with
// a spoofed X-Forwarded-For throttled by the real address, and mail links that a spoofed Host
// cannot change. The shared demo portal serves plain HTTP with no trusted proxy; a second portal
// is started as production behind a TLS-terminating proxy would be (PORTAL_BASE_URL https://…,
// PORTAL_TRUSTED_PROXIES listing the loopback address, mail sent over SMTP to a sink).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "@/lib/ops/embedded-postgres";
import { DEMO_PASSWORD } from "@/lib/ops/demo-accounts";
import { SIGN_IN_PER_ACCOUNT_AND_ADDRESS } from "@/lib/throttle/rules";
import { launchBrowser } from "./support/browser";
import { cookiesOf, rawRequest, submitForm, type RawResponse } from "./support/form-post";
import { spawnPortal, waitUntilServing, type PortalProcess } from "./support/portal-process";
import { startSmtpSink } from "./support/smtp-sink";

const base = inject("portalUrl");
const LIMIT = SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit;
const WRONG = "メールアドレスまたはパスワードが正しくありません。";
const THROTTLED = /^ログインの試行が短時間に続いたため、一時的にログインを受け付けていません。\d+時\d{2}分以降に、もう一度お試しください。$/;
const ADMIN = "admin@demo.zaitaku.example";

/** The message the sign-in page shows after a no-JavaScript submission. */
const alertOf = (res: RawResponse) => /role="alert"[^>]*>([^<]*)</.exec(res.body)?.[1] ?? `(no alert; status ${res.status})`;
const signIn = (portal: string, email: string, password: string, headers: Record<string, string> = {}) => submitForm(portal, "/login", { email, password }, { headers });
const unknownEmail = (label: string) => `${label}-${Date.now()}@example.jp`;

describe("the shared portal (plain HTTP, no trusted proxy)", () => {
  it("sends a static CSP on public pages, a nonce CSP on the others, and a resource CSP on the API", async () => {
    const home = await rawRequest(base + "/");
    expect(home.headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline';");
    const login = await rawRequest(base + "/login");
    const csp = String(login.headers["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // Every script of the page carries that nonce, and a second request gets another one.
    const scripts = login.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    expect((await rawRequest(base + "/login")).headers["content-security-policy"]).not.toContain(nonce);
    const api = await rawRequest(base + "/api/v1/regions?level=homecare");
    expect(api.headers["content-security-policy"]).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    for (const res of [home, login, api]) {
      expect(res.headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "x-frame-options": "DENY" });
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("ignores a Content-Security-Policy header the client sends (the server alone picks the nonce)", async () => {
    const res = await rawRequest(base + "/login", { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
    expect(res.body).not.toContain("chosenbyclient");
    expect(res.headers["content-security-policy"]).not.toContain("chosenbyclient");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax (not Secure over plain HTTP)", async () => {
    const res = await signIn(base, "viewer@demo.zaitaku.example", DEMO_PASSWORD);
    expect(res.status).toBe(303);
    const session = (res.headers["set-cookie"] ?? []).find((c) => c.startsWith("authjs.session-token="));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=lax/i);
    expect(session).not.toMatch(/; Secure/i);
  });

  it("throttles sign-ins with a spoofed X-Forwarded-For by the real address, and the page says when to try again", async () => {
    const email = unknownEmail("spoofer");
    for (let i = 0; i < LIMIT; i++) {
      const res = await signIn(base, email, `wrong-password-${i}`, { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` });
      expect(alertOf(res), `attempt ${i + 1}`).toBe(WRONG);
    }
    // The next attempt, from yet another "address", in a browser: the real address is throttled.
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "x-forwarded-for": "203.0.113.250" } });
      const page = await context.newPage();
      await page.goto(base + "/login");
      await page.locator("#email").fill(email);
      await page.locator("#password").fill("wrong-password-browser");
      await page.locator("#password").press("Enter");
      const alert = page.locator("form [role=alert]");
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.innerText()).toMatch(THROTTLED);
      expect(await page.locator("#email").inputValue()).toBe(email);
    } finally {
      await browser.close();
    }
  });
});

describe("a portal behind a trusted proxy, at an https base URL", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let portal: PortalProcess;
  let url: string;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const BASE_URL = "https://zaitaku.pref.example.test";

  beforeAll(async () => {
    smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-hardening-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    portal = spawnPortal({
      PORT: String(port),
      PORTAL_DATA_DIR: dataDir,
      PORTAL_BASE_URL: BASE_URL,
      PORTAL_TRUSTED_PROXIES: "127.0.0.1, ::1",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SKIP_BUILD: "true",
    });
    cleanups.push(async () => {
      portal.signal("SIGTERM");
      await portal.exited;
    });
    await waitUntilServing(portal);
    url = portal.baseUrl;
  });
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("sends HSTS and upgrade-insecure-requests", async () => {
    const res = await rawRequest(url + "/");
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("sets __Host- session cookies: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain", async () => {
    const res = await signIn(url, "viewer@demo.zaitaku.example", DEMO_PASSWORD, { "x-forwarded-for": "192.0.2.10" });
    expect(res.status).toBe(303);
    const cookies = res.headers["set-cookie"] ?? [];
    const session = cookies.find((c) => c.startsWith("__Host-authjs.session-token="));
    expect(session, cookies.join("\n")).toBeDefined();
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=lax/i);
    expect(session).not.toMatch(/; Domain=/i);
    for (const c of cookies) expect(c, c).toMatch(/^__Host-/);
  });

  it("believes X-Forwarded-For from the trusted proxy: each client is counted on its own", async () => {
    const email = unknownEmail("behind-proxy");
    // Many clients behind the proxy: none is throttled for the others' attempts.
    for (let i = 0; i < LIMIT + 2; i++) {
      expect(alertOf(await signIn(url, email, "wrong-password", { "x-forwarded-for": `1.1.1.1, 198.51.100.${i + 1}` }))).toBe(WRONG);
    }
    // One client (the right-most untrusted entry; what it wrote further left does not matter).
    for (let i = 0; i < LIMIT; i++) {
      expect(alertOf(await signIn(url, email, "wrong-password", { "x-forwarded-for": `10.9.9.${i}, 203.0.113.7` }))).toBe(WRONG);
    }
    expect(alertOf(await signIn(url, email, "wrong-password", { "x-forwarded-for": "203.0.113.7" }))).toMatch(THROTTLED);
  });

  it("builds the invitation mail's link from PORTAL_BASE_URL, whatever Host the request claims", async () => {
    const signedIn = await signIn(url, ADMIN, DEMO_PASSWORD, { "x-forwarded-for": "192.0.2.11" });
    expect(signedIn.status).toBe(303);
    const invitee = unknownEmail("host-spoof");
    const spoofed = { cookie: cookiesOf(signedIn), host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", "x-forwarded-for": "192.0.2.11" };
    const res = await submitForm(url, "/admin/users", { email: invitee, displayName: "偽装 ホスト", role: "VIEWER" }, { headers: spoofed });
    expect(res.status).toBe(200);
    const shown = /<code[^>]*>([^<]*)<\/code>/.exec(res.body)?.[1];
    expect(shown).toMatch(new RegExp(`^${BASE_URL}/invitations/[A-Za-z0-9_-]{43}$`));
    expect(res.body).not.toContain("evil.example");

    const deadline = Date.now() + 20_000;
    while (!smtp.mails.some((m) => m.to.some((t) => t.includes(invitee))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const mail = smtp.mails.find((m) => m.to.some((t) => t.includes(invitee)));
    expect(mail, "the invitation mail reached the SMTP server").toBeDefined();
    expect(mail!.text).toContain(shown!);
    expect(mail!.text).not.toContain("evil.example");
    expect(mail!.text).not.toContain("127.0.0.1");
  });
});
