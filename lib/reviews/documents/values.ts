// What each document says, from the application as the review loads it (pure: the values the
// named cells receive). Money stays integer yen; dates and 年度 are 和暦.
import { formatFiscalYear, formatWarekiDate } from "@/lib/dates/wareki";
import type { DocumentItem, DocumentValues } from "./workbook";

export interface DocumentSource {
  fiscalYear: number;
  applicantName: string;
  menuName: string;
  title: string;
  outline: string;
  periodFrom: Date | null;
  periodTo: Date | null;
  totalProjectCostYen: number;
  otherIncomeYen: number;
  requestedYen: number | null;
  decidedAmountYen: number | null;
  decidedRate: { numerator: number; denominator: number } | null;
  decisionComment: string | null;
  confirmedAmountYen: number | null;
  items: { name: string; quantity: number | null; costYen: number; actualCostYen: number | null }[];
}

const rateText = (r: { numerator: number; denominator: number } | null) => (r ? `${r.numerator}/${r.denominator}` : "");

export function commonValues(s: DocumentSource): DocumentValues {
  return { fiscal_year: formatFiscalYear(s.fiscalYear), applicant_name: s.applicantName, menu_name: s.menuName };
}

export function planValues(s: DocumentSource): { values: DocumentValues; items: DocumentItem[] } {
  const period = s.periodFrom && s.periodTo ? `${formatWarekiDate(s.periodFrom)}から${formatWarekiDate(s.periodTo)}まで` : "";
  return {
    values: {
      ...commonValues(s),
      project_outline: s.outline ? `${s.title}：${s.outline}` : s.title,
      project_period: period,
      total_cost: s.totalProjectCostYen,
      other_income: s.otherIncomeYen,
      requested_amount: s.requestedYen ?? 0,
    },
    items: s.items.map((i) => ({ name: i.name, quantity: i.quantity, costYen: i.costYen })),
  };
}

/** 所要額明細書 from the calculation's figures (planned, or actual for 精算額). */
export function statementValues(s: DocumentSource, figures: { totalCostYen: number; otherIncomeYen: number; eligibleYen: number; baseYen: number | null; subsidyYen: number; rate: { numerator: number; denominator: number } }): DocumentValues {
  return {
    ...commonValues(s),
    total_cost: figures.totalCostYen,
    other_income: figures.otherIncomeYen,
    net_cost: figures.totalCostYen - figures.otherIncomeYen,
    eligible_cost: figures.eligibleYen,
    base_amount: figures.baseYen ?? "",
    rate: rateText(figures.rate),
    subsidy_amount: figures.subsidyYen,
  };
}

export function decisionNoticeValues(s: DocumentSource, documentNumber: string, issuedOn: Date): DocumentValues {
  return {
    ...commonValues(s),
    document_number: documentNumber,
    issue_date: formatWarekiDate(issuedOn),
    decided_amount: s.decidedAmountYen ?? 0,
    rate: rateText(s.decidedRate),
    comment: s.decisionComment ?? "",
  };
}

export function confirmationNoticeValues(s: DocumentSource, documentNumber: string, issuedOn: Date): DocumentValues {
  return {
    ...commonValues(s),
    document_number: documentNumber,
    issue_date: formatWarekiDate(issuedOn),
    decided_amount: s.decidedAmountYen ?? 0,
    confirmed_amount: s.confirmedAmountYen ?? 0,
  };
}
