import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import { estimateIso } from "../../../src/engine/iso.ts";
import { allFigures, publishedFigures, publishedIsoRanges } from "../../../src/engine/published.ts";
import { method, withEstimation } from "./support.ts";

describe("published figures come from the method data", () => {
  const figures = () => publishedFigures(method);
  const engagement = method.estimation.soc2.engagement;
  const plan = method.estimation.timeline.iso;

  it("the SOC 2 periods are the method's minimum and annual observation months", () => {
    expect(figures()["soc2.minObservationMonths"]).toEqual({ kind: "number", value: engagement.minObservationMonths });
    expect(figures()["soc2.annualObservationMonths"]).toEqual({
      kind: "number",
      value: engagement.annualObservationMonths,
    });
  });

  it("a first Type II report arrives the shortest period plus the shortest reporting time to the annual period plus the longest", () => {
    expect(figures()["soc2.firstType2MonthsFromPeriodStart"]).toEqual({
      kind: "range",
      min: engagement.minObservationMonths + engagement.type2ReportingMonths[0],
      max: engagement.annualObservationMonths + engagement.type2ReportingMonths[1],
    });
  });

  it("Stage 1 to the certificate spans the Stage 2 gap plus the decision window", () => {
    expect(figures()["iso.stage1ToCertificateWeeks"]).toEqual({
      kind: "range",
      min: plan.stage2AfterStage1Weeks[0] + plan.certificateAfterStage2Weeks[0],
      max: plan.stage2AfterStage1Weeks[1] + plan.certificateAfterStage2Weeks[1],
    });
  });

  it("the firm's published 8 to 16 weeks from Stage 1 to the certificate is what the method gives", () => {
    expect(figures()["iso.stage1ToCertificateWeeks"]).toEqual({ kind: "range", min: 8, max: 16 });
  });
});

describe("every published figure is read from the method", () => {
  const figures = () => publishedFigures(method);
  const soc2 = method.estimation.soc2.engagement;
  const iso = method.estimation.iso42001;
  const plan = method.estimation.timeline.iso;
  const num = (value: number) => ({ kind: "number", value });
  const criteria = (id: string) => method.frameworks.tsc.find((c) => c.id === id)?.criteria.length;

  it("the SOC 2 report timings are the method's ranges", () => {
    expect(figures()["soc2.type1ReportMonths"]).toEqual({
      kind: "range",
      min: soc2.type1ReportMonths[0],
      max: soc2.type1ReportMonths[1],
    });
    expect(figures()["soc2.type2ReportingMonths"]).toEqual({
      kind: "range",
      min: soc2.type2ReportingMonths[0],
      max: soc2.type2ReportingMonths[1],
    });
  });

  it("the ISO/IEC 42001 cycle figures are the method's, as whole percentages and years", () => {
    expect(figures()["iso.stage2AfterStage1Weeks"]).toEqual({
      kind: "range",
      min: plan.stage2AfterStage1Weeks[0],
      max: plan.stage2AfterStage1Weeks[1],
    });
    expect(figures()["iso.certificateValidityYears"]).toEqual(num(plan.certificateValidityMonths / 12));
    expect(figures()["iso.stage1SharePercent"]).toEqual(num(Math.round(iso.stage1Share * 100)));
    expect(figures()["iso.stage2SharePercent"]).toEqual(num(100 - Math.round(iso.stage1Share * 100)));
    expect(figures()["iso.surveillancePercent"]).toEqual(num(Math.round(iso.surveillanceRatio * 100)));
    expect(figures()["iso.recertificationPercent"]).toEqual(num(Math.round(iso.recertificationRatio * 100)));
  });

  it("the ISO/IEC 42001 adjustments are the method's percentages and days", () => {
    expect(figures()["iso.reduction27001Percent"]).toEqual(num(iso.reductions.iso27001));
    expect(figures()["iso.reduction9001Percent"]).toEqual(num(iso.reductions.iso9001));
    expect(figures()["iso.maxReductionPercent"]).toEqual(num(iso.reductions.maxTotal));
    expect(figures()["iso.highRiskPercent"]).toEqual(num(iso.increases.highRiskUse));
    expect(figures()["iso.regulatedFinancialPercent"]).toEqual(num(iso.increases.regulatedFinancial));
    expect(figures()["iso.customerGenAiPercent"]).toEqual(num(iso.increases.customerFacingGenerativeAi));
    expect(figures()["iso.regulatedHighRiskMinimumDays"]).toEqual(num(iso.minimumDays.regulatedHighRisk));
    expect(figures()["iso.sampledSiteDays"]).toEqual(num(iso.sites.extraDaysPerSampledSite));
    expect(figures()["iso.unsampledSiteDays"]).toEqual(num(iso.sites.extraDaysPerSiteWithoutSampling));
  });

  it("the Trust Services criteria counts are those of frameworks.yaml, and their total", () => {
    for (const id of ["security", "availability", "confidentiality", "processing_integrity", "privacy"] as const) {
      expect(figures()[`tsc.${id}.criteria`], id).toEqual(num(criteria(id) ?? -1));
    }
    expect(figures()["tsc.all.criteria"]).toEqual(
      num(method.frameworks.tsc.reduce((n, c) => n + c.criteria.length, 0)),
    );
  });

  it("the firm's published eight to fifteen months from observation start to a Type II report is what the method gives", () => {
    expect(figures()["soc2.firstType2MonthsFromPeriodStart"]).toEqual({ kind: "range", min: 8, max: 15 });
  });

  it("the firm's published two to four months for a Type I report and six-month minimum period are what the method gives", () => {
    expect(figures()["soc2.type1ReportMonths"]).toEqual({ kind: "range", min: 2, max: 4 });
    expect(figures()["soc2.minObservationMonths"]).toEqual(num(6));
  });
});

