import { describe, expect, it } from "vitest";
import { isIsoDate, parseAnswerSet, sanitizeAnswerSet } from "../../../src/engine/answers.ts";
import { method, persona } from "./support.ts";

const valid = persona("1-").answerSet as { version: number; answers: Record<string, unknown>; startDate: string };

describe("answer validation", () => {
  it("accepts a persona's answers unchanged", () => {
    const parsed = parseAnswerSet(method, valid);
    expect(parsed.ok && parsed.value.answers).toEqual(valid.answers);
  });

  it("lists every problem with its question, instead of stopping at the first", () => {
    const parsed = parseAnswerSet(method, {
      version: 1,
      startDate: "2027-02-30",
      answers: {
        ...valid.answers,
        headcount: 12.5,
        sites: 0,
        industry: "space_mining",
        commitments: ["none", "uptime_sla"],
        gov_owner: "maybe",
        enc_rest: "na",
        no_such_question: "x",
        report_requesters: [],
      },
    });
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues.map((i) => `${i.questionId ?? "-"}:${i.code}`);
    expect(issues.sort()).toEqual(
      [
        "headcount:not_integer",
        "sites:out_of_range",
        "industry:unknown_option",
        "commitments:exclusive_combined",
        "gov_owner:unknown_option",
        "enc_rest:na_not_allowed",
        "no_such_question:unknown_question",
        "report_requesters:empty_choice",
        "-:bad_start_date",
      ].sort(),
    );
  });

  it("rejects answers from a newer questionnaire and malformed files without throwing", () => {
    for (const raw of [
      null,
      42,
      "text",
      [],
      { version: 99, answers: {} },
      { version: "1", answers: {} },
      { version: 1 },
    ]) {
      const parsed = parseAnswerSet(method, raw);
      expect(parsed.ok).toBe(false);
    }
    const newer = parseAnswerSet(method, { version: 99, answers: {} });
    expect(!newer.ok && newer.issues[0]?.code).toBe("newer_version");
  });

  it("stale or tampered saved answers keep what is valid and report what was dropped", () => {
    const result = sanitizeAnswerSet(method, {
      version: 1,
      answers: { ...valid.answers, headcount: "lots", acc_mfa: "evidenced", bogus: 1 },
    });
    expect(result.value.answers.acc_mfa).toBe("evidenced");
    expect(result.value.answers.headcount).toBeUndefined();
    expect(result.issues.map((i) => i.code).sort()).toEqual(["unknown_question", "wrong_type"]);
  });

  it("reads only real calendar dates", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-1-05")).toBe(false);
    expect(isIsoDate(20270105)).toBe(false);
  });
});
