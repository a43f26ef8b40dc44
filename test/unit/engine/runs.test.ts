import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { compareRuns, snapshotRun } from "../../../src/engine/runs.ts";
import { method, persona } from "./support.ts";

type Fixture = { version: number; answers: Record<string, string>; startDate: string };

describe("progress between two runs", () => {
  const set = persona("1-").answerSet as Fixture;
  const before = snapshotRun(evaluate(method, set), "2027-01-04");

  it("a run compared with itself shows no change", () => {
    expect(compareRuns(before, before)).toEqual({
      previous: before,
      scores: { overall: 0, soc2: 0, iso42001: null },
      closed: [],
      opened: [],
      sameMethod: true,
    });
  });

  it("improving a control closes its gap and raises the score; a weaker answer opens a gap", () => {
    const first = snapshotRun(
      evaluate(method, { ...set, answers: { ...set.answers, hr_terms: "evidenced" } }),
      "2027-01-04",
    );
    const better = evaluate(method, {
      ...set,
      answers: { ...set.answers, acc_reviews: "evidenced", hr_terms: "none" },
    });
    const after = snapshotRun(better, "2027-03-01");
    const change = compareRuns(first, after);
    expect(first.gaps.some((g) => g.id === "hr_terms")).toBe(false);
    expect(change.closed).toContain("acc_reviews");
    expect(change.opened).toContain("hr_terms");
    expect(change.scores.soc2).toBe(Math.round((after.scores.soc2 - first.scores.soc2) * 10) / 10);
  });

  it("a gap saved under a version-2 question id stands for each of its parts", () => {
    const old = { ...before, questionnaireVersion: 2, gaps: [{ id: "pol_set", severity: "medium" }] };
    const now = { ...before, gaps: [{ id: "pol_access_use", severity: "medium" }] };
    const change = compareRuns(old, now);
    expect(change.opened).toEqual([]);
    expect(change.closed).toEqual(["pol_operations", "pol_vendor_data"]);
  });

  it("says when the method version differs", () => {
    expect(compareRuns({ ...before, methodVersion: "2026.11.1" }, before).sameMethod).toBe(false);
  });
});
