import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswerSet, sanitizeAnswerSet } from "../../../src/engine/answers.ts";
import { type Assessment, evaluate } from "../../../src/engine/index.ts";
import { maturityLevels } from "../../../src/engine/schema.ts";
import { dated } from "../../support/dated.ts";
import { randomAnswerSet } from "../../support/random-answers.ts";
import { method } from "./support.ts";

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const runs = { numRuns: 200 };

function soc2Days(a: Assessment): number[] {
  return [a.soc2.days.type1?.days ?? 0, a.soc2.days.type2?.days ?? 0];
}
function isoInitial(a: Assessment): number {
  return a.iso42001.applicable ? a.iso42001.days.initial : 0;
}
const bandRank = { audit_ready: 0, minor_gaps: 1, material_gaps: 2, not_ready: 3 } as const;

describe("engine properties over random complete answer sets", () => {
  it("Security is always in the SOC 2 scope", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(evaluate(method, randomAnswerSet(method, seed)).soc2.criteria.included).toContain("security");
      }),
      runs,
    );
  });

  it("improving any control answer never lowers a score or worsens a band", () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (seed, pickIndex) => {
        const set = randomAnswerSet(method, seed);
        const before = evaluate(method, set);
        const improvable = before.visibleQuestions.filter((id) => {
          const answer = set.answers[id];
          return (
            typeof answer === "string" &&
            ["none", "informal", "documented", "unknown"].includes(answer) &&
            method.questionsById.get(id)?.type === "maturity"
          );
        });
        fc.pre(improvable.length > 0);
        const id = improvable[pickIndex % improvable.length] as string;
        const current = set.answers[id] as string;
        const next = current === "unknown" ? "informal" : maturityLevels[maturityLevels.indexOf(current as never) + 1];
        const after = evaluate(method, { ...set, answers: { ...set.answers, [id]: next as string } });
        for (const key of ["overall", "soc2"] as const) {
          expect(after.readiness[key].score).toBeGreaterThanOrEqual(before.readiness[key].score);
          expect(bandRank[after.readiness[key].band]).toBeLessThanOrEqual(bandRank[before.readiness[key].band]);
        }
        if (before.readiness.iso42001 && after.readiness.iso42001) {
          expect(after.readiness.iso42001.score).toBeGreaterThanOrEqual(before.readiness.iso42001.score);
        }
        for (const domain of before.readiness.domains) {
          const later = after.readiness.domains.find((d) => d.domain === domain.domain);
          expect(later?.score ?? 0).toBeGreaterThanOrEqual(domain.score);
        }
      }),
      runs,
    );
  });

  it("more staff, systems, AI systems or sites never lower audit days", () => {
    const drivers = ["headcount", "systems_count", "ai_headcount", "ai_systems_count", "sites"] as const;
    fc.assert(
      fc.property(seeds, fc.constantFrom(...drivers), fc.integer({ min: 1, max: 500 }), (seed, driver, extra) => {
        const set = randomAnswerSet(method, seed);
        const current = set.answers[driver];
        fc.pre(typeof current === "number");
        const question = method.questionsById.get(driver);
        const max = question?.type === "number" ? question.max : Number.MAX_SAFE_INTEGER;
        const bigger = Math.min(max, (current as number) + extra);
        const answers: Record<string, unknown> = { ...set.answers, [driver]: bigger };
        // Going from one site to several asks whether the sites run the same processes; keep the answer fixed.
        if (driver === "sites" && answers.sites_same_processes === undefined) answers.sites_same_processes = "same";
        const before = evaluate(method, set);
        const after = evaluate(method, { ...set, answers: answers as never });
        const [b1, b2] = soc2Days(before);
        const [a1, a2] = soc2Days(after);
        expect(a1).toBeGreaterThanOrEqual(b1 as number);
        expect(a2).toBeGreaterThanOrEqual(b2 as number);
        expect(isoInitial(after)).toBeGreaterThanOrEqual(isoInitial(before));
      }),
      runs,
    );
  });

  it("ISO/IEC 42001 surveillance is about a third and recertification about two thirds of the initial audit, in half-days", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const result = evaluate(method, randomAnswerSet(method, seed)).iso42001;
        if (!result.applicable) return;
        const { initial, stage1, stage2, surveillance1, surveillance2, recertification } = result.days;
        for (const days of [initial, stage1, stage2, surveillance1, surveillance2, recertification]) {
          expect(days * 2).toBe(Math.round(days * 2));
          expect(days).toBeGreaterThan(0);
        }
        expect(stage1 + stage2).toBe(initial);
        expect(Math.abs(surveillance1 - initial / 3)).toBeLessThanOrEqual(0.25);
        expect(surveillance2).toBe(surveillance1);
        expect(Math.abs(recertification - (2 * initial) / 3)).toBeLessThanOrEqual(0.25);
      }),
      runs,
    );
  });

  it("the same answers, start date and method always give the same assessment", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const set = randomAnswerSet(method, seed);
        const copy = JSON.parse(JSON.stringify(set));
        expect(evaluate(method, copy)).toEqual(evaluate(method, set));
      }),
      { numRuns: 50 },
    );
  });

  it("random complete answer sets pass strict validation", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const parsed = parseAnswerSet(method, randomAnswerSet(method, seed));
        expect(parsed.ok).toBe(true);
      }),
      runs,
    );
  });

  it("any input whatsoever is either rejected with issues or evaluated: nothing throws", () => {
    const answerLike = fc.record({
      version: fc.oneof(fc.constant(1), fc.anything()),
      answers: fc.oneof(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...method.questionsById.keys()), fc.string()),
          fc.oneof(fc.string(), fc.integer(), fc.double(), fc.array(fc.string()), fc.anything()),
        ),
        fc.anything(),
      ),
      startDate: fc.oneof(fc.constant(undefined), fc.string(), fc.constant("2027-02-30"), fc.constant("2027-03-01")),
    });
    fc.assert(
      fc.property(fc.oneof(answerLike, fc.anything()), (raw) => {
        const parsed = parseAnswerSet(method, raw);
        if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
        const cleaned = sanitizeAnswerSet(method, raw);
        const result = evaluate(method, dated(cleaned.value));
        expect(result.soc2.criteria.included).toContain("security");
      }),
      { numRuns: 500 },
    );
  });

  it("an organisation that uses no AI gets no ISO/IEC 42001 estimate, and the reason", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const set = randomAnswerSet(method, seed);
        const result = evaluate(method, { ...set, answers: { ...set.answers, ai_roles: ["none"] } });
        expect(result.iso42001.applicable).toBe(false);
        expect(result.iso42001.reasons[0]?.key).toBe("reason.iso.not_applicable");
        expect(result.readiness.iso42001).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});

describe("ISO/IEC 42001 cycle accounting", () => {
  it("the days per year of the certificate add up to the 3-year cycle total", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const result = evaluate(method, randomAnswerSet(method, seed)).iso42001;
        if (!result.applicable) return;
        const sum = result.days.byYear.reduce((total, row) => total + row.days, 0);
        expect(sum).toBe(result.days.cycleTotal);
        expect(result.days.byYear.map((r) => r.year)).toEqual([1, 2, 3]);
      }),
      runs,
    );
  });
});
