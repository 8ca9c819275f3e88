import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv } from "./csv-parse";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF or LF", () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\n')).toEqual([
      ["a", "b,c", 'd"e'],
      ["f\ng", "h"],
    ]);
  });

  it("keeps empty fields and a last line without a line break", () => {
    expect(parseCsv("a,,c\n,b,")).toEqual([
      ["a", "", "c"],
      ["", "b", ""],
    ]);
  });
});

describe("decodeCsvBytes", () => {
  it("drops a UTF-8 BOM and reads UTF-8 without one", () => {
    const utf8 = new TextEncoder().encode("名称,種別");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("名称,種別");
    expect(decodeCsvBytes(utf8)).toBe("名称,種別");
  });

  it("falls back to Shift_JIS", () => {
    // 「名称」 in Shift_JIS.
    expect(decodeCsvBytes(new Uint8Array([0x96, 0xbc, 0x8f, 0xcc]))).toBe("名称");
  });
});
