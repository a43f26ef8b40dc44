import { describe, expect, it } from "vitest";
import {
  checkAnswer,
  isIsoDate,
  migrations,
  parseAnswerSet,
  sanitizeAnswerSet,
  toggleOption,
} from "../../../src/engine/answers.ts";
import type { Question } from "../../../src/engine/schema.ts";
import { method, persona } from "./support.ts";

function question<T extends Question["type"]>(id: string, type: T): Extract<Question, { type: T }> {
  const found = method.questionsById.get(id);
  if (found?.type !== type) throw new Error(`${id} is not a ${type} question`);
  return found as Extract<Question, { type: T }>;
}
const current = method.questionnaire.version;

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

describe("one answer against its question", () => {
  const code = (q: Question, value: unknown) => checkAnswer(q, value)?.code;

  it("a single choice must be one of the question's options", () => {
    const hosting = question("hosting", "single");
    expect(code(hosting, "hybrid")).toBeUndefined();
    expect(code(hosting, "mainframe")).toBe("unknown_option");
    expect(code(hosting, ["hybrid"])).toBe("wrong_type");
    expect(checkAnswer(hosting, 7)).toEqual({ code: "wrong_type", questionId: "hosting", value: "7" });
  });

  it("a multiple choice is a non-empty list of distinct options, with an exclusive option only on its own", () => {
    const commitments = question("commitments", "multi");
    expect(code(commitments, ["uptime_sla", "confidential_nda"])).toBeUndefined();
    expect(code(commitments, ["none"])).toBeUndefined();
    expect(code(commitments, [])).toBe("empty_choice");
    expect(code(commitments, ["uptime_sla", "uptime_sla"])).toBe("wrong_type");
    expect(code(commitments, ["uptime_sla", 3])).toBe("wrong_type");
    expect(code(commitments, "uptime_sla")).toBe("wrong_type");
    expect(code(commitments, ["uptime_sla", "warp_drive"])).toBe("unknown_option");
    expect(code(commitments, ["none", "uptime_sla"])).toBe("exclusive_combined");
    expect(code(commitments, ["uptime_sla", "none"])).toBe("exclusive_combined");
  });

  it("a number is a whole number from the question's minimum to its maximum, both included", () => {
    const sites = question("sites", "number");
    expect(code(sites, sites.min)).toBeUndefined();
    expect(code(sites, sites.max)).toBeUndefined();
    expect(code(sites, sites.min - 1)).toBe("out_of_range");
    expect(code(sites, sites.max + 1)).toBe("out_of_range");
    expect(code(sites, 2.5)).toBe("not_integer");
    expect(code(sites, Number.NaN)).toBe("wrong_type");
    expect(code(sites, Number.POSITIVE_INFINITY)).toBe("wrong_type");
    expect(code(sites, "2")).toBe("wrong_type");
  });

  it('a maturity answer is a level, "don\'t know", or "not applicable" where the question allows it', () => {
    const withNa = method.controlQuestions.find((q) => q.allowNa);
    const withoutNa = method.controlQuestions.find((q) => !q.allowNa);
    if (!withNa || !withoutNa) throw new Error("the questionnaire has questions with and without n/a");
    for (const level of ["none", "informal", "documented", "evidenced", "unknown"]) {
      expect(code(withoutNa, level)).toBeUndefined();
    }
    expect(code(withNa, "na")).toBeUndefined();
    expect(code(withoutNa, "na")).toBe("na_not_allowed");
    expect(code(withoutNa, "perfect")).toBe("unknown_option");
    expect(code(withoutNa, 3)).toBe("unknown_option");
  });

  it("an offending value is quoted shortened to 60 characters", () => {
    const long = "x".repeat(61);
    expect(checkAnswer(question("hosting", "single"), long)?.value).toBe(`${"x".repeat(57)}...`);
    expect(checkAnswer(question("hosting", "single"), "y".repeat(60))?.value).toBe("y".repeat(60));
  });

  it("a value that cannot be written as JSON is quoted by its kind", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(checkAnswer(question("hosting", "single"), circular)?.value).toBe("[object Object]");
    expect(checkAnswer(question("hosting", "single"), undefined)?.value).toBe("undefined");
    expect(checkAnswer(question("hosting", "single"), 10n)?.value).toBe("[object BigInt]");
  });
});

describe("answer files", () => {
  it("a blank answer means not answered yet", () => {
    const parsed = parseAnswerSet(method, { version: current, answers: { hosting: null, sites: 2 } });
    expect(parsed.ok && parsed.value.answers).toEqual({ sites: 2 });
  });

  it("the version must be a whole number from 1 up to the questionnaire's", () => {
    for (const version of [0, -1, 1.5, "2", null]) {
      const parsed = parseAnswerSet(method, { version, answers: {} });
      expect(!parsed.ok && parsed.issues.map((i) => i.code), String(version)).toEqual(["bad_version"]);
    }
    const newer = parseAnswerSet(method, { version: current + 1, answers: {} });
    expect(!newer.ok && newer.issues).toEqual([{ code: "newer_version", value: String(current + 1) }]);
    expect(parseAnswerSet(method, { version: current, answers: {} })).toEqual({
      ok: true,
      value: { version: current, answers: {} },
    });
  });

  it("answers must be an object", () => {
    for (const answers of [null, [], "text", 3]) {
      const parsed = parseAnswerSet(method, { version: current, answers });
      expect(!parsed.ok && parsed.issues).toEqual([{ code: "not_an_object" }]);
    }
  });

  it("a start date must be a date written as text, not a list holding one", () => {
    expect(isIsoDate(["2027-01-05"])).toBe(false);
    const parsed = parseAnswerSet(method, { version: current, answers: {}, startDate: ["2027-01-05"] });
    expect(!parsed.ok && parsed.issues.map((i) => i.code)).toEqual(["bad_start_date"]);
  });

  it("a valid start date is kept; an invalid one is reported and dropped", () => {
    const kept = parseAnswerSet(method, { version: current, answers: {}, startDate: "2028-02-29" });
    expect(kept.ok && kept.value.startDate).toBe("2028-02-29");
    const lenient = sanitizeAnswerSet(method, { version: current, answers: { sites: 2 }, startDate: "tomorrow" });
    expect(lenient.value).toEqual({ version: current, answers: { sites: 2 } });
    expect(lenient.issues).toEqual([{ code: "bad_start_date", value: "tomorrow" }]);
  });

  it("lists are copied, so later edits of the input never change the answers", () => {
    const roles = ["user"];
    const parsed = parseAnswerSet(method, { version: current, answers: { ai_roles: roles } });
    roles.push("producer");
    expect(parsed.ok && parsed.value.answers.ai_roles).toEqual(["user"]);
  });

  it("the malformed input is reported, not thrown, by the lenient reader too", () => {
    expect(sanitizeAnswerSet(method, "text")).toEqual({
      value: { version: current, answers: {} },
      issues: [{ code: "not_an_object" }],
    });
  });
});

