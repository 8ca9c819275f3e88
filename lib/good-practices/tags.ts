// The fixed vocabulary of theme tags. The source (seed 004) has none: each case's tags were
// assigned by hand in prisma/data/good-practices/cases.json (ADR 0027). Keys are stable; labels
// are what people read. Adding a tag is adding a line here.
export const GOOD_PRACTICE_TAGS = [
  ["ict", "ICT・情報共有"],
  ["training", "人材育成"],
  ["discharge", "入退院支援"],
  ["dental", "歯科"],
  ["visiting-nursing", "訪問看護"],
  ["round-the-clock", "24時間体制"],
  ["interprofessional", "多職種連携"],
  ["public-awareness", "住民啓発"],
  ["hub", "拠点整備"],
  ["end-of-life", "看取り"],
  ["physician-entry", "在宅医の参入促進"],
  ["municipal-support", "市町村支援"],
  ["council", "協議会・会議体"],
] as const;

export type GoodPracticeTagKey = (typeof GOOD_PRACTICE_TAGS)[number][0];

export const GOOD_PRACTICE_TAG_KEYS = GOOD_PRACTICE_TAGS.map(([key]) => key) as [GoodPracticeTagKey, ...GoodPracticeTagKey[]];

const labels = new Map<string, string>(GOOD_PRACTICE_TAGS);

export function tagLabel(key: string): string {
  return labels.get(key) ?? key;
}
