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

describe("public results and the firm's indicative day rates", () => {
  it("without rates no day figure has a fee; with them every figure has one, from the engine's fee rule", () => {
    const set = setOf("5-");
    expect(assessResults(method, set).outlook.days.every((d) => d.fee === undefined)).toBe(true);
    const settings = {
      dayRates: {
        currency: "HKD",
        soc2: [12000, 18000] as [number, number],
        iso42001: [14000, 20000] as [number, number],
      },
    };
    const withRates = assessResults(method, set, settings);
    expect(withRates.outlook.days.length).toBeGreaterThan(0);
    expect(withRates.outlook.days.every((d) => d.fee?.currency === "HKD")).toBe(true);
    // The same fee rule as the proposal's fees (the engine's `fee`), figure by figure.
    const proposal = withRates.assessment.proposal;
    const iso = proposal.iso42001.applicable ? proposal.iso42001.fees : undefined;
    const expected: Record<string, unknown> = {
      soc2_type1: proposal.soc2.fees?.type1,
      soc2_type2: proposal.soc2.fees?.type2,
      iso_initial: iso?.initial,
      iso_cycle: iso?.cycle,
    };
    const compared = withRates.outlook.days.filter((d) => expected[d.id] !== undefined);
    expect(compared.length).toBeGreaterThan(1);
    for (const figure of compared) expect(figure.fee, figure.id).toEqual(expected[figure.id]);
  });
});
