// The reviewed library data (prisma/data/good-practices/cases.json) against the source text: five
// cases field by field, with the values typed by hand from source-004.txt (not copied from the
// JSON), and the whole set of 39.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SeedFile } from "@/lib/ops/seed-good-practices";
import { PREFECTURE_CODES } from "./prefectures";
import { GOOD_PRACTICE_TAG_KEYS } from "./tags";

const file = JSON.parse(readFileSync(path.join(process.cwd(), "prisma/data/good-practices/cases.json"), "utf8")) as SeedFile;
const byKey = (key: string) => file.cases.find((c) => c.sourceKey === key)!;

describe("the 39 cases", () => {
  it("holds every initiative of the compendium's index, in its order", () => {
    // The index tables at the top of source-004.txt, prefecture by prefecture.
    const prefectures = [
      "01", "01", "01", "02", "03", "15", "09", "08", "12", "14", "19", "22", "22", "22", "20", "21", "21", "23", "23", "18",
      "25", "26", "30", "33", "32", "32", "34", "37", "39", "39", "40", "41", "42", "44", "43", "43", "43", "45", "46",
    ];
    expect(file.cases).toHaveLength(39);
    expect(file.cases.map((c) => c.prefectureCode)).toEqual(prefectures);
    expect(new Set(file.cases.map((c) => c.sourceKey)).size).toBe(39);
    // 愛知県 and 熊本県 both run a 「在宅医療サポートセンター事業」: a case is its prefecture and title.
    expect(new Set(file.cases.map((c) => `${c.prefectureCode} ${c.title}`)).size).toBe(39);
  });

  it("gives every case a title, a theme, tags from the vocabulary and whole-yen budgets", () => {
    for (const c of file.cases) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(PREFECTURE_CODES).toContain(c.prefectureCode);
      expect(c.theme).toBe("在宅医療・介護連携の推進");
      expect(c.leader).toBe("高知県");
      expect(c.tags.length, c.sourceKey).toBeGreaterThan(0);
      for (const tag of c.tags) expect(GOOD_PRACTICE_TAG_KEYS).toContain(tag);
      for (const b of c.budgets) {
        expect(b.fiscalYear).toBeGreaterThanOrEqual(2015);
        expect(b.fiscalYear).toBeLessThanOrEqual(2018);
        if (b.amountYen !== null) expect(b.amountYen % 1000).toBe(0);
      }
    }
  });
});

