import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { buildOutlook } from "../../../src/engine/outlook.ts";
import { buildRoadmap } from "../../../src/engine/roadmap.ts";
import { resolveVisibility } from "../../../src/engine/visibility.ts";
import { createFormatter } from "../../../src/report/format.ts";
import { method, persona } from "./support.ts";

type Fixture = { version: number; answers: Record<string, never>; startDate: string };
const setOf = (prefix: string) => persona(prefix).answerSet as Fixture;

function outlookFor(set: Fixture, settings = {}) {
  const assessment = evaluate(method, set, settings);
  const answers = resolveVisibility(method, set.answers).effective;
  return { assessment, outlook: buildOutlook(method, assessment, answers, buildRoadmap(method, assessment), settings) };
}

describe("the outlook the results lead with", () => {
  it("a Type I path with SOC 2 blockers says a Type I is possible in the engine's months if they are closed", () => {
    const set = setOf("1-");
    const { assessment, outlook } = outlookFor({ ...set, answers: { ...set.answers, acc_mfa: "informal" } as never });
    const engagement = assessment.soc2.engagement;
    expect(engagement.path).toBe("type1_then_type2");
    expect(outlook.soc2[0]).toEqual({
      key: "outlook.soc2.type1_blockers",
      params: {
        min: engagement.readinessMonths + engagement.type1ReportMonths[0],
        max: engagement.readinessMonths + engagement.type1ReportMonths[1],
        count: assessment.readiness.soc2.blockers.length,
      },
      answers: assessment.readiness.soc2.blockers,
    });
  });

  it("a deadline adds whether it is met, with the engine's dates", () => {
    const { assessment, outlook } = outlookFor(setOf("1-"));
    const deadline = assessment.soc2.engagement.deadline;
    if (!deadline) throw new Error("persona 1 has a deadline");
    expect(outlook.soc2[1]).toMatchObject({
      key: `outlook.deadline.${deadline.status}`,
      params: { date: { date: deadline.earliestReportDate }, latest: { date: deadline.latestReportDate } },
    });
  });

  it("a Type II first names the report window of the timeline", () => {
    const { assessment, outlook } = outlookFor(setOf("2-"));
    const report = assessment.timeline.milestones.find((m) => m.id === "soc2_type2_report");
    expect(outlook.soc2[0]).toMatchObject({
      key: "outlook.soc2.type2",
      params: { from: { date: report?.date }, to: { date: report?.endDate } },
    });
  });

  it("ISO/IEC 42001 has a headline only when it applies", () => {
    expect(outlookFor(setOf("1-")).outlook.iso).toBeNull();
    const { assessment, outlook } = outlookFor(setOf("5-"));
    const certificate = assessment.timeline.milestones.find((m) => m.id === "iso_certificate");
    expect(outlook.iso?.[0]?.params).toMatchObject({ from: { date: certificate?.date } });
  });

  it("names at most the method's number of next steps, blockers of the client's goal first", () => {
    const set = setOf("1-");
    const { assessment, outlook } = outlookFor({ ...set, answers: { ...set.answers, acc_mfa: "none" } as never });
    expect(outlook.nextSteps.length).toBe(method.estimation.planning.nextSteps);
    expect(outlook.nextSteps[0]).toMatchObject({
      key: "next.close_blockers",
      answers: assessment.readiness.soc2.blockers,
    });
  });

  it("every sentence renders in both languages with no parameter left unfilled", () => {
    for (const prefix of ["1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-"]) {
      const { outlook } = outlookFor(setOf(prefix));
      for (const locale of ["en", "zh-hk"] as const) {
        const f = createFormatter(method, locale);
        for (const step of [...outlook.soc2, ...(outlook.iso ?? []), ...outlook.nextSteps]) {
          expect(f.step(step), `${prefix} ${step.key}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it("what the days mean: eight-hour auditor-days, auditor-weeks, and the recurring annual Type II", () => {
    const { assessment, outlook } = outlookFor(setOf("1-"));
    const type1 = outlook.days.find((d) => d.id === "soc2_type1");
    expect(type1).toEqual({
      id: "soc2_type1",
      days: assessment.soc2.days.type1?.days,
      hours: (assessment.soc2.days.type1?.days ?? 0) * 8,
      auditorWeeks: Math.round(((assessment.soc2.days.type1?.days ?? 0) / 5) * 10) / 10,
    });
    const annual = outlook.days.find((d) => d.id === "soc2_annual");
    expect(annual?.observationMonths).toBe(method.estimation.soc2.engagement.annualObservationMonths);
    // A longer observation period never costs fewer days than the first, shorter one.
    expect(annual?.days ?? 0).toBeGreaterThanOrEqual(assessment.soc2.days.type2?.days ?? 0);
    expect(outlook.days.every((d) => d.fee === undefined)).toBe(true);
  });

  it("with day rates, every day figure has a fee range: days at the low and the high rate", () => {
    const settings = { dayRates: { currency: "HKD", soc2: [10000, 15000], iso42001: [12000, 16000] } as const };
    const { outlook } = outlookFor(setOf("5-"), settings);
    for (const figure of outlook.days) {
      const rates = figure.id.startsWith("iso") ? [12000, 16000] : [10000, 15000];
      expect(figure.fee, figure.id).toEqual({
        currency: "HKD",
        min: Math.round(figure.days * (rates[0] ?? 0)),
        max: Math.round(figure.days * (rates[1] ?? 0)),
      });
    }
  });
});