describe("migrations between questionnaire versions", () => {
  it("there is one migration for every earlier version", () => {
    for (let v = 1; v < current; v++) expect(migrations[v], `from ${v}`).toBeTypeOf("function");
  });

  it('version 1 -> 2: the withdrawn regulated status "listed" is dropped, and a list left empty becomes "none"', () => {
    const kept = parseAnswerSet(method, { version: 1, answers: { regulated_status: ["listed", "svf"] } });
    expect(kept.ok && kept.value.answers.regulated_status).toEqual(["svf"]);
    const emptied = parseAnswerSet(method, { version: 1, answers: { regulated_status: ["listed"] } });
    expect(emptied.ok && emptied.value.answers.regulated_status).toEqual(["none"]);
  });

  it("version 1 -> 2: the goal is both frameworks when AI roles were given, SOC 2 alone when there were none", () => {
    const withAi = parseAnswerSet(method, { version: 1, answers: { ai_roles: ["user"] } });
    expect(withAi.ok && withAi.value.answers.target_frameworks).toEqual(["soc2", "iso42001"]);
    const withoutAi = parseAnswerSet(method, { version: 1, answers: { ai_roles: ["none"] } });
    expect(withoutAi.ok && withoutAi.value.answers.target_frameworks).toEqual(["soc2"]);
    const unanswered = parseAnswerSet(method, { version: 1, answers: {} });
    expect(unanswered.ok && unanswered.value.answers.target_frameworks).toBeUndefined();
  });

  it("version 1 -> 2 keeps a goal that was already given and every other answer", () => {
    const parsed = parseAnswerSet(method, {
      version: 1,
      answers: { ai_roles: ["user"], target_frameworks: ["iso42001"], hosting: "hybrid" },
    });
    expect(parsed.ok && parsed.value.answers).toEqual({
      ai_roles: ["user"],
      target_frameworks: ["iso42001"],
      hosting: "hybrid",
    });
  });

  it("migrated answers say which version they came from and carry the current version", () => {
    const parsed = parseAnswerSet(method, { version: 1, answers: { sites: 2 } });
    expect(parsed).toEqual({ ok: true, value: { version: current, answers: { sites: 2 } }, migratedFrom: 1 });
    expect(parseAnswerSet(method, { version: current, answers: {} })).toStrictEqual({
      ok: true,
      value: { version: current, answers: {} },
    });
    expect(sanitizeAnswerSet(method, { version: 1, answers: {} }).migratedFrom).toBe(1);
    expect("migratedFrom" in sanitizeAnswerSet(method, { version: current, answers: {} })).toBe(false);
  });

  it("a questionnaire version that changed no saved answer needs no migration step", () => {
    const questionnaire = { ...method.questionnaire, version: current + 1 };
    const newer = { ...method, questionnaire };
    const parsed = parseAnswerSet(newer, { version: current, answers: { sites: 2 } });
    expect(parsed).toEqual({ ok: true, value: { version: current + 1, answers: { sites: 2 } }, migratedFrom: current });
  });

  it("a version 2 set is not migrated: a regulated status left as given is checked as it is", () => {
    const parsed = parseAnswerSet(method, { version: 2, answers: { regulated_status: ["listed"] } });
    expect(!parsed.ok && parsed.issues.map((i) => i.code)).toEqual(["unknown_option"]);
  });
});

describe("choosing options of a multiple-choice question", () => {
  const commitments = question("commitments", "multi");

  it("choosing an option adds it, in the question's order", () => {
    expect(toggleOption(commitments, ["transaction_processing"], "uptime_sla")).toEqual([
      "uptime_sla",
      "transaction_processing",
    ]);
  });

  it("choosing an exclusive option clears the others", () => {
    expect(toggleOption(commitments, ["uptime_sla", "confidential_nda"], "none")).toEqual(["none"]);
  });

  it("choosing any other option clears the exclusive one", () => {
    expect(toggleOption(commitments, ["none"], "confidential_nda")).toEqual(["confidential_nda"]);
  });

  it("choosing a chosen option again removes it, and removing the last leaves nothing chosen", () => {
    expect(toggleOption(commitments, ["uptime_sla", "confidential_nda"], "uptime_sla")).toEqual(["confidential_nda"]);
    expect(toggleOption(commitments, ["none"], "none")).toBeUndefined();
  });
});
