import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { warekiOfInput } from "@/lib/dates/date-input";
import { WarekiEcho } from "./wareki-echo";

describe("warekiOfInput", () => {
  it("gives a date input's value in 和暦, and nothing for no date or text that is not one", () => {
    expect(warekiOfInput("2026-11-25")).toBe("令和8年11月25日");
    expect(warekiOfInput("2019-05-01")).toBe("令和元年5月1日");
    expect(warekiOfInput("2019-04-30")).toBe("平成31年4月30日");
    expect(warekiOfInput("")).toBe("");
    expect(warekiOfInput(null)).toBe("");
    expect(warekiOfInput("2026-13-45")).toBe("");
    expect(warekiOfInput("2026/11/25")).toBe("");
  });

  it("gives a datetime-local input's value as the day and time in Japan", () => {
    expect(warekiOfInput("2026-06-30T17:00")).toBe("令和8年6月30日 17:00");
    expect(warekiOfInput("2026-06-30T09:05:30")).toBe("令和8年6月30日 9:05");
    expect(warekiOfInput("2026-06-30T00:00")).toBe("令和8年6月30日 0:00");
    expect(warekiOfInput("2026-06-30T24:00")).toBe("");
    expect(warekiOfInput("2026-02-30T10:00")).toBe("");
  });
});

describe("WarekiEcho as the server draws it (and a page without JavaScript shows it)", () => {
  it("shows the default value's 和暦 under the id the input is described by", () => {
    const html = renderToStaticMarkup(<WarekiEcho inputId="due" initial="2027-03-31" />);
    expect(html).toContain('id="due-wareki"');
    expect(html).toContain("和暦：令和9年3月31日");
  });

  it("shows a controlled input's value, and an empty line for none", () => {
    expect(renderToStaticMarkup(<WarekiEcho inputId="f-from" value="2026-04-01" initial="2020-01-01" />)).toContain("和暦：令和8年4月1日");
    const empty = renderToStaticMarkup(<WarekiEcho inputId="f-to" value="" />);
    expect(empty).toContain('id="f-to-wareki"');
    expect(empty).not.toContain("和暦");
  });
});
