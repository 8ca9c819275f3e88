import { describe, expect, it } from "vitest";
import { buildList, realListBytes, titleFor, type ListSheet } from "@/tests/fixtures/official-list";
import { bedCount, ListFormatError, parseOfficialList, resolveSupport, sniffNonXlsx, supportOf, type ListedSupport } from "./official-list";

const HOKKAIDO = { prefecture: { code: "01", name: "北海道" } };

describe("supportOf", () => {
  it("reads 支援診１–３ and 支援病１–３ in full-width and ASCII digits", () => {
    expect(supportOf("支援診１")).toEqual({ kind: "CLINIC", type: 1 });
    expect(supportOf("支援診２")).toEqual({ kind: "CLINIC", type: 2 });
    expect(supportOf("支援病３")).toEqual({ kind: "HOSPITAL", type: 3 });
    expect(supportOf("支援病1")).toEqual({ kind: "HOSPITAL", type: 1 });
    expect(supportOf(" 支援診 ３ ")).toEqual({ kind: "CLINIC", type: 3 });
  });

  it("ignores every other 受理記号, including ones that contain 支援", () => {
    for (const symbol of ["両立支援", "歯援診１", "歯援診２", "支援診４", "支援診", "在医総管", "ニコ", "支援診１２", ""]) {
      expect(supportOf(symbol), symbol).toBeNull();
    }
  });
});

describe("resolveSupport", () => {
  const s = (type: 1 | 2 | 3, since: string | null, kind: "CLINIC" | "HOSPITAL" = "CLINIC", row = 10): ListedSupport => ({ kind, type, since, row });

  it("is null for a facility with no support type", () => {
    expect(resolveSupport([])).toEqual({ support: null, tie: false });
  });

  it("takes the latest 算定開始年月日, whatever the type number", () => {
    const old3 = s(3, "2020-04-01");
    const new2 = s(2, "2025-06-01");
    expect(resolveSupport([old3, new2])).toEqual({ support: new2, tie: false });
    expect(resolveSupport([new2, old3])).toEqual({ support: new2, tie: false });
    const new3 = s(3, "2025-06-01");
    expect(resolveSupport([s(1, "2022-04-01"), new3])).toEqual({ support: new3, tie: false });
  });

  it("takes a dated listing over one without a date", () => {
    const dated = s(3, "2019-04-01");
    expect(resolveSupport([s(1, null), dated]).support).toBe(dated);
  });

  it("on the same date takes the lower type number and flags the tie", () => {
    const two = s(2, "2024-06-01", "CLINIC", 12);
    const three = s(3, "2024-06-01", "CLINIC", 11);
    expect(resolveSupport([three, two])).toEqual({ support: two, tie: true });
    // An older third listing does not matter.
    expect(resolveSupport([s(1, "2018-04-01"), three, two])).toEqual({ support: two, tie: true });
  });

  it("does not call the same type listed twice on one date a tie", () => {
    expect(resolveSupport([s(3, "2024-06-01", "CLINIC", 1), s(3, "2024-06-01", "CLINIC", 2)]).tie).toBe(false);
  });
});

describe("bedCount", () => {
  it("adds the numbers of a 病床数 text, full-width digits included", () => {
    expect(bedCount("療養　　206／一般　　231")).toBe(437);
    expect(bedCount("一般　　１９")).toBe(19);
    expect(bedCount("一般 20")).toBe(20);
  });

  it("is 0 without a number", () => {
    expect(bedCount(null)).toBe(0);
    expect(bedCount("")).toBe(0);
    expect(bedCount("なし")).toBe(0);
  });
});

