import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { isQuickOnly, quickLimit, quickMethod, quickQuestionIds } from "../../../src/engine/quick.ts";
import { resolveVisibility } from "../../../src/engine/visibility.ts";
import { propertyTimeout } from "../../support/property-runs.ts";
import { randomAnswerSet } from "../../support/random-answers.ts";
import { method, persona } from "./support.ts";

const quick = new Set(quickQuestionIds(method));
const fixture = (prefix: string) =>
  persona(prefix).answerSet as { answers: Record<string, unknown>; startDate: string };
const only = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => quick.has(id))) as Record<string, never>;

describe("the quick check", () => {
  it("asks at most 15 questions, whatever the answers reveal", { timeout: propertyTimeout }, () => {
    expect(quick.size).toBeGreaterThan(0);
    expect(quick.size).toBeLessThanOrEqual(quickLimit);
    const cut = quickMethod(method);
    for (let seed = 0; seed < 200; seed++) {
      const visible = resolveVisibility(cut, randomAnswerSet(method, seed).answers).visibleIds;
      expect(visible.size).toBeLessThanOrEqual(quickLimit);
    }
  });

  it("asks the profile facts that decide the report type, criteria and audit days, and some key controls", () => {
    for (const id of [
      "headcount",
      "commitments",
      "personal_data_scope",
      "evidence_months",
      "report_deadline",
      "ai_roles",
    ]) {
      expect(quick.has(id), id).toBe(true);
    }
    expect([...quick].some((id) => method.questionsById.get(id)?.type === "maturity")).toBe(true);
  });

  it("a quick-only answer set is recognised; one answer outside the set makes it a full assessment", () => {
    const answers = only(fixture("1-").answers);
    expect(isQuickOnly(method, answers)).toBe(true);
    expect(isQuickOnly(method, { ...answers, sites: 2 })).toBe(false);
    expect(isQuickOnly(method, {})).toBe(false);
  });

  it("the first estimate is the engine's evaluation over the quick questions only", () => {
    const { answers: all, startDate } = fixture("2-");
    const answers = only(all);
    const first = evaluate(quickMethod(method), { version: 3, answers, startDate });
    expect(first.visibleQuestions.every((id) => quick.has(id))).toBe(true);
    expect(first.completeness.missing).toEqual([]);
    // The same rules: criteria and ISO applicability read the same answers as a full evaluation would.
    const full = evaluate(method, { version: 3, answers, startDate });
    expect(first.soc2.criteria.included).toEqual(full.soc2.criteria.included);
    expect(first.iso42001.applicable).toBe(full.iso42001.applicable);
  });
});
