// Throttling against the real PostgreSQL: sign-in per (account, client address) tightly and per
// client address loosely, the same answer for accounts that do not exist, counts shared by app
// instances, and invitation mails limited per recipient and per administrator.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { createPrismaClient } from "@/lib/db-client";
import { TooManyRequestsError, ValidationError } from "@/lib/errors";
import { INVITATIONS_PER_SENDER, MAIL_PER_RECIPIENT, SIGN_IN_PER_ACCOUNT_AND_ADDRESS, SIGN_IN_PER_ADDRESS } from "@/lib/throttle/rules";
import { countAttempt, sweepThrottleCounters } from "@/lib/throttle/store";
import { inviteUser, revokeInvitation } from "@/lib/users/invitations";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
const PASSWORD = "sapporo-kita-hokenjo-2026";
const meta = (ipAddress: string) => ({ ipAddress, userAgent: "throttling-test" });
let seq = 0;

/** A signed-up user with PASSWORD; returns the e-mail. */
async function account(): Promise<string> {
  const actor = await createUserActor(db, { role: "VIEWER" });
  const userId = actor.kind === "user" ? actor.userId : "";
  const user = await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(PASSWORD) }, select: { email: true } });
  return user.email;
}

type Answer = "signed-in" | "refused" | { throttled: string; retryAfter: number };

/** What authenticate() answered, with the time in the message blanked (it moves with the clock). */
async function attempt(email: string, password: string, ip: string): Promise<Answer> {
  try {
    return (await authenticate({ email, password }, meta(ip))) ? "signed-in" : "refused";
  } catch (err) {
    if (err instanceof TooManyRequestsError) return { throttled: err.message.replace(/[^、。]*\d+時\d{2}分/, "<時刻>"), retryAfter: err.retryAfterSeconds };
    throw err;
  }
}

const kind = (a: Answer) => (typeof a === "string" ? a : "throttled");

describe("sign-in throttling per (account, client address)", () => {
  it("20 wrong passwords throttle that pair; the account from another address and other accounts from this one still sign in", async () => {
    const email = await account();
    const other = await account();
    const answers: Answer[] = [];
    for (let i = 0; i < 20; i++) answers.push(await attempt(email, `wrong-password-${i}`, "198.51.100.20"));
    const limit = SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit;
    expect(answers.slice(0, limit).map(kind)).toEqual(Array(limit).fill("refused"));
    expect(answers.slice(limit).map(kind)).toEqual(Array(20 - limit).fill("throttled"));
    const throttled = answers[limit] as Exclude<Answer, string>;
    expect(throttled.throttled).toBe("ログインの試行が短時間に続いたため、一時的にログインを受け付けていません。<時刻>以降に、もう一度お試しください。");
    expect(throttled.retryAfter).toBeGreaterThan(0);
    expect(throttled.retryAfter).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT_AND_ADDRESS.windowSeconds);

    // Even the right password is refused from that address while the pair is throttled…
    expect(kind(await attempt(email, PASSWORD, "198.51.100.20"))).toBe("throttled");
    // …but the same account signs in from another address, and another account from this one.
    expect(await attempt(email, PASSWORD, "203.0.113.20")).toBe("signed-in");
    expect(await attempt(other, PASSWORD, "198.51.100.20")).toBe("signed-in");
  });

  it("answers an account that does not exist exactly as one that does, attempt after attempt", async () => {
    const known = await account();
    const unknown = `nobody-${++seq}@example.jp`;
    const ask = async (email: string) => {
      const answers: Answer[] = [];
      for (let i = 0; i < 13; i++) answers.push(await attempt(email, `wrong-password-${i}`, "198.51.100.21"));
      return answers.map((a) => (typeof a === "string" ? a : a.throttled));
    };
    const [k, u] = [await ask(known), await ask(unknown)];
    expect(u).toEqual(k);
    const limit = SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit;
    expect(k.slice(0, limit)).toEqual(Array(limit).fill("refused"));
    for (const answer of k.slice(limit)) expect(answer).toMatch(/以降に、もう一度お試しください。$/);
  });

  it("lets exactly `limit` of 30 concurrent attempts be checked (the counts are atomic)", async () => {
    const email = await account();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `wrong-${i}`, "198.51.100.22")));
    expect(answers.filter((a) => a === "refused")).toHaveLength(SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit);
    expect(answers.filter((a) => kind(a) === "throttled")).toHaveLength(30 - SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit);
  });

  it("audits the first refusal of a window once, with the client address and the account's prefecture", async () => {
    const email = await account();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit + 5; i++) await attempt(email, "wrong-password-x", "198.51.100.23");
    const rows = await db.auditEntry.findMany({ where: { action: "auth.sign_in_throttled", data: { path: ["email"], equals: email } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ipAddress: "198.51.100.23", entityId: expect.any(String), prefectureId: expect.any(Number), data: { scope: ["account_and_address"] } });
    const failures = await db.auditEntry.count({ where: { action: "auth.sign_in_failed", ipAddress: "198.51.100.23" } });
    expect(failures).toBe(SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit); // refused attempts check no password
  });

  it("a successful sign-in starts the pair's count afresh", async () => {
    const email = await account();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit - 1; i++) expect(await attempt(email, "wrong-password-y", "198.51.100.24")).toBe("refused");
    expect(await attempt(email, PASSWORD, "198.51.100.24")).toBe("signed-in");
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit; i++) expect(await attempt(email, "wrong-password-y", "198.51.100.24")).toBe("refused");
    expect(kind(await attempt(email, "wrong-password-y", "198.51.100.24"))).toBe("throttled");
  });
});

