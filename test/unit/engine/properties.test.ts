/**
 * Properties that hold for every complete answer set, drawn from the questionnaire itself (test/support/answer-
 * arbitraries.ts): a failure shrinks to a small answer set.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers, parseAnswerSet, sanitizeAnswerSet } from "../../../src/engine/answers.ts";
import { type Assessment, evaluate } from "../../../src/engine/index.ts";
import { maturityLevels } from "../../../src/engine/schema.ts";
import type { TraceStep } from "../../../src/engine/trace.ts";
import { answerSetArbitrary } from "../../support/answer-arbitraries.ts";
import { dated } from "../../support/dated.ts";
import { propertyTimeout, runs } from "../../support/property-runs.ts";
import { method } from "./support.ts";

const sets = answerSetArbitrary(method);
const bandRank = { audit_ready: 0, minor_gaps: 1, material_gaps: 2, not_ready: 3 } as const;
const frameworkOf = new Map(method.questionnaire.domains.map((d) => [d.id, d.framework]));

function soc2Days(a: Assessment): number[] {
  return [a.soc2.days.type1?.days ?? 0, a.soc2.days.type2?.days ?? 0];
}
function isoDays(a: Assessment): number[] {
  return a.iso42001.applicable ? [a.iso42001.days.initial, a.iso42001.days.cycleTotal] : [0, 0];
}
/** The `days` parameter of each step with one of these keys, summed. */
function sum(steps: readonly TraceStep[], keys: readonly string[]): number {
  return steps.filter((s) => keys.includes(s.key)).reduce((total, s) => total + Number(s.params?.days ?? 0), 0);
}
function days(steps: readonly TraceStep[], key: string, name = "days"): number {
  const value = steps.find((s) => s.key === key)?.params?.[name];
  if (typeof value !== "number") throw new Error(`${key}.${name} missing`);
  return value;
}
const has = (steps: readonly TraceStep[], key: string) => steps.some((s) => s.key === key);
/** Intermediate figures are shown to two decimals: allow that rounding on every line added. */
const close = (actual: number, expected: number, lines: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005 * lines + 1e-9);

/** The figure is the unrounded one as shown (two decimals) rounded to the nearest step, halves up, never below a step. */
function expectRounded(figure: number, shownRaw: number, step: number) {
  expect(figure / step).toBe(Math.round(figure / step));
  expect(figure).toBe(Math.max(step, Math.round(shownRaw / step) * step));
  expect(figure).toBeGreaterThanOrEqual(step);
}

/** The set with every visible blocker question of one framework answered "none". */
function withBlockers(answers: Answers, visible: readonly string[], framework: "soc2" | "iso42001"): Answers {
  const blockers = method.controlQuestions.filter(
    (q) => q.blocker && frameworkOf.get(q.domain) === framework && visible.includes(q.id),
  );
  return { ...answers, ...Object.fromEntries(blockers.map((q) => [q.id, "none"])) };
}

