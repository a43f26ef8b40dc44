import { describe, expect, it } from "vitest";
import { figureIds, figureQuestions, missingFigures } from "../../../src/engine/missing.ts";
import { quickQuestionIds } from "../../../src/engine/quick.ts";
import { method, persona } from "./support.ts";

const answersOf = (prefix: string) => (persona(prefix).answerSet as { answers: Record<string, never> }).answers;
const without = (answers: Record<string, never>, ...ids: string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

describe("figures the answers cannot support", () => {
  it("every question a figure reads exists, and every figure reads at least one", () => {
    const needs = figureQuestions(method);
    for (const figure of figureIds) {
      expect(needs[figure].length, figure).toBeGreaterThan(0);
      for (const id of needs[figure]) expect(method.questionsById.has(id), `${figure}: ${id}`).toBe(true);
    }
  });

  it("a complete answer set withholds nothing and assumes nothing", () => {
    for (const prefix of ["1-", "4-", "7-"]) {
      expect(missingFigures(method, answersOf(prefix), { quickOnly: false })).toEqual({ withheld: [], assumed: [] });
    }
  });

  it("an unanswered headcount withholds the SOC 2 audit days, and says which question to answer", () => {
    const result = missingFigures(method, without(answersOf("1-"), "headcount"), { quickOnly: false });
    expect(result.withheld).toEqual([{ figure: "soc2_days", questions: ["headcount"] }]);
  });

  it("an unanswered evidence question withholds the report type and everything built on it", () => {
    const result = missingFigures(method, without(answersOf("1-"), "evidence_months"), { quickOnly: false });
    expect(result.withheld.map((w) => w.figure)).toEqual(["soc2_report", "soc2_days", "deadline", "timeline"]);
  });

  it("a question that is not asked is never missing (the AI follow-ups of an organisation without AI)", () => {
    const result = missingFigures(method, answersOf("1-"), { quickOnly: false });
    expect(result.withheld.some((w) => w.figure === "iso_days")).toBe(false);
  });

  it("a quick check assumes the questions it does not ask, and withholds a figure only for an unanswered quick question", () => {
    const quick = new Set(quickQuestionIds(method));
    const answers = Object.fromEntries(Object.entries(answersOf("3-")).filter(([id]) => quick.has(id)));
    const first = missingFigures(method, answers, { quickOnly: true });
    expect(first.withheld).toEqual([]);
    expect(first.assumed).toContain("sites");
    expect(first.assumed.every((id) => !quick.has(id))).toBe(true);
    const noHeadcount = missingFigures(method, without(answers as Record<string, never>, "headcount"), {
      quickOnly: true,
    });
    expect(noHeadcount.withheld).toEqual([{ figure: "soc2_days", questions: ["headcount"] }]);
  });
});
