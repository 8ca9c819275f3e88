// How a 文書番号 reads: 「在医第12号」 with the 年度 in front (令和8年度 → 「R8在医第12号」). Pure.
export function formatDocumentNumber(fiscalYear: number, number: number): string {
  return `R${fiscalYear - 2018}在医第${number}号`;
}
