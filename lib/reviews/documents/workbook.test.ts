import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { TEMPLATE_KINDS } from "../schema";
import { requiredNames } from "./names";
import { buildDefaultTemplate, checkTemplate, fillTemplate, readDocument } from "./workbook";

describe("document templates", () => {
  it.each(TEMPLATE_KINDS)("the default %s template carries every required named cell", async (kind) => {
    const buffer = await buildDefaultTemplate(kind);
    expect(await checkTemplate(buffer, kind)).toEqual({ ok: true });
  });

  it("fills named cells and item rows, and reads back the same numbers", async () => {
    const template = await buildDefaultTemplate("PLAN");
    const filled = await fillTemplate(
      template,
      { applicant_name: "サンプル訪問看護ステーション", total_cost: 3_456_000, other_income: 120_000, requested_amount: 1_668_000, fiscal_year: "令和8年度" },
      [
        { name: "訪問用車両", quantity: 1, costYen: 2_400_000 },
        { name: "タブレット端末", quantity: 4, costYen: 1_056_000 },
      ],
    );
    const back = await readDocument(filled);
    expect(back.values.total_cost).toBe(3_456_000);
    expect(back.values.requested_amount).toBe(1_668_000);
    expect(back.values.applicant_name).toBe("サンプル訪問看護ステーション");
    expect(back.items).toEqual([
      { name: "訪問用車両", quantity: 1, costYen: 2_400_000 },
      { name: "タブレット端末", quantity: 4, costYen: 1_056_000 },
    ]);
  });

  it("fills a template laid out differently, by name alone", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("通知");
    requiredNames("DECISION_NOTICE").forEach((name, i) => wb.definedNames.add(`'通知'!$F$${i + 10}`, name));
    ws.getCell("A1").value = "独自の様式";
    const template = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await checkTemplate(template, "DECISION_NOTICE")).toEqual({ ok: true });
    const back = await readDocument(await fillTemplate(template, { decided_amount: 1_000_000, document_number: "在医第8-1号" }));
    expect(back.values.decided_amount).toBe(1_000_000);
    expect(back.values.document_number).toBe("在医第8-1号");
  });

  it("names the missing cells of an incomplete template, and refuses what is not a workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S");
    wb.definedNames.add("'S'!$A$1", "document_number");
    const check = await checkTemplate(Buffer.from(await wb.xlsx.writeBuffer()), "CONFIRMATION_NOTICE");
    expect(check.ok).toBe(false);
    expect(check.ok === false && check.reason === "missing" && check.missing).toContain("confirmed_amount");
    expect(check.ok === false && check.reason === "missing" && check.missing).not.toContain("document_number");
    expect(await checkTemplate(Buffer.from("%PDF-1.4 not a workbook"), "PLAN")).toEqual({ ok: false, reason: "unreadable" });
  });
});
