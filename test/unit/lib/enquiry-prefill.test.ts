import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { enquiryPrefill } from "../../../src/lib/enquiry-prefill.ts";
import { dated } from "../../support/dated.ts";
import { method, persona } from "../engine/support.ts";

type Set = { version: number; answers: Record<string, unknown>; startDate: string };
const prefill = (set: Set) => enquiryPrefill(evaluate(method, dated(set as never)), set.answers as never);

describe("what talk to us fills in from the assessment", () => {
  it("a SOC 2 goal gives the report the engine starts with; a deadline gives the matching timing", () => {
    const one = persona("1-").answerSet as Set;
    expect(prefill(one)).toEqual({ interest: "soc2_type1", timing: "within_3m" });
    const two = persona("2-").answerSet as Set;
    const first = evaluate(method, dated(two as never)).soc2.engagement.firstReport;
    expect(prefill({ ...two, answers: { ...two.answers, target_frameworks: ["soc2"] } }).interest).toBe(
      first === "type2" ? "soc2_type2" : "soc2_type1",
    );
  });

  it("both frameworks, when ISO/IEC 42001 applies, are 'both'; ISO/IEC 42001 alone is 'iso42001'", () => {
    const five = persona("5-").answerSet as Set;
    expect(prefill({ ...five, answers: { ...five.answers, target_frameworks: ["soc2", "iso42001"] } }).interest).toBe(
      "both",
    );
    expect(prefill({ ...five, answers: { ...five.answers, target_frameworks: ["iso42001"] } }).interest).toBe(
      "iso42001",
    );
  });

  it("each deadline maps to one timing, and no deadline to not sure", () => {
    const one = persona("1-").answerSet as Set;
    const timing = (deadline: string | undefined) => {
      const answers = { ...one.answers };
      if (deadline === undefined) delete answers.report_deadline;
      else answers.report_deadline = deadline;
      return prefill({ ...one, answers }).timing;
    };
    expect(["within_6w", "within_3m", "3_6m", "6_12m", "over_12m", "none", undefined].map((d) => timing(d))).toEqual([
      "within_3m",
      "within_3m",
      "3_6m",
      "6_12m",
      "later",
      "not_sure",
      "not_sure",
    ]);
  });
});
