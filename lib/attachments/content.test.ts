import { describe, expect, it } from "vitest";
import { safeFileName, sniffFileKind } from "./content";

const bytes = (s: string | number[]) => (typeof s === "string" ? new Uint8Array(Buffer.from(s, "latin1")) : new Uint8Array(s));

describe("sniffFileKind", () => {
  it("knows files by their bytes", () => {
    expect(sniffFileKind(bytes("%PDF-1.7\n..."))).toBe("pdf");
    expect(sniffFileKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(sniffFileKind(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffFileKind(bytes("PK\u0003\u0004....[Content_Types].xml...xl/workbook.xml"))).toBe("xlsx");
    expect(sniffFileKind(bytes("PK\u0003\u0004....word/document.xml"))).toBe("docx");
  });
  it("refuses anything else, whatever its name says", () => {
    expect(sniffFileKind(bytes("PK\u0003\u0004....evil.exe"))).toBeNull();
    expect(sniffFileKind(bytes("<html><script>"))).toBeNull();
    expect(sniffFileKind(bytes("MZ\u0090\u0000"))).toBeNull();
    expect(sniffFileKind(new Uint8Array())).toBeNull();
  });
  it("makes names safe", () => {
    expect(safeFileName("../../etc/passwd", "x")).toBe(".._.._etc_passwd");
    expect(safeFileName("  ", "見積書.pdf")).toBe("見積書.pdf");
  });
});
