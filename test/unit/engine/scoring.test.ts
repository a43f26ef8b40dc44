import { describe, expect, it } from "vitest";
import { bandIds, maturityLevels } from "../../../src/engine/constants.ts";
import { bandFor, isBlocker, pointsOf, rankOf, scoreQuestions } from "../../../src/engine/scoring.ts";
import { control, keys, method, step, withEstimation } from "./support.ts";

const scoring = method.estimation.scoring;
const points = scoring.levelPoints;
const bands = scoring.bands;
const order = bands.map((b) => b.id);
const cap = scoring.blockerBandCap;
const blockerLevel = maturityLevels.indexOf(scoring.blockerBelow);

describe("points and ranks of a maturity answer", () => {
  it("each maturity level scores its points from the method", () => {
    for (const level of maturityLevels) expect(pointsOf(level, method.estimation)).toBe(points[level]);
  });

  it('"don\'t know" and no answer score as a gap, "not applicable" is left out, and anything else scores nothing', () => {
    expect(pointsOf("unknown", method.estimation)).toBe(points.unknown);
    expect(pointsOf(undefined, method.estimation)).toBe(points.unknown);
    expect(pointsOf("na", method.estimation)).toBeUndefined();
    expect(pointsOf("sometimes", method.estimation)).toBe(0);
  });

  it("\"don't know\" and no answer score the method's points for an unknown answer, whatever they are", () => {
    const using = withEstimation((e) => {
      e.scoring.levelPoints.unknown = 0.2;
    });
    expect(pointsOf("unknown", using.estimation)).toBe(0.2);
    expect(pointsOf(undefined, using.estimation)).toBe(0.2);
    const q = control();
    expect(scoreQuestions(using, [q], { [q.id]: "unknown" }).score).toBe(20);
  });

  it("ranks follow the maturity scale, and an unknown or missing answer ranks as not in place", () => {
    expect(maturityLevels.map((level) => rankOf(level))).toEqual([0, 1, 2, 3]);
    expect(rankOf("unknown")).toBe(0);
    expect(rankOf(undefined)).toBe(0);
    expect(rankOf("na")).toBe(0);
  });
});

describe("blockers", () => {
  const blocker = control({ blocker: true });

  it("a blocker question answered below the blocker level stops an audit; at the level it does not", () => {
    expect(blockerLevel).toBeGreaterThan(0);
    const below = maturityLevels[blockerLevel - 1];
    expect(isBlocker(blocker, below, method.estimation)).toBe(true);
    expect(isBlocker(blocker, scoring.blockerBelow, method.estimation)).toBe(false);
    for (const level of maturityLevels.slice(blockerLevel))
      expect(isBlocker(blocker, level, method.estimation)).toBe(false);
  });

  it('"don\'t know" or no answer on a blocker question is a blocker; "not applicable" is not', () => {
    expect(isBlocker(blocker, "unknown", method.estimation)).toBe(true);
    expect(isBlocker(blocker, undefined, method.estimation)).toBe(true);
    expect(isBlocker(blocker, "na", method.estimation)).toBe(false);
  });

  it("a question not marked as a blocker never blocks", () => {
    expect(isBlocker(control({ blocker: false }), "none", method.estimation)).toBe(false);
  });
});

describe("readiness bands", () => {
  it("a score at a band's minimum is in that band, and just below it in the next one", () => {
    bands.forEach((band, i) => {
      expect(bandFor(band.min, 0, method.estimation)).toEqual({ band: band.id, capped: false });
      const next = bands[i + 1];
      if (next) expect(bandFor(band.min - 0.1, 0, method.estimation).band).toBe(next.id);
    });
    expect(bandFor(100, 0, method.estimation).band).toBe(order[0]);
  });

  it("with a blocker, a better band is capped at the blocker cap and says so", () => {
    const better = bands.slice(0, order.indexOf(cap));
    expect(better.length).toBeGreaterThan(0);
    for (const band of better) expect(bandFor(band.min, 1, method.estimation)).toEqual({ band: cap, capped: true });
  });

  it("with a blocker, a band at or below the cap is left as it is: blockers never raise a band", () => {
    for (const band of bands.slice(order.indexOf(cap))) {
      expect(bandFor(band.min, 2, method.estimation)).toEqual({ band: band.id, capped: false });
    }
  });

  it("the shipped bands are the firm's four readiness bands, best first", () => {
    expect(order).toEqual([...bandIds]);
  });
});