describe("sniffNonXlsx", () => {
  it("lets a zip (xlsx) through", () => {
    expect(sniffNonXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBeNull();
  });

  it("names a PDF, an old .xls and an empty file", () => {
    expect(sniffNonXlsx(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toMatch(/xlsx 形式のファイルではありません（PDFのファイルのようです）/);
    expect(sniffNonXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/旧形式の Excel ファイル（\.xls）/);
    expect(sniffNonXlsx(new Uint8Array())).toMatch(/ファイルが空です/);
  });

  it("names CSV text, also when the sample ends inside a multi-byte character", () => {
    const line = "1,01,北海道,医科,0111887,地方職員共済組合北海道支部　北海道庁診療所\n";
    const csv = Buffer.from(line.repeat(200), "utf8");
    for (const prefix of ["", "a", "ab"]) {
      expect(sniffNonXlsx(Buffer.concat([Buffer.from(prefix), csv])), `prefix ${prefix.length}`).toMatch(/CSV などのテキスト/);
    }
    // Shift_JIS, as Excel saves a Japanese CSV: 「北海道,医科」.
    expect(sniffNonXlsx(new Uint8Array([0x96, 0x6b, 0x8a, 0x43, 0x93, 0xb9, 0x2c, 0x88, 0xe3, 0x89, 0xc8, 0x0d, 0x0a]))).toMatch(/CSV などのテキスト/);
    expect(sniffNonXlsx(Buffer.from("届出受理医療機関名簿"))).toMatch(/（テキストのファイルのようです）/);
  });

  it("calls other binary data simply not xlsx", () => {
    expect(sniffNonXlsx(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/xlsx 以外のファイルのようです/);
  });
});

describe("parseOfficialList", () => {
  const header = ["項番", "都道府県コード", "都道府県名", "区分", "医療機関番号", "医療機関名称", "医療機関所在地（郵便番号）", "医療機関所在地（住所）", "電話番号", "病床数", "受理届出名称", "受理記号", "算定開始年月日"];
  const row = (number: string, name: string, beds: string, symbol: string, since: string, category = "医科") =>
    ["1", "01", "北海道", category, number, name, "060-0001", "札幌市中央区北１条西１丁目", "011-000-0000", beds, "名称", symbol, since];
  const sheet = (rows: string[][], title = titleFor(7, 10, 1)): ListSheet => ({ title, header, rows });

  it("folds rows into one facility per key, with the support type that counts", async () => {
    const bytes = await buildList(
      sheet([
        row("0100001", "甲診療所", "", "ニコ", "平成29年 6月 1日"),
        row("0100001", "甲診療所", "", "支援診３", "令和 4年 6月 1日"),
        row("0100001", "甲診療所", "", "支援診２", "令和 6年 6月 1日"),
        row("0100002", "乙診療所", "", "支援診３", "令和 6年 6月 1日"),
        row("0100002", "乙診療所", "", "支援診２", "令和 6年 6月 1日"),
        row("0100003", "丙病院", "一般　　２０", "ニコ", "令和 6年 6月 1日"),
        row("0100004", "丁医院", "一般　　１９", "両立支援", "令和 6年 6月 1日"),
        row("100001", "甲歯科", "", "支援診１", "令和 6年 6月 1日", "歯科"),
      ]),
    );
    const list = await parseOfficialList(bytes, HOKKAIDO);
    expect(list.asOf).toBe("2025-10-01");
    expect(list.rowCount).toBe(8);
    const by = new Map(list.facilities.map((f) => [`${f.category}:${f.institutionNumber}`, f]));
    expect(by.size).toBe(5);
    expect(by.get("MEDICAL:0100001")).toMatchObject({ kind: "CLINIC", support: { type: 2, since: "2024-06-01" }, supportTie: false, sourceRow: 4 });
    expect(by.get("MEDICAL:0100001")?.supportNote).toBe("支援診３（令和4年6月1日〜）");
    expect(by.get("MEDICAL:0100002")).toMatchObject({ support: { type: 2 }, supportTie: true });
    expect(by.get("MEDICAL:0100003")).toMatchObject({ kind: "HOSPITAL", support: null });
    expect(by.get("MEDICAL:0100004")).toMatchObject({ kind: "CLINIC", support: null });
    // A dental list's symbols are not 在支診; the number is padded to 7 digits.
    expect(by.get("DENTAL:0100001")).toMatchObject({ support: null });
  });

  it("refuses a title without a 現在 date and a file cut short, in Japanese", async () => {
    const noDate = await buildList(sheet([row("0100001", "甲診療所", "", "支援診３", "令和 4年 6月 1日")], "届出受理医療機関名簿"));
    await expect(parseOfficialList(noDate, HOKKAIDO)).rejects.toThrow(/表題「届出受理医療機関名簿」から「現在」の日付/);
    // The real list cut in half: exceljs alone would wait forever for the rest of the sheet.
    const real = realListBytes();
    const cut = parseOfficialList(real.subarray(0, Math.floor(real.length / 2)), HOKKAIDO);
    await expect(cut).rejects.toBeInstanceOf(ListFormatError);
    await expect(cut).rejects.toThrow(/壊れているか、途中で切れている/);
  }, 20_000);
});
