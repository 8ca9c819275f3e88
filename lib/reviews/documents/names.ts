// The named cells each document template must carry (ADR 0025). 本庁 may upload its own workbook
// for any kind; it is accepted only when every required name is defined (on one cell each). The
// line items of the 計画書 fill downward from the cell named `items_start` (name, quantity, cost).
import type { TemplateKind } from "../schema";

export interface NamedCell {
  name: string;
  label: string;
  kind: "text" | "yen" | "number";
}

const common: NamedCell[] = [
  { name: "fiscal_year", label: "年度", kind: "text" },
  { name: "applicant_name", label: "申請者", kind: "text" },
  { name: "menu_name", label: "補助メニュー", kind: "text" },
];

export const TEMPLATE_CELLS: Record<TemplateKind, { title: string; cells: NamedCell[] }> = {
  PLAN: {
    title: "別記1号様式　事業計画書",
    cells: [
      ...common,
      { name: "project_outline", label: "事業の概要", kind: "text" },
      { name: "project_period", label: "事業期間", kind: "text" },
      { name: "total_cost", label: "総事業費（円）", kind: "yen" },
      { name: "other_income", label: "寄付金その他の収入額（円）", kind: "yen" },
      { name: "requested_amount", label: "補助金所要額（円）", kind: "yen" },
      { name: "items_start", label: "経費の内訳（品目・数量・金額）", kind: "text" },
    ],
  },
  STATEMENT: {
    title: "所要額（精算額）明細書",
    cells: [
      ...common,
      { name: "total_cost", label: "総事業費（円）", kind: "yen" },
      { name: "other_income", label: "寄付金その他の収入額（円）", kind: "yen" },
      { name: "net_cost", label: "差引額（円）", kind: "yen" },
      { name: "eligible_cost", label: "対象経費の実支出予定額（円）", kind: "yen" },
      { name: "base_amount", label: "基準額（円）", kind: "yen" },
      { name: "rate", label: "補助率", kind: "text" },
      { name: "subsidy_amount", label: "補助金所要額（精算額）（円）", kind: "yen" },
    ],
  },
  DECISION_NOTICE: {
    title: "補助金交付決定通知書",
    cells: [
      { name: "document_number", label: "文書番号", kind: "text" },
      { name: "issue_date", label: "日付", kind: "text" },
      ...common,
      { name: "decided_amount", label: "交付決定額（円）", kind: "yen" },
      { name: "rate", label: "補助率", kind: "text" },
      { name: "comment", label: "条件・備考", kind: "text" },
    ],
  },
  CONFIRMATION_NOTICE: {
    title: "補助金額確定通知書",
    cells: [
      { name: "document_number", label: "文書番号", kind: "text" },
      { name: "issue_date", label: "日付", kind: "text" },
      ...common,
      { name: "decided_amount", label: "交付決定額（円）", kind: "yen" },
      { name: "confirmed_amount", label: "確定額（円）", kind: "yen" },
    ],
  },
};

export const requiredNames = (kind: TemplateKind) => TEMPLATE_CELLS[kind].cells.map((c) => c.name);
