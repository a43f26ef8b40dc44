import { describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import type { Settings } from "../../../src/engine/schema.ts";
import { dated } from "../../support/dated.ts";
import { method, persona } from "./support.ts";

function run(prefix: string, settings: Settings = {}) {
  const parsed = parseAnswerSet(method, persona(prefix).answerSet);
  if (!parsed.ok) throw new Error(prefix);
  return evaluate(method, dated(parsed.value), settings);
}

describe("proposal scope chosen by sales staff", () => {
  it("adding categories and lengthening the period raise SOC 2 days, keep Security, and are traced", () => {
    const base = run("3-");
    const changed = run("3-", {
      scope: {
        categories: ["availability", "confidentiality", "privacy", "processing_integrity"],
        observationMonths: 12,
      },
    });
    expect(changed.soc2.criteria.included).toContain("security");
    expect(changed.soc2.criteria.included).toContain("processing_integrity");
    expect(changed.soc2.engagement.observationMonths).toBe(12);
    expect(changed.soc2.days.type2?.days ?? 0).toBeGreaterThan(base.soc2.days.type2?.days ?? 0);
    expect(changed.soc2.engagement.reasons.map((r) => r.key)).toContain("reason.soc2.override_observation");
    const pi = changed.soc2.criteria.categories.find((c) => c.category === "processing_integrity");
    expect(pi?.reasons.map((r) => r.key)).toContain("reason.criteria.override_added");
    expect(run("3-", { scope: { categories: [] } }).soc2.criteria.included).toEqual(["security"]);
  });

  it("a chosen period outside the method's limits is brought to the nearest limit, and says so", () => {
    const { min, max } = run("3-").proposal.soc2.observationLimits;
    expect(min).toBe(method.estimation.soc2.engagement.minObservationMonths);
    expect(max).toBe(method.estimation.soc2.engagement.maxObservationMonths);
    const tooLong = run("3-", { scope: { observationMonths: max + 1 } });
    expect(tooLong.soc2.engagement.observationMonths).toBe(max);
    expect(tooLong.soc2.engagement.reasons.map((r) => r.key)).toContain("reason.soc2.override_limited");
    const tooShort = run("3-", { scope: { observationMonths: min - 1 } });
    expect(tooShort.soc2.engagement.observationMonths).toBe(min);
  });

  it("day rates give fee ranges of the days times each end of the rate range", () => {
    const a = run("7-", { dayRates: { currency: "HKD", soc2: [12000, 16000], iso42001: [10000, 14000] } });
    const type2 = a.soc2.days.type2?.days ?? 0;
    expect(a.proposal.soc2.fees?.type2).toEqual({ currency: "HKD", min: type2 * 12000, max: type2 * 16000 });
    if (!a.proposal.iso42001.applicable) throw new Error("ISO applies to persona 7");
    expect(a.proposal.iso42001.fees?.initial.min).toBe(a.proposal.iso42001.days.initial * 10000);
    expect(a.proposal.iso42001.fees?.cycle.max).toBe(a.proposal.iso42001.days.cycleTotal * 14000);
  });
});

describe("the proposal carries the engine's own figures", () => {
  it("the initial ISO/IEC 42001 audit is Stage 1 plus Stage 2, and the audits add up to the cycle", () => {
    const p = run("6-").proposal.iso42001;
    if (!p.applicable) throw new Error("ISO applies to persona 6");
    expect(p.days.initial).toBe(p.days.stage1 + p.days.stage2);
    expect(p.audits.reduce((sum, a) => sum + a.days, 0)).toBe(p.days.cycleTotal);
    expect(p.byYear.map((y) => y.year)).toEqual([1, 2, 3]);
  });

  it("the top gaps are the first gaps in priority order, as many as the method's reporting setting", () => {
    const a = run("1-");
    expect(a.proposal.topGaps).toEqual(a.gaps.slice(0, method.estimation.reporting.topGaps).map((g) => g.questionId));
    expect(a.topFindings).toEqual(a.gaps.slice(0, method.estimation.reporting.topFindings).map((g) => g.questionId));
  });
});