describe("weighted readiness score", () => {
  it("is the weight-averaged points, as a percentage with one decimal", () => {
    const a = control({ weight: 3 });
    const b = control({ weight: 1 });
    const result = scoreQuestions(method, [a, b], { [a.id]: "documented", [b.id]: "informal" });
    const expected = Math.round(((points.documented * 3 + points.informal * 1) / 4) * 1000) / 10;
    expect(result.score).toBe(expected);
    expect(result.counted).toBe(2);
    expect(result.band).toBe(bandFor(expected, 0, method.estimation).band);
  });

  it("rounds to one decimal: two thirds is 66.7, not 66.6 or 67", () => {
    const full = control({ weight: 2 });
    const empty = control({ weight: 1 });
    const result = scoreQuestions(method, [full, empty], { [full.id]: "evidenced", [empty.id]: "none" });
    expect(points.evidenced).toBe(1);
    expect(points.none).toBe(0);
    expect(result.score).toBe(66.7);
  });

  it('"not applicable" answers are left out of the average and the count', () => {
    const a = control({ allowNa: true });
    const b = control();
    const result = scoreQuestions(method, [a, b], { [a.id]: "na", [b.id]: "evidenced" });
    expect(result.score).toBe(100);
    expect(result.counted).toBe(1);
  });

  it("no counted question gives 0, and the trace says there was nothing to score", () => {
    const a = control({ allowNa: true });
    const result = scoreQuestions(method, [a], { [a.id]: "na" });
    expect(result.score).toBe(0);
    expect(result.counted).toBe(0);
    expect(result.evidencedShare).toBe(0);
    expect(keys(result.trace)).toEqual(["trace.readiness.no_questions"]);
  });

  it("lists the blocker questions and caps the band, tracing both", () => {
    const blocker = control({ blocker: true, weight: 1 });
    const others = [control({ weight: 3 }), control({ weight: 3 }), control({ weight: 3 })];
    const answers = Object.fromEntries([[blocker.id, "none"], ...others.map((q) => [q.id, "evidenced"])]);
    const result = scoreQuestions(method, [blocker, ...others], answers);
    expect(result.score).toBe(90);
    expect(result.blockers).toEqual([blocker.id]);
    expect(result.band).toBe(cap);
    expect(step(result.trace, "trace.readiness.blockers")).toEqual({
      key: "trace.readiness.blockers",
      params: { count: 1 },
      answers: [blocker.id],
    });
    expect(step(result.trace, "trace.readiness.capped").params).toEqual({ band: { key: `band.${cap}` } });
  });

  it("a low band with a blocker is not traced as capped", () => {
    const blocker = control({ blocker: true });
    const result = scoreQuestions(method, [blocker], { [blocker.id]: "none" });
    expect(result.band).toBe(order[order.length - 1]);
    expect(keys(result.trace)).toContain("trace.readiness.blockers");
    expect(keys(result.trace)).not.toContain("trace.readiness.capped");
  });

  it("the evidenced share counts answers at the Type II level among counted questions", () => {
    const qs = [control(), control(), control(), control({ allowNa: true })];
    const answers = { [qs[0]?.id ?? ""]: "evidenced", [qs[1]?.id ?? ""]: "documented", [qs[2]?.id ?? ""]: "unknown" };
    answers[qs[3]?.id ?? ""] = "na";
    const result = scoreQuestions(method, qs, answers);
    expect(scoring.typeIILevel).toBe("evidenced");
    expect(result.evidencedShare).toBe(33.3);
  });

  it("the trace gives the score, the count and the band, then flags don't-know and unanswered questions", () => {
    const known = control();
    const unsure = control();
    const open = control();
    const result = scoreQuestions(method, [known, unsure, open], { [known.id]: "evidenced", [unsure.id]: "unknown" });
    expect(step(result.trace, "trace.readiness.score")).toEqual({
      key: "trace.readiness.score",
      params: { score: result.score, counted: 3, band: { key: `band.${result.band}` } },
      source: "estimation.yaml#scoring.levelPoints",
    });
    expect(step(result.trace, "trace.readiness.unknown")).toMatchObject({ params: { count: 1 }, answers: [unsure.id] });
    expect(step(result.trace, "trace.readiness.unanswered")).toMatchObject({
      params: { count: 1 },
      answers: [open.id],
    });
    expect(keys(result.trace)).not.toContain("trace.readiness.blockers");
  });

  it("a fully evidenced set traces only its score", () => {
    const q = control();
    expect(keys(scoreQuestions(method, [q], { [q.id]: "evidenced" }).trace)).toEqual(["trace.readiness.score"]);
  });

  it("a non-string answer counts as unanswered", () => {
    const q = control();
    const result = scoreQuestions(method, [q], { [q.id]: 3 });
    expect(result.score).toBe(points.unknown * 100);
    expect(step(result.trace, "trace.readiness.unanswered").answers).toEqual([q.id]);
  });
});