describe("engine properties over complete answer sets drawn from the questionnaire", () => {
  it("Security is always in the SOC 2 scope", { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        expect(evaluate(method, set).soc2.criteria.included).toContain("security");
      }),
      runs(200),
    );
  });

  it("improving any control answer never lowers any score or worsens any band", { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(sets, fc.nat(), (set, pickIndex) => {
        const before = evaluate(method, set);
        const improvable = before.visibleQuestions.filter((id) => {
          const answer = set.answers[id];
          return (
            method.questionsById.get(id)?.type === "maturity" &&
            ["none", "informal", "documented", "unknown"].includes(answer as string)
          );
        });
        fc.pre(improvable.length > 0);
        const id = improvable[pickIndex % improvable.length] as string;
        const current = set.answers[id] as string;
        const next = current === "unknown" ? "informal" : maturityLevels[maturityLevels.indexOf(current as never) + 1];
        const after = evaluate(method, { ...set, answers: { ...set.answers, [id]: next as string } });
        for (const key of ["overall", "soc2", "iso42001"] as const) {
          const b = before.readiness[key];
          const a = after.readiness[key];
          if (!b || !a) continue;
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          expect(bandRank[a.band]).toBeLessThanOrEqual(bandRank[b.band]);
        }
        for (const domain of before.readiness.domains) {
          const later = after.readiness.domains.find((d) => d.domain === domain.domain);
          expect(later?.score ?? 0).toBeGreaterThanOrEqual(domain.score);
          expect(bandRank[later?.band ?? "not_ready"]).toBeLessThanOrEqual(bandRank[domain.band]);
        }
      }),
      runs(200),
    );
  });

  it("more staff, systems, AI staff, AI systems or sites never lower audit days", { timeout: propertyTimeout }, () => {
    const drivers = ["headcount", "systems_count", "ai_headcount", "ai_systems_count", "sites"] as const;
    fc.assert(
      fc.property(sets, fc.constantFrom(...drivers), fc.integer({ min: 1, max: 500 }), (set, driver, extra) => {
        const current = set.answers[driver];
        fc.pre(typeof current === "number");
        const question = method.questionsById.get(driver);
        const max = question?.type === "number" ? question.max : Number.MAX_SAFE_INTEGER;
        const answers: Record<string, unknown> = {
          ...set.answers,
          [driver]: Math.min(max, (current as number) + extra),
        };
        // Going from one site to several asks whether the sites run the same processes; keep them the same.
        if (driver === "sites" && answers.sites_same_processes === undefined) answers.sites_same_processes = "same";
        const before = evaluate(method, set);
        const after = evaluate(method, { ...set, answers: answers as Answers });
        const [b1, b2] = soc2Days(before);
        const [a1, a2] = soc2Days(after);
        expect(a1).toBeGreaterThanOrEqual(b1 as number);
        expect(a2).toBeGreaterThanOrEqual(b2 as number);
        const [bi, bc] = isoDays(before);
        const [ai, ac] = isoDays(after);
        expect(ai).toBeGreaterThanOrEqual(bi as number);
        expect(ac).toBeGreaterThanOrEqual(bc as number);
      }),
      runs(200),
    );
  });

  it("ISO/IEC 42001 surveillance is about a third and recertification about two thirds of the initial audit, in half-days", {
    timeout: propertyTimeout,
  }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const result = evaluate(method, set).iso42001;
        if (!result.applicable) return;
        const { initial, stage1, stage2, surveillance1, surveillance2, recertification } = result.days;
        for (const value of [initial, stage1, stage2, surveillance1, surveillance2, recertification]) {
          expect(value * 2).toBe(Math.round(value * 2));
          expect(value).toBeGreaterThan(0);
        }
        expect(stage1 + stage2).toBe(initial);
        expect(Math.abs(surveillance1 - initial / 3)).toBeLessThanOrEqual(0.25);
        expect(surveillance2).toBe(surveillance1);
        expect(Math.abs(recertification - (2 * initial) / 3)).toBeLessThanOrEqual(0.25);
      }),
      runs(200),
    );
  });

  it("the days per year of the ISO/IEC 42001 certificate add up to the 3-year cycle total", {
    timeout: propertyTimeout,
  }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const result = evaluate(method, set).iso42001;
        if (!result.applicable) return;
        expect(result.days.byYear.map((r) => r.year)).toEqual([1, 2, 3]);
        expect(result.days.byYear.reduce((total, row) => total + row.days, 0)).toBe(result.days.cycleTotal);
        expect(result.days.audits.reduce((total, a) => total + a.days, 0)).toBe(result.days.cycleTotal);
      }),
      runs(200),
    );
  });

  it("the SOC 2 days trace adds up to the figure shown", { timeout: propertyTimeout }, () => {
    const scopeKeys = [
      "trace.soc2days.category",
      "trace.soc2days.headcount",
      "trace.soc2days.systems",
      "trace.soc2days.sites",
      "trace.soc2days.hosting",
      "trace.soc2days.subservice",
    ];
    fc.assert(
      fc.property(sets, (set) => {
        const a = evaluate(method, set);
        for (const report of [a.soc2.days.type1, a.soc2.days.type2]) {
          if (!report) continue;
          const t = report.trace;
          const lines = t.length;
          const scope = sum(t, scopeKeys);
          const fixed = sum(t, ["trace.soc2days.base", "trace.soc2days.observation"]);
          let weighted = scope;
          if (has(t, "trace.soc2days.type2_multiplier")) {
            close(days(t, "trace.soc2days.type2_multiplier", "scope"), scope, lines);
            weighted = days(t, "trace.soc2days.type2_multiplier");
            close(weighted, scope * days(t, "trace.soc2days.type2_multiplier", "factor"), lines);
          }
          const subtotal = days(t, "trace.soc2days.subtotal");
          close(subtotal, fixed + weighted, lines);
          close(days(t, "trace.soc2days.maturity"), subtotal * days(t, "trace.soc2days.maturity", "factor"), lines);
          const raw = days(t, "trace.soc2days.rounded", "raw");
          close(raw, days(t, "trace.soc2days.maturity"), lines);
          expect(days(t, "trace.soc2days.rounded")).toBe(report.days);
          expectRounded(report.days, raw, method.estimation.soc2.days.rounding);
        }
      }),
      runs(200),
    );
  });

  it("the ISO/IEC 42001 days trace adds up to the figures shown", { timeout: propertyTimeout }, () => {
    const tableKeys = ["trace.iso.table_42006", "trace.iso.table_extrapolated", "trace.iso.table_beyond"];
    const percentKeys = ["trace.iso.ai_systems", "trace.iso.high_risk", "trace.iso.regulated", "trace.iso.genai"];
    const siteKeys = ["trace.iso.sites_sampled", "trace.iso.sites_all"];
    fc.assert(
      fc.property(sets, (set) => {
        const result = evaluate(method, set).iso42001;
        if (!result.applicable) return;
        const t = result.trace.initial;
        const lines = t.length;
        const subtotal = days(t, "trace.iso.subtotal");
        close(subtotal, sum(t, tableKeys) + sum(t, percentKeys), lines);
        const beforeReduction = subtotal + sum(t, siteKeys);
        const reduction = has(t, "trace.iso.reduction_total") ? days(t, "trace.iso.reduction_total") : 0;
        if (reduction > 0) close(days(t, "trace.iso.reduction_total", "base"), beforeReduction, lines);
        const computed = beforeReduction - reduction;
        const raw = days(t, "trace.iso.rounded", "raw");
        if (has(t, "trace.iso.floor_regulated_high_risk")) {
          close(days(t, "trace.iso.floor_regulated_high_risk", "raw"), computed, lines);
          expect(raw).toBe(days(t, "trace.iso.floor_regulated_high_risk"));
        } else {
          close(raw, computed, lines);
        }
        expect(days(t, "trace.iso.rounded")).toBe(result.days.initial);
        expectRounded(result.days.initial, raw, method.estimation.iso42001.rounding);
        const c = result.trace.cycle;
        expect(days(c, "trace.iso.stage_split", "stage1") + days(c, "trace.iso.stage_split", "stage2")).toBe(
          result.days.initial,
        );
        expect(days(c, "trace.iso.surveillance")).toBe(result.days.surveillance1);
        expect(days(c, "trace.iso.recertification")).toBe(result.days.recertification);
        expect(days(c, "trace.iso.cycle_total")).toBe(
          result.days.initial + 2 * days(c, "trace.iso.surveillance") + days(c, "trace.iso.recertification"),
        );
        expect(days(c, "trace.iso.cycle_total")).toBe(result.days.cycleTotal);
      }),
      runs(200),
    );
  });

  it("a framework's blockers never change the other framework's band or the SOC 2 recommendation", {
    timeout: propertyTimeout,
  }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const before = evaluate(method, set);
        const isoBlocked = evaluate(method, {
          ...set,
          answers: withBlockers(set.answers, before.visibleQuestions, "iso42001"),
        });
        expect(isoBlocked.readiness.soc2).toEqual(before.readiness.soc2);
        expect(isoBlocked.soc2.engagement).toEqual(before.soc2.engagement);
        expect(isoBlocked.soc2.days).toEqual(before.soc2.days);
        const soc2Blocked = evaluate(method, {
          ...set,
          answers: withBlockers(set.answers, before.visibleQuestions, "soc2"),
        });
        expect(soc2Blocked.readiness.iso42001?.band).toBe(before.readiness.iso42001?.band);
        expect(soc2Blocked.readiness.iso42001?.blockers).toEqual(before.readiness.iso42001?.blockers);
      }),
      runs(150),
    );
  });

  it("the same answers, start date and method always give the same assessment", { timeout: propertyTimeout }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const copy = JSON.parse(JSON.stringify(set));
        expect(evaluate(method, copy)).toEqual(evaluate(method, set));
      }),
      runs(50),
    );
  });

  it("complete answer sets drawn from the questionnaire pass strict validation unchanged", {
    timeout: propertyTimeout,
  }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const parsed = parseAnswerSet(method, set);
        expect(parsed).toEqual({ ok: true, value: set });
        expect(evaluate(method, set).completeness.missing).toEqual([]);
      }),
      runs(200),
    );
  });

  it("any input whatsoever is either rejected with issues or evaluated: nothing throws, and both readers agree", {
    timeout: propertyTimeout,
  }, () => {
    const answerLike = fc.record({
      version: fc.oneof(fc.constant(1), fc.constant(method.questionnaire.version), fc.anything()),
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
        const cleaned = sanitizeAnswerSet(method, raw);
        if (parsed.ok) {
          expect(cleaned.issues).toEqual([]);
          expect(cleaned.value).toEqual(parsed.value);
        } else {
          expect(cleaned.issues).toEqual(parsed.issues);
        }
        const result = evaluate(method, dated(cleaned.value));
        expect(result.soc2.criteria.included).toContain("security");
      }),
      runs(500),
    );
  });

  it("an organisation that uses no AI gets no ISO/IEC 42001 estimate, and the reason", {
    timeout: propertyTimeout,
  }, () => {
    fc.assert(
      fc.property(sets, (set) => {
        const result = evaluate(method, { ...set, answers: { ...set.answers, ai_roles: ["none"] } });
        expect(result.iso42001.applicable).toBe(false);
        expect(result.iso42001.reasons[0]?.key).toBe("reason.iso.not_applicable");
        expect(result.readiness.iso42001).toBeNull();
      }),
      runs(50),
    );
  });
});
