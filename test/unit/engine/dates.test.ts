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
