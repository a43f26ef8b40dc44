import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWeeks } from "../../../src/engine/dates.ts";

describe("calendar arithmetic", () => {
  it("adds months and clamps to the end of shorter months", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-11-15", 3)).toBe("2028-02-15");
    expect(addMonths("2027-05-10", -12)).toBe("2026-05-10");
  });

  it("adds days and weeks across year ends", () => {
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addWeeks("2027-12-20", 2)).toBe("2028-01-03");
  });
});

describe("calendar arithmetic: fractions, negatives and leap years", () => {
  it("a fraction of a month counts as that share of 30 days, after the whole months", () => {
    expect(addMonths("2027-01-04", 1.5)).toBe("2027-02-19");
    expect(addMonths("2027-01-04", 0.5)).toBe("2027-01-19");
    expect(addMonths("2027-01-31", 1.5)).toBe("2027-03-15");
  });

  it("whole months only move the month, clamping the day; zero months changes nothing", () => {
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2027-06-15", 0)).toBe("2027-06-15");
    expect(addMonths("2027-12-15", 1)).toBe("2028-01-15");
  });

  it("a fraction of a week rounds to whole days", () => {
    expect(addWeeks("2027-01-04", 0.5)).toBe("2027-01-08");
    expect(addWeeks("2027-01-04", 1.5)).toBe("2027-01-15");
    expect(addWeeks("2027-01-04", -1)).toBe("2026-12-28");
  });

  it("days count backwards too, across month and leap-day ends", () => {
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2027-01-04", 0)).toBe("2027-01-04");
  });

  it("a date missing its month or day counts from the first", () => {
    expect(addDays("2027", 0)).toBe("2027-01-01");
    expect(addDays("2027-05", 1)).toBe("2027-05-02");
  });
});