describe("sign-in throttling per client address (loose)", () => {
  it("lets an office's sign-ins through until failures from its address reach the limit, then refuses every account from it alone", async () => {
    const office = "192.0.2.200";
    const limit = SIGN_IN_PER_ADDRESS.limit;
    const staff = [await account(), await account(), await account()];
    // limit − 1 failures spread over many addresses typed wrongly (two each, under the per-pair limit).
    const failures = Array.from({ length: limit - 1 }, (_, i) => `typo-${Math.floor(i / 2)}-${++seq}@example.jp`);
    for (let i = 0; i < failures.length; i += 10) {
      const batch = await Promise.all(failures.slice(i, i + 10).map((e) => attempt(e, "wrong-password-z", office)));
      expect(new Set(batch)).toEqual(new Set(["refused"]));
    }
    // Successful sign-ins do not use up the office's allowance.
    for (const email of staff) expect(await attempt(email, PASSWORD, office)).toBe("signed-in");
    expect(await attempt(`one-more-${++seq}@example.jp`, "wrong-password-z", office)).toBe("refused"); // the limit-th
    // Now every account is refused from that address, known or not, right password or not…
    expect(kind(await attempt(staff[0], PASSWORD, office))).toBe("throttled");
    expect(kind(await attempt(`fresh-${++seq}@example.jp`, PASSWORD, office))).toBe("throttled");
    // …and nobody elsewhere notices.
    expect(await attempt(staff[0], PASSWORD, "192.0.2.201")).toBe("signed-in");
    const audit = await db.auditEntry.findFirst({ where: { action: "auth.sign_in_throttled", ipAddress: office } });
    expect(audit?.data).toMatchObject({ scope: ["address"] });
  });

  it("counts an IPv6 client by its /64", async () => {
    const email = `v6-${++seq}@example.jp`;
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_AND_ADDRESS.limit; i++) await attempt(email, "wrong", `2001:db8:5:6::${i + 1}`);
    expect(kind(await attempt(email, "wrong", "2001:db8:5:6:ffff::1"))).toBe("throttled");
    expect(await attempt(email, "wrong", "2001:db8:5:7::1")).toBe("refused");
  });
});

