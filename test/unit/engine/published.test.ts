import { describe, expect, it } from "vitest";
import { publishedFigures } from "../../../src/engine/published.ts";
import { method } from "./support.ts";

describe("published figures come from the method data", () => {
  const figures = publishedFigures(method);
  const engagement = method.estimation.soc2.engagement;
  const plan = method.estimation.timeline.iso;

  it("the SOC 2 periods are the method's minimum and annual observation months", () => {
    expect(figures["soc2.minObservationMonths"]).toEqual({ kind: "number", value: engagement.minObservationMonths });
    expect(figures["soc2.annualObservationMonths"]).toEqual({
      kind: "number",
      value: engagement.annualObservationMonths,
    });
  });

  it("a first Type II report arrives the shortest period plus the shortest reporting time to the annual period plus the longest", () => {
    expect(figures["soc2.firstType2MonthsFromPeriodStart"]).toEqual({
      kind: "range",
      min: engagement.minObservationMonths + engagement.type2ReportingMonths[0],
      max: engagement.annualObservationMonths + engagement.type2ReportingMonths[1],
    });
  });

  it("Stage 1 to the certificate spans the Stage 2 gap plus the decision window", () => {
    expect(figures["iso.stage1ToCertificateWeeks"]).toEqual({
      kind: "range",
      min: plan.stage2AfterStage1Weeks[0] + plan.certificateAfterStage2Weeks[0],
      max: plan.stage2AfterStage1Weeks[1] + plan.certificateAfterStage2Weeks[1],
    });
  });

  it("the firm's published 8 to 16 weeks from Stage 1 to the certificate is what the method gives", () => {
    expect(figures["iso.stage1ToCertificateWeeks"]).toEqual({ kind: "range", min: 8, max: 16 });
  });

  it("the Type I as-of month and the surveillance and recertification months are the method's timeline", () => {
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
