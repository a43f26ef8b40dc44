import { describe, expect, it } from "vitest";
import { sampleAnswers } from "../../../src/components/home/sample.ts";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { readMethod } from "../../../src/node/method-files.ts";

const method = readMethod();

describe("the home page's example result", () => {
  it("answers every question the questionnaire asks, with valid values", () => {
    // Strict parsing: an unknown question or option, or a value of the wrong type, is an issue.
    expect(parseAnswerSet(method, sampleAnswers)).toMatchObject({ ok: true });
    const result = evaluate(method, sampleAnswers);
    expect(result.completeness.missing).toEqual([]);
    expect(result.completeness.unknown).toEqual([]);
  });

  it("shows both frameworks, so the preview has a SOC 2 and an ISO/IEC 42001 figure", () => {
    const result = evaluate(method, sampleAnswers);
    expect(result.readiness.iso42001).not.toBeNull();
    expect(result.iso42001.applicable).toBe(true);
    expect(result.soc2.days.type1 ?? result.soc2.days.type2).toBeDefined();
  });
});
