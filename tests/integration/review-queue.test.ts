// 本庁's review queue filtered, sorted and paged in SQL (ADR 0030): exact rows at page boundaries
// for each filter (menu, 在宅医療圏, state, 締切 with an extension) and sort, against rows built here;
// 申請者 sorted in Japanese order; the CSV holds every matching row (more than one batch of 1,000).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db-client";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { listAllReviewRows, listReviewQueue, reviewQueueCsv } from "@/lib/reviews/queue";
import { createTestCall, createTestOrganisation } from "@/tests/factories/applications";
import { createUserActor } from "@/tests/factories/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
let staff: UserActor;
interface Made { id: string; menu: string; region: string | null; status: string; deadline: number; amount: number; applicant: string; submitted: number }
const made: Made[] = [];
let menuCodes: [string, string];
let regionCodes: [string, string];
const STATES = ["SUBMITTED", "RETURNED", "DECIDED", "CONFIRMED", "RESUBMITTED"] as const;
// Kana names in a known Japanese order (あ < か < さ), inserted out of order.
const NAMES = ["さくら医師会", "あおば医師会", "かもめ医師会"];

beforeAll(async () => {
  staff = (await createUserActor(db, { role: "PREFECTURE_STAFF" })) as UserActor;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const menus = await db.subsidyMenu.findMany({ where: { prefectureId: prefecture.id }, orderBy: { id: "asc" }, take: 2 });
  const day = dateOnly(todayInJapan());
  const members = await db.homeCareRegionMember.findMany({
    where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }], region: { prefectureId: prefecture.id } },
    select: { municipalityId: true, region: { select: { code: true } } },
    orderBy: { id: "asc" },
  });
  const second = members.find((m) => m.region.code !== members[0].region.code)!;
  menuCodes = [menus[0].code, menus[1].code];
  regionCodes = [members[0].region.code, second.region.code];
  const calls = [
    await createTestCall(db, { menuCode: menus[0].code, deadline: new Date("2026-06-30T08:00:00Z") }),
    await createTestCall(db, { menuCode: menus[1].code, deadline: new Date("2026-05-31T08:00:00Z") }),
  ];
  // The second call's deadline is extended past the first's: the queue sorts by the extension.
  await db.subsidyCall.update({ where: { id: calls[1].id }, data: { extendedUntil: new Date("2026-07-31T08:00:00Z") } });
  const orgs: { id: number; name: string; region: string | null }[] = [];
  for (const [i, name] of NAMES.entries()) {
    const org = await createTestOrganisation(db, `${name} ${randomUUID().slice(0, 4)}`);
    const municipalityId = [members[0].municipalityId, second.municipalityId, null][i];
    orgs.push({ ...(await db.organisation.update({ where: { id: org.id }, data: { municipalityId } })), region: [members[0].region.code, second.region.code, null][i] });
  }
  const data = Array.from({ length: 1_030 }, (_, i) => {
    const call = calls[i % 2];
    const org = orgs[i % 3];
    const status: "DRAFT" | (typeof STATES)[number] = i % 97 === 0 ? "DRAFT" : STATES[i % 5];
    const submittedAt = new Date(Date.UTC(2026, 3, 1) + i * 60_000);
    if (status !== "DRAFT") {
      made.push({
        id: "", menu: [menus[0].code, menus[1].code][i % 2], region: org.region, status, amount: (i + 1) * 1_000, applicant: org.name,
        deadline: i % 2 === 0 ? Date.parse("2026-06-30T08:00:00Z") : Date.parse("2026-07-31T08:00:00Z"), submitted: submittedAt.getTime(),
      });
    }
    return {
      id: randomUUID(), prefectureId: prefecture.id, callId: call.id, organisationId: org.id, status, title: `テスト事業 ${i}`,
      formVersion: 1, idempotencyKey: randomUUID(), requestedYen: (i + 1) * 1_000, submittedAt, i,
    };
  });
  await db.subsidyApplication.createMany({ data: data.map(({ i: _i, ...d }) => d) });
  const byAmount = new Map(data.map((d) => [d.requestedYen, d.id]));
  for (const m of made) m.id = byAmount.get(m.amount)!;
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const idOrder = (a: Made, b: Made) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("the review queue in SQL", () => {
  it("pages by 締切 (the extended one later), then id, with exact page boundaries", async () => {
    const expected = [...made].sort((a, b) => a.deadline - b.deadline || idOrder(a, b));
    expect(expected.length).toBe(1_019);
    const p1 = await listReviewQueue(staff, {});
    expect(p1.total).toBe(1_019);
    expect(p1.pageCount).toBe(21);
    expect(ids(p1.pageRows)).toEqual(ids(expected.slice(0, 50)));
    const p6 = await listReviewQueue(staff, { page: "6" });
    expect(ids(p6.pageRows)).toEqual(ids(expected.slice(250, 300)));
    // The last page holds the remaining 19; a page past the end shows it.
    const last = await listReviewQueue(staff, { page: "22" });
    expect(last.page).toBe(21);
    expect(ids(last.pageRows)).toEqual(ids(expected.slice(1_000)));
    expect(last.pageRows[0].deadline.toISOString()).toBe("2026-07-31T08:00:00.000Z");
    // A row as the page shows it: every column, dates as dates, amounts as yen.
    const row = p1.pageRows[0];
    const source = made.find((m) => m.id === row.id)!;
    expect(row).toMatchObject({ applicant: source.applicant, menuCode: source.menu, regionCode: source.region, status: source.status, requestedYen: source.amount, decidedAmountYen: null, approval: null });
    expect(row.deadline).toEqual(new Date(source.deadline));
    expect(row.submittedAt).toEqual(new Date(source.submitted));
    expect(Object.keys(row).sort()).toEqual(["applicant", "approval", "deadline", "decidedAmountYen", "fiscalYear", "id", "menuCode", "menuName", "regionCode", "regionName", "requestedYen", "status", "submittedAt", "title"]);
  });

  it("filters by menu, 在宅医療圏, state and 締切, sorted by amount descending", async () => {
    const [, menu] = menuCodes;
    const [region] = regionCodes;
    const want = made.filter((m) => m.menu === menu && m.region === region && m.status === "DECIDED").sort((a, b) => b.amount - a.amount);
    const q = await listReviewQueue(staff, { menu, region, status: "DECIDED", sort: "amount", order: "desc" });
    expect(q.total).toBe(want.length);
    expect(ids(q.pageRows)).toEqual(ids(want));
    expect(q.pageRows.every((r) => r.regionCode === region && r.menuCode === menu && r.status === "DECIDED")).toBe(true);
    // 締切 on or before 2026-06-30 (JST) leaves the first call only (the second was extended).
    const byDeadline = await listReviewQueue(staff, { deadlineBy: "2026-06-30", sort: "submitted", order: "desc" });
    const early = made.filter((m) => m.menu === menuCodes[0]).sort((a, b) => b.submitted - a.submitted);
    expect(byDeadline.total).toBe(early.length);
    expect(ids(byDeadline.pageRows)).toEqual(ids(early.slice(0, 50)));
    expect(q.regions.some((r) => r.code === region)).toBe(true);
    expect(q.menus.map((m) => m.code)).toEqual(expect.arrayContaining(menuCodes));
  });

  it("sorts 申請者 in Japanese order and keeps 在宅医療圏 empty for an applicant without one", async () => {
    const page = await listReviewQueue(staff, { sort: "applicant", status: "CONFIRMED" });
    const all = await listAllReviewRows(staff, { sort: "applicant", status: "CONFIRMED" });
    expect([...new Set(all.map((r) => r.applicant.split(" ")[0]))]).toEqual(["あおば医師会", "かもめ医師会", "さくら医師会"]);
    const byName = (n: string) => made.filter((m) => m.status === "CONFIRMED" && m.applicant.startsWith(n)).sort(idOrder);
    expect(ids(all)).toEqual(ids(["あおば医師会", "かもめ医師会", "さくら医師会"].flatMap(byName)));
    expect(ids(page.pageRows)).toEqual(ids(all.slice(0, 50)));
    const desc = await listAllReviewRows(staff, { sort: "applicant", order: "desc", status: "CONFIRMED" });
    expect(desc[0].applicant.startsWith("さくら")).toBe(true);
    expect(all.filter((r) => r.applicant.startsWith("かもめ")).every((r) => r.regionCode === null)).toBe(true);
    expect(all.filter((r) => r.applicant.startsWith("あおば")).every((r) => r.regionCode === regionCodes[1])).toBe(true);
  });

  it("exports every matching row in the CSV, more than a thousand, in one statement", async () => {
    const all = await listAllReviewRows(staff, { sort: "amount" });
    expect(ids(all)).toEqual(ids([...made].sort((a, b) => a.amount - b.amount)));
    const csv = await reviewQueueCsv(staff, {});
    expect(csv.trim().split(/\r?\n/).length).toBe(1 + 1_019);
  });
});
