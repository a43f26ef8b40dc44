import { describe, expect, it } from "vitest";
import { buildIcs, escapeIcsText, foldIcsLine, nextDay } from "../../../src/lib/ics.ts";

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Reverses folding (RFC 5545 §3.1): a CRLF followed by one space or tab continues the previous line. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

const stamp = new Date("2026-11-27T08:30:15.123Z");

describe("iCalendar writer", () => {
  it("escapes backslashes, semicolons, commas and line breaks in text", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(unescapeText(escapeIcsText("a\\b;c,d\ne"))).toBe("a\\b;c,d\ne");
  });

  it("folds long lines at 75 octets and unfolds to the original", () => {
    const line = `SUMMARY:${"x".repeat(200)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBe(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(parts[0] as string)).toBe(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toEqual([line]);
  });

  it("never splits a multi-byte character when folding", () => {
    const line = `SUMMARY:${"第二類報告觀察期🗓".repeat(12)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive a round trip through UTF-8.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(unfold(folded)).toEqual([line]);
  });

  it("leaves lines of 75 octets or fewer alone", () => {
    const line = `SUMMARY:${"y".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldIcsLine(line)).toBe(line);
  });

  it("writes a calendar with CRLF line endings, the required properties and one all-day event per entry", () => {
    const text = buildIcs({
      prodId: "-//Example//Proposal workspace//EN",
      name: "Proposal timeline",
      stamp,
      events: [
        { uid: "soc2_engagement-2027-01-04@example.com", start: "2027-01-04", summary: "SOC 2: engagement starts" },
        {
          uid: "soc2_observation-2027-01-04@example.com",
          start: "2027-01-04",
          end: "2027-06-30",
          summary: "SOC 2: Type II observation period",
          description: "Planned; not a commitment, an estimate",
          categories: ["SOC 2"],
        },
        { uid: "year-end@example.com", start: "2027-12-31", summary: "Year end" },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfold(text).filter(Boolean);
    expect(lines.slice(0, 5)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Example//Proposal workspace//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3);
    expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(3);
    expect(lines.filter((l) => l === "DTSTAMP:20261127T083015Z")).toHaveLength(3);
    // A single day ends the next day (DTEND is exclusive); a period ends the day after its last day.
    expect(lines).toContain("DTSTART;VALUE=DATE:20270104");
    expect(lines).toContain("DTEND;VALUE=DATE:20270105");
    expect(lines).toContain("DTEND;VALUE=DATE:20270701");
    // Year boundaries roll over.
    expect(lines).toContain("DTEND;VALUE=DATE:20280101");
    expect(lines).toContain("DESCRIPTION:Planned\\; not a commitment\\, an estimate");
    expect(lines).toContain("UID:soc2_observation-2027-01-04@example.com");
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() =>
      buildIcs({ prodId: "-//x//y//EN", stamp, events: [{ uid: "a@b", start: "4 Jan 2027", summary: "x" }] }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it("counts the next day across month ends and leap years", () => {
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(nextDay("2027-02-28")).toBe("2027-03-01");
    expect(nextDay("2027-04-30")).toBe("2027-05-01");
  });
});
