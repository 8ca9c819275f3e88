import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { boundOnce, jsonRowsSql } from "./db-json-sql";

describe("boundOnce", () => {
  const day = "2026-11-25";
  const statement = (code: string) =>
    jsonRowsSql([
      Prisma.sql`SELECT json_build_object('a', ${1}, 'on', ${day}::date, 'code', ${code})::text AS json`,
      Prisma.sql`SELECT json_build_object('b', ${1}, 'on', ${day}::date, 'at', ${new Date(`${day}T00:00:00Z`)}::date, 'in', ${["A", "B"]}::text[], 'again', ${["A", "B"]}::text[])::text AS json`,
    ]);

  it("binds each distinct value once and repeats its placeholder", () => {
    const { text, values } = boundOnce(statement("0105"));
    expect(values).toEqual([1, day, "0105", new Date(`${day}T00:00:00Z`), ["A", "B"]]);
    expect(text.match(/\$\d+/g)).toEqual(["$1", "$2", "$3", "$1", "$2", "$4", "$5", "$5"]);
  });

  it("keeps a date apart from the same day as text, and a number apart from the same digits as text", () => {
    const { values } = boundOnce(Prisma.sql`SELECT ${"1"}, ${1}, ${day}, ${new Date(`${day}T00:00:00Z`)}`);
    expect(values).toHaveLength(4);
  });

  it("binds other objects (JSON, bytes) where each appears, without comparing them", () => {
    const { text, values } = boundOnce(Prisma.sql`SELECT ${{ a: 1 }}::jsonb, ${{ b: 2 }}::jsonb, ${{ a: 1 }}::jsonb`);
    expect(values).toEqual([{ a: 1 }, { b: 2 }, { a: 1 }]);
    expect(text).toBe("SELECT $1::jsonb, $2::jsonb, $3::jsonb");
  });

  it("gives the same text for other values of the same statement", () => {
    const a = boundOnce(statement("0105"));
    const b = boundOnce(statement("0104"));
    expect(b.text).toBe(a.text);
    expect(b.values[2]).toBe("0104");
  });
});