describe("the counts live in PostgreSQL", () => {
  it("are shared by every app instance (two clients, one count)", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const limits = [{ key: `test:shared:${++seq}`, limit: 3, windowSeconds: 60 }];
      const outcomes = [];
      for (const client of [db, other, db, other]) outcomes.push(await countAttempt(client, limits));
      expect(outcomes.map((o) => o.counts[0].hits)).toEqual([1, 2, 3, 4]);
      expect(outcomes.map((o) => o.exceeded.length)).toEqual([0, 0, 0, 1]);
    } finally {
      await other.$disconnect();
    }
  });

  it("start again once the window has ended, and old counters are swept", async () => {
    const key = `test:window:${++seq}`;
    await countAttempt(db, [{ key, limit: 1, windowSeconds: 60 }]);
    expect((await countAttempt(db, [{ key, limit: 1, windowSeconds: 60 }])).exceeded).toHaveLength(1);
    await db.throttleCounter.update({ where: { key }, data: { resetAt: new Date(Date.now() - 1000) } });
    const again = await countAttempt(db, [{ key, limit: 1, windowSeconds: 60 }]);
    expect(again.counts[0].hits).toBe(1);
    expect(again.exceeded).toHaveLength(0);
    await db.throttleCounter.update({ where: { key }, data: { resetAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await sweepThrottleCounters(db)).toBeGreaterThanOrEqual(1);
    expect(await db.throttleCounter.findUnique({ where: { key } })).toBeNull();
  });
});

describe("invitation mails", () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
  });

  it("are limited per recipient; refused or failed invitations use up nothing", async () => {
    const address = `often-${++seq}@example.jp`;
    for (let i = 0; i < MAIL_PER_RECIPIENT.limit; i++) {
      const { invitationId } = await inviteUser(admin, { email: address, displayName: "何度 招待", role: "VIEWER" });
      // A second invitation while one is pending fails validation: not counted.
      await expect(inviteUser(admin, { email: address, displayName: "何度 招待", role: "VIEWER" })).rejects.toBeInstanceOf(ValidationError);
      await revokeInvitation(admin, invitationId);
    }
    const refused = await inviteUser(admin, { email: address, displayName: "何度 招待", role: "VIEWER" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).status).toBe(429);
    expect((refused as TooManyRequestsError).message).toMatch(/^短時間に送信できるメールの上限に達しました。\d+時\d{2}分以降に、もう一度お試しください。$/);
    expect(await db.outboxMail.count({ where: { toAddress: address } })).toBe(MAIL_PER_RECIPIENT.limit);
    // Another recipient is not affected.
    await expect(inviteUser(admin, { email: `other-${++seq}@example.jp`, displayName: "別 宛先", role: "VIEWER" })).resolves.toBeTruthy();
  });

  it("are limited per administrator", async () => {
    const busy = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const senderKey = `mail:invitation:sender:${busy.kind === "user" ? busy.userId : ""}`;
    // As if this administrator had sent all but one of the hour's invitations already.
    await db.throttleCounter.create({ data: { key: senderKey, hits: INVITATIONS_PER_SENDER.limit - 1, resetAt: new Date(Date.now() + 3_600_000) } });
    await expect(inviteUser(busy, { email: `bulk-${++seq}@example.jp`, displayName: "一括 招待", role: "VIEWER" })).resolves.toBeTruthy();
    await expect(inviteUser(busy, { email: `bulk-${++seq}@example.jp`, displayName: "一括 招待", role: "VIEWER" })).rejects.toBeInstanceOf(TooManyRequestsError);
    // Another administrator is not affected.
    await expect(inviteUser(admin, { email: `bulk-${++seq}@example.jp`, displayName: "一括 招待", role: "VIEWER" })).resolves.toBeTruthy();
  });
});

describe("audit rows", () => {
  it("record the client address the actor's request came from", async () => {
    const admin = await createUserActor(db, { role: "PREFECTURE_ADMIN" });
    const withAddress = { ...(admin as Extract<Actor, { kind: "user" }>), clientAddress: "203.0.113.77" };
    const { invitationId } = await inviteUser(withAddress, { email: `addr-${++seq}@example.jp`, displayName: "住所 記録", role: "VIEWER" });
    const row = await db.auditEntry.findFirstOrThrow({ where: { action: "invitation.create", entityId: invitationId } });
    expect(row.ipAddress).toBe("203.0.113.77");
  });
});
