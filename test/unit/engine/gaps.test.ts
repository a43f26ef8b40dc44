import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import { type Framework, findGaps, type GapContext } from "../../../src/engine/gaps.ts";
import type { MaturityQuestion } from "../../../src/engine/schema.ts";
import { control, method } from "./support.ts";

const points = method.estimation.scoring.levelPoints;

/** Gaps of these controls, each counting for SOC 2 unless `iso` lists it; Security and Availability in scope. */
function gaps(
  controls: readonly MaturityQuestion[],
  answers: Answers,
  context: Partial<GapContext> & { iso?: readonly string[]; none?: readonly string[] } = {},
) {
  const { iso = [], none = [], ...rest } = context;
  return findGaps(method, answers, {
    visibleControls: controls,
    frameworkOf: (q): Framework | undefined =>
      none.includes(q.id) ? undefined : iso.includes(q.id) ? "iso42001" : "soc2",
    soc2Categories: ["security", "availability"],
    soc2NeedsEvidence: true,
    applicableHk: new Set(),
    frameworkRank: { soc2: 1, iso42001: 1 },
    ...rest,
  });
}
const only = (controls: readonly MaturityQuestion[], answers: Answers, context = {}) => {
  const found = gaps(controls, answers, context);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("how serious a gap is", () => {
  const blocker = control({ blocker: true });
  const plain = control();

  it("a blocker question below the blocker level is a blocker", () => {
    expect(only([blocker], { [blocker.id]: "informal" })?.severity).toBe("blocker");
    expect(only([blocker], { [blocker.id]: "none" })?.severity).toBe("blocker");
  });

  it("a control not in place (none, don't know or unanswered) is high, an informal one medium", () => {
    expect(only([plain], { [plain.id]: "none" })?.severity).toBe("high");
    expect(only([plain], { [plain.id]: "unknown" })?.severity).toBe("high");
    expect(only([plain], {})?.severity).toBe("high");
    expect(only([plain], { [plain.id]: "informal" })?.severity).toBe("medium");
  });

  it('"documented but not evidenced" is a low gap where a SOC 2 Type II will test records over time', () => {
    expect(only([plain], { [plain.id]: "documented" })?.severity).toBe("low");
  });

  it('"documented" is no gap for SOC 2 when no Type II is planned', () => {
    expect(gaps([plain], { [plain.id]: "documented" }, { soc2NeedsEvidence: false })).toEqual([]);
    expect(gaps([plain], { [plain.id]: "informal" }, { soc2NeedsEvidence: false })).toHaveLength(1);
  });

  it('"documented" is always a low gap for ISO/IEC 42001, whose Stage 2 audit tests records', () => {
    const found = only([plain], { [plain.id]: "documented" }, { iso: [plain.id], soc2NeedsEvidence: false });
    expect(found).toMatchObject({ severity: "low", frameworks: ["iso42001"] });
  });

  it("evidenced and not-applicable controls are no gap", () => {
    const na = control({ allowNa: true });
    expect(gaps([plain, na], { [plain.id]: "evidenced", [na.id]: "na" })).toEqual([]);
  });

  it("a blocker question is not a blocker gap where it counts for no framework but a Hong Kong expectation makes it relevant", () => {
    const hk = control({ blocker: true, refs: { tsc: ["CC6.1"], iso: [], hk: ["hkma-tm-g-1"] } });
    const found = only([hk], { [hk.id]: "none" }, { none: [hk.id], applicableHk: new Set(["hkma-tm-g-1"]) });
    expect(found).toMatchObject({ severity: "high", frameworks: [], refs: { tsc: [], iso: [], hk: ["hkma-tm-g-1"] } });
  });

  it('"documented" is no gap where only a Hong Kong expectation makes the control relevant', () => {
    const hk = control({ refs: { tsc: ["CC6.1"], iso: [], hk: ["pcicso"] } });
    const context = { none: [hk.id], applicableHk: new Set(["pcicso"]) };
    expect(gaps([hk], { [hk.id]: "documented" }, context)).toEqual([]);
    expect(gaps([hk], { [hk.id]: "informal" }, context)).toHaveLength(1);
  });

  it("a control that counts for no framework and no applicable expectation is not a gap", () => {
    const hk = control({ refs: { tsc: ["CC6.1"], iso: [], hk: ["hkma-tm-g-1"] } });
    expect(gaps([hk], { [hk.id]: "none" }, { none: [hk.id] })).toEqual([]);
  });
});

describe("what a gap records", () => {
  it("the weighted distance from full marks, the answer and the domain", () => {
    const q = control({ weight: 3, domain: "change" });
    expect(only([q], { [q.id]: "informal" })).toMatchObject({
      questionId: q.id,
      domain: "change",
      answer: "informal",
      unknown: false,
      weightedDistance: Math.round(3 * (1 - points.informal) * 1000) / 1000,
      priority: 1,
    });
  });

  it("an answer that is not a maturity level is recorded as unanswered", () => {
    const q = control();
    expect(only([q], { [q.id]: 2 })).toMatchObject({ answer: "unanswered", severity: "high" });
  });

  it('"don\'t know" is flagged for follow-up; an unanswered control is recorded as unanswered', () => {
    const a = control();
    const b = control();
    const [first, second] = gaps([a, b], { [a.id]: "unknown" });
    expect(first).toMatchObject({ questionId: a.id, answer: "unknown", unknown: true });
    expect(second).toMatchObject({ questionId: b.id, answer: "unanswered", unknown: false });
  });

  it("criteria only of the categories in scope, ISO ids only when the control counts for ISO/IEC 42001, Hong Kong ids only when they apply", () => {
    const soc2 = control({ refs: { tsc: ["CC6.1", "A1.2", "P4.1"], iso: [], hk: ["pcpd-pdpo", "hkma-or-2"] } });
    expect(only([soc2], {}, { applicableHk: new Set(["hkma-or-2"]) })?.refs).toEqual({
      tsc: ["CC6.1", "A1.2"],
      iso: [],
      hk: ["hkma-or-2"],
    });
    const ai = control({ domain: "ai_risk", refs: { tsc: [], iso: ["6.1.2", "8.2"], hk: [] } });
    expect(only([ai], {}, { iso: [ai.id] })?.refs).toEqual({ tsc: [], iso: ["6.1.2", "8.2"], hk: [] });
  });

  it("a SOC 2 gap, or one only a Hong Kong expectation makes relevant, lists no ISO/IEC 42001 ids", () => {
    const mixed = control({ refs: { tsc: ["CC6.1"], iso: ["A.6.2.4"], hk: ["pcicso"] } });
    expect(only([mixed], {})?.refs.iso).toEqual([]);
    expect(only([mixed], {}, { none: [mixed.id], applicableHk: new Set(["pcicso"]) })?.refs).toEqual({
      tsc: [],
      iso: [],
      hk: ["pcicso"],
    });
  });

  it("an ISO/IEC 42001 gap lists no Trust Services criteria even when its control has some", () => {
    const mixed = control({ refs: { tsc: ["CC6.1"], iso: ["A.6.2.4"], hk: [] } });
    expect(only([mixed], {}, { iso: [mixed.id] })?.refs).toEqual({ tsc: [], iso: ["A.6.2.4"], hk: [] });
  });

  it("a criterion that is not a Trust Services id is never listed", () => {
    const odd = control({ refs: { tsc: ["CC6.1", "ZZ9.9"], iso: [], hk: [] } });
    expect(only([odd], {})?.refs.tsc).toEqual(["CC6.1"]);
  });
});

describe("the order of the gaps", () => {
  it("gaps of the client's goal framework come first, whatever their severity", () => {
    const soc2 = control({ weight: 1 });
    const ai = control({ weight: 3, blocker: true });
    const answers = { [soc2.id]: "informal", [ai.id]: "none" };
    const soc2First = gaps([ai, soc2], answers, { iso: [ai.id], frameworkRank: { soc2: 0, iso42001: 1 } });
    expect(soc2First.map((g) => g.questionId)).toEqual([soc2.id, ai.id]);
    const isoFirst = gaps([ai, soc2], answers, { iso: [ai.id], frameworkRank: { soc2: 1, iso42001: 0 } });
    expect(isoFirst.map((g) => g.questionId)).toEqual([ai.id, soc2.id]);
  });

  it("a gap only a Hong Kong expectation makes relevant comes after every framework's gaps", () => {
    const hk = control({ blocker: true, weight: 3, refs: { tsc: ["CC6.1"], iso: [], hk: ["pcicso"] } });
    const low = control({ weight: 1 });
    const found = gaps(
      [hk, low],
      { [hk.id]: "none", [low.id]: "documented" },
      {
        none: [hk.id],
        applicableHk: new Set(["pcicso"]),
        frameworkRank: { soc2: 1, iso42001: 2 },
      },
    );
    expect(found.map((g) => g.questionId)).toEqual([low.id, hk.id]);
  });

  it("within a framework, severity comes first: blocker, high, medium, low", () => {
    const low = control({ weight: 3 });
    const medium = control({ weight: 3 });
    const high = control({ weight: 1 });
    const blocker = control({ weight: 1, blocker: true });
    const answers = { [low.id]: "documented", [medium.id]: "informal", [high.id]: "none", [blocker.id]: "informal" };
    expect(gaps([low, medium, high, blocker], answers).map((g) => g.severity)).toEqual([
      "blocker",
      "high",
      "medium",
      "low",
    ]);
  });

  it("within a severity, the heavier control comes first, even when a lighter one is further from full marks", () => {
    const heavy = control({ weight: 3, blocker: true });
    const light = control({ weight: 2, blocker: true });
    const answers = { [heavy.id]: "informal", [light.id]: "none" };
    const found = gaps([light, heavy], answers);
    expect(found[0]?.weightedDistance).toBeLessThan(found[1]?.weightedDistance ?? 0);
    expect(found.map((g) => g.questionId)).toEqual([heavy.id, light.id]);
  });

  it("at the same severity and weight, the control further from full marks comes first", () => {
    const informal = control({ weight: 3, blocker: true });
    const none = control({ weight: 3, blocker: true });
    const found = gaps([informal, none], { [informal.id]: "informal", [none.id]: "none" });
    expect(found.map((g) => g.questionId)).toEqual([none.id, informal.id]);
  });

  it("otherwise gaps keep questionnaire order, and priorities number them from 1", () => {
    const a = control();
    const b = control();
    const c = control();
    const found = gaps([a, b, c], {});
    expect(found.map((g) => [g.questionId, g.priority])).toEqual([
      [a.id, 1],
      [b.id, 2],
      [c.id, 3],
    ]);
  });
});
