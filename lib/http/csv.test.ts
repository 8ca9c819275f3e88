import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvOf, csvText } from "./csv";

describe("csvText", () => {
  it("starts with a BOM, ends lines with CRLF and quotes what needs quoting", () => {
    const text = csvText(["名称", "備考"], [["札幌市", 'a,"b"\r\nc'], ["函館市", null]]);
    expect(text).toBe('\uFEFF名称,備考\r\n札幌市,"a,""b""\r\nc"\r\n函館市,\r\n');
  });

  it("defuses text that a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvText(["x"], [["=SUM(A1)"], ["@cmd"], ["+81"], [-1.5], [0]])).toBe("\uFEFFx\r\n'=SUM(A1)\r\n'@cmd\r\n'+81\r\n-1.5\r\n0\r\n");
  });
});

describe("csvOf", () => {
  it("lays rows out as the columns say", () => {
    const rows = [{ code: "0104", n: 3 }];
    expect(csvOf([{ header: "コード", value: (r: (typeof rows)[number]) => r.code }, { header: "数", value: (r) => r.n }], rows)).toBe("\uFEFFコード,数\r\n0104,3\r\n");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII name, and the Japanese one as RFC 5987 filename* when it differs", () => {
    expect(attachmentDisposition("audit-log-20261123-2106.csv")).toBe('attachment; filename="audit-log-20261123-2106.csv"');
    expect(attachmentDisposition("a b.csv", "医療圏 (1).csv")).toBe(`attachment; filename="a_b.csv"; filename*=UTF-8''%E5%8C%BB%E7%99%82%E5%9C%8F%20%281%29.csv`);
  });
});
