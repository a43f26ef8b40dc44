import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { quickMethod, quickQuestionIds } from "../../../src/engine/quick.ts";
import { assessResults } from "../../../src/engine/results.ts";
import { method, persona } from "./support.ts";

type Fixture = { version: number; answers: Record<string, never>; startDate: string };
const setOf = (prefix: string) => persona(prefix).answerSet as Fixture;

describe("the results of one answer set", () => {
  it("a complete answer set: the engine's own assessment, nothing missing", () => {
    for (const prefix of ["1-", "6-"]) {
      const set = setOf(prefix);
      const results = assessResults(method, set);
      expect(results.quickOnly).toBe(false);
      expect(results.assessment).toEqual(evaluate(method, set));
      expect(results.missing.withheld).toEqual([]);
    }
  });

  it("a quick check only: a first estimate evaluated over the quick questions", () => {
    const set = setOf("4-");
    const quick = new Set(quickQuestionIds(method));
    const answers = Object.fromEntries(Object.entries(set.answers).filter(([id]) => quick.has(id)));
    const results = assessResults(method, { ...set, answers });
    expect(results.quickOnly).toBe(true);
    expect(results.assessment).toEqual(evaluate(quickMethod(method), { ...set, answers }));
    expect(results.missing.assumed.length).toBeGreaterThan(0);
  });
});