describe("published ISO/IEC 42001 ranges are the engine's results for the example profiles", () => {
  const ranges = () => publishedIsoRanges(method);
  /** Answers not given by an example are the same for both ends (estimation.yaml#publishedIsoExamples). */
  const shared = {
    target_frameworks: ["iso42001"],
    sites: 1,
    regulated_status: ["none"],
    prior_certifications: ["none"],
    ai_high_risk: ["none"],
    genai_use: "none",
  };
  const run = (answers: Answers, roles: readonly string[]) => {
    const result = estimateIso(method, { ...shared, ...answers, ai_roles: [...roles] });
    if (!result.applicable) throw new Error("example not applicable");
    return result.days;
  };

  it("one range per example and role, in the method's order", () => {
    const expected = method.estimation.publishedIsoExamples.flatMap((e) =>
      method.estimation.publishedIsoRoles.map((r) => [e.id, r.id]),
    );
    expect(ranges().map((r) => [r.example, r.role])).toEqual(expected);
  });

  it("each range runs from the engine's result for the low answers to its result for the high answers", () => {
    for (const item of ranges()) {
      const example = method.estimation.publishedIsoExamples.find((e) => e.id === item.example);
      const role = method.estimation.publishedIsoRoles.find((r) => r.id === item.role);
      if (!example || !role) throw new Error(`${item.example}/${item.role}`);
      expect(item.low, `${item.example}/${item.role}`).toEqual(run(example.low, role.roles));
      expect(item.high).toEqual(run(example.high, role.roles));
      expect(item.range).toEqual({ kind: "range", min: item.low.initial, max: item.high.initial });
      expect(item.range.min).toBeLessThanOrEqual(item.range.max);
    }
  });

  it("a published example that ISO/IEC 42001 would not apply to is an error", () => {
    const using = withEstimation((e) => {
      const first = e.publishedIsoExamples[0];
      if (first) first.low = { ...first.low, target_frameworks: ["soc2"] };
    });
    expect(() => publishedIsoRanges(using)).toThrow("a published ISO/IEC 42001 example must be applicable");
  });

  it("every figure by name holds the fixed figures and one range per example and role", () => {
    const all = allFigures(method);
    for (const [name, figure] of Object.entries(publishedFigures(method))) expect(all[name]).toEqual(figure);
    for (const item of ranges()) expect(all[`iso.initial.${item.example}.${item.role}`]).toEqual(item.range);
    expect(Object.keys(all)).toHaveLength(Object.keys(publishedFigures(method)).length + ranges().length);
  });

  it("the Type I as-of month and the surveillance and recertification months are the method's timeline", () => {
    const figures = publishedFigures(method);
    const engagement = method.estimation.soc2.engagement;
    const plan = method.estimation.timeline.iso;
    expect(figures["soc2.type1AsOfMonths"]).toEqual({ kind: "number", value: engagement.type1AsOfMonths });
    expect(figures["iso.firstSurveillanceMonth"]).toEqual({
      kind: "number",
      value: plan.surveillanceMonthsAfterCertificate[0],
    });
    expect(figures["iso.secondSurveillanceMonth"]).toEqual({
      kind: "number",
      value: plan.surveillanceMonthsAfterCertificate[1],
    });
    expect(figures["iso.recertificationMonth"]).toEqual({
      kind: "number",
      value: plan.recertificationMonthsAfterCertificate,
    });
  });
});