describe("five cases, field by field", () => {
  it("北海道 介護関係職員医療連携支援事業 (the first, H27–H30 with caps per 事業所)", () => {
    const c = byKey("004-01");
    expect(c.prefectureCode).toBe("01");
    expect(c.title).toBe("介護関係職員医療連携支援事業");
    expect(c.themeArea).toBe("地域包括ケアシステム分野");
    expect(c.background).toBe(
      "医療と介護の連携を進めるためには、相互理解を深めることが必要であるが、医療と介護では、それぞれの現場の状況や連携方法に違いがあることから、医療と介護の相互理解を促進するための支援を平成27年度より実施。",
    );
    expect(c.purpose).toBe(
      "医療的なケアが必要な高齢者の増加に対応するため、介護関係職員が医療に関する知識を深めるための研修等を実施することにより、介護関係職員や地域のケアの質の向上を図るとともに、医療関係者との連携を促進する。",
    );
    expect(c.features).toMatch(/^\(1\) 医療・介護連携支援研修事業\(補助金事業\)\n/);
    expect(c.features).toMatch(/\(2\) 医療・介護関係者の情報共有支援事業\(直営事業\)\n/);
    expect(c.results).toContain("平成30年度(見込) 実施主体44事業所(参加事業所164事業所)");
    expect(c.issues).toBe("研修の質の確保\n研修等の効果測定");
    expect(c.proposals).toBe("規制緩和～特になし\n財政支援～特になし\n次年度の変更予定\n・補助事業者の要件の見直し\n・研修テーマの見直し\n・研修講師の職種の指定\n・アンケートの実施");
    expect(c.budgetNote).toBe("全額:地域医療介護総合確保基金を活用");
    expect(c.budgets).toEqual([
      { fiscalYear: 2015, item: "", amountYen: 19_152_000, note: "一事業所36万円を上限" },
      { fiscalYear: 2016, item: "", amountYen: 22_837_000, note: "一事業所36万円を上限" },
      { fiscalYear: 2017, item: "", amountYen: 22_837_000, note: "一事業所36万円を上限" },
      { fiscalYear: 2018, item: "", amountYen: 22_837_000, note: "一代表事業所73万円を上限" },
    ]);
  });

  it("青森県 医療介護連携調整実証事業 (OCR spaces inside the numbers: 「3, 186千円」)", () => {
    const c = byKey("004-04");
    expect(c.prefectureCode).toBe("02");
    expect(c.title).toBe("医療介護連携調整実証事業");
    expect(c.purpose).toBe(
      "これまでも医療と介護の連携体制は構築されてきていたが県内6圏域において、入退院時における情報提供のルールを明確化することにより、よりスムーズな入退院時の情報連携をはかる。",
    );
    expect(c.results).toBe(
      "6医療圏域全てにおいて入退院調整ルールが策定された。平成28年度までに策定した3圏域における入退院調整率(退院前に調整を済ませた方の割合)は73%であったが、平成30年度調査では6圏域平均が81.7%となった。",
    );
    expect(c.issues).toBe("事業展開が進まない市町村の支援方法について");
    expect(c.proposals).toBe("全国、都道府県内一律の支援事業をやめる\n財政支援について、柔軟に対応する");
    expect(c.budgetNote).toBeNull();
    expect(c.budgets).toEqual([
      { fiscalYear: 2016, item: "", amountYen: 3_186_000, note: null },
      { fiscalYear: 2017, item: "", amountYen: 4_823_000, note: null },
      { fiscalYear: 2018, item: "", amountYen: 3_576_000, note: null },
    ]);
    expect(c.tags).toEqual(["discharge", "municipal-support"]);
  });

  it("岩手県 手引き岩手県版補足資料の作成 (ゼロ予算: no budget rows, the note says so)", () => {
    const c = byKey("004-05");
    expect(c.prefectureCode).toBe("03");
    expect(c.title).toBe("在宅医療・介護連携推進事業の手引き岩手県版補足資料の作成");
    expect(c.background).toBe("在宅医療・介護連携推進事業の実施主体となる市町村行政が、医療分野に関わる機会が少なくノウハウが不足している。");
    expect(c.purpose).toBe("実施主体である市町村における取組の促進");
    expect(c.results).toBe("説明会参加者数 65名");
    expect(c.issues).toBe("事業の効果測定が難しい");
    expect(c.proposals).toBe("規制緩和 なし\n財政支援 なし");
    expect(c.budgetNote).toBe("ゼロ予算");
    expect(c.budgets).toEqual([]);
  });

  it("滋賀県 在宅医療福祉を担う人材養成の取組 (two sub-budgets a year, ① and ②)", () => {
    const c = byKey("004-21");
    expect(c.prefectureCode).toBe("25");
    expect(c.title).toBe("在宅医療福祉を担う人材養成の取組");
    expect(c.results).toContain("医師：延べ160人(うち約1割がセミナー受講後に在支診を届出)\nその他専門職：延べ908人");
    expect(c.proposals).toBe("○規制緩和 なし ○財政支援 なし");
    const one = "① 多職種連携地域リーダーステップアップ研修会";
    const two = "② 在宅医療セミナー";
    expect(c.budgets).toEqual([
      { fiscalYear: 2016, item: one, amountYen: 125_000, note: null },
      { fiscalYear: 2016, item: two, amountYen: 2_598_000, note: null },
      { fiscalYear: 2017, item: one, amountYen: 128_000, note: null },
      { fiscalYear: 2017, item: two, amountYen: 2_579_000, note: null },
      { fiscalYear: 2018, item: one, amountYen: 109_000, note: null },
      { fiscalYear: 2018, item: two, amountYen: 2_579_000, note: null },
    ]);
  });

  it("鹿児島県 在宅医療・介護連携推進支援事業 (the last; its heading reads 「…」【鹿児島県】, H28 「－」)", () => {
    const c = byKey("004-39");
    expect(c.prefectureCode).toBe("46");
    expect(c.title).toBe("在宅医療・介護連携推進支援事業");
    expect(c.purpose).toBe(
      "地域包括ケアシステム構築に係る医療介護連携の推進を図るため、在宅医療・介護連携に係る協議会を開催するとともに、患者が病院と自宅等との間で円滑に入退院できるような入退院調整に係るルール策定等を行う。",
    );
    expect(c.features?.split("\n")[0]).toBe("① 県在宅医療・介護連携推進協議会開催事業");
    expect(c.results).toBe(
      "① 県在宅医療・介護連携推進協議会の開催：3回\n② 県内9保健医療圏域中5圏域で退院支援ルール策定済\n③ 医療機関のコーディネーターを対象とした研修開催：3回\n※いずれも平成30年11月現在",
    );
    expect(c.issues).toBe("・退院支援ルールが全保健医療圏域にて策定された後の圏域間、県境間調整の進め方");
    expect(c.proposals).toBe("規制緩和 なし\n財政支援 地域医療介護総合確保基金による継続的な財源の確保");
    expect(c.budgets).toEqual([
      { fiscalYear: 2016, item: "", amountYen: null, note: "－" },
      { fiscalYear: 2017, item: "", amountYen: 2_423_000, note: null },
      { fiscalYear: 2018, item: "", amountYen: 2_416_000, note: null },
    ]);
  });
});
