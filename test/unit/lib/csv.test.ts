import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../src/lib/csv.ts";

describe("CSV export cells", () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["+852 9123 4567", "'+852 9123 4567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
    ["＝1+1", "'＝1+1"],
  ])("neutralises a cell that a spreadsheet would run as a formula: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell("Acme, Ltd")).toBe('"Acme, Ltd"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("陳大文")).toBe("陳大文");
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("writes numbers, booleans and blanks plainly", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(true)).toBe("yes");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("writes a UTF-8 byte order mark, a header and CRLF-terminated rows", () => {
    expect(toCsv(["a", "b"], [["=x", 1]])).toBe("\uFEFFa,b\r\n'=x,1\r\n");
  });
});
