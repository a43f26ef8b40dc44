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

describe("the outlook's order, paths, next steps and day figures", () => {
  const with5 = (answers: Record<string, unknown>) => {
    const set = setOf("5-");
    return outlookFor({ ...set, answers: { ...set.answers, ...answers } as never });
  };

  it("the frameworks follow the client's goal: ISO/IEC 42001 first when it is named first; SOC 2 alone without AI", () => {
    expect(with5({}).outlook.order).toEqual(["soc2", "iso42001"]);
    expect(with5({ target_frameworks: ["iso42001", "soc2"] }).outlook.order).toEqual(["iso42001", "soc2"]);
    expect(outlookFor(setOf("1-")).outlook.order).toEqual(["soc2"]);
  });

  it("a SOC 2 Type II held already is a renewal, said as such", () => {
    const { assessment, outlook } = with5({ prior_certifications: ["soc2_type2"] });
    expect(assessment.soc2.engagement.path).toBe("type2_renewal");
    expect(outlook.soc2[0]?.key).toBe("outlook.soc2.renewal");
  });

  it("a deadline that is not met makes the first next step say so, with the earliest date; a met one does not", () => {
    const set = setOf("1-");
    const answers = { ...set.answers, report_deadline: "within_6w" } as never;
    const { assessment, outlook } = outlookFor({ ...set, answers });
    const deadline = assessment.soc2.engagement.deadline;
    if (!deadline || deadline.status === "met") throw new Error("a six-week deadline is not met by persona 1");
    expect(outlook.nextSteps.find((s) => s.key.startsWith("next.deadline_"))).toMatchObject({
      key: `next.deadline_${deadline.status}`,
      params: { date: { date: deadline.earliestReportDate } },
      answers: ["report_deadline"],
    });
    const met = outlookFor({ ...set, answers: { ...set.answers, report_deadline: "over_12m" } as never });
    expect(met.assessment.soc2.engagement.deadline?.status).toBe("met");
    expect(met.outlook.nextSteps.some((s) => s.key.startsWith("next.deadline_"))).toBe(false);
  });

  it("the day figures are the engine's, with hours, auditor-weeks and the observation period of each Type II", () => {
    const { assessment, outlook } = with5({});
    const planning = method.estimation.planning;
    const byId = new Map(outlook.days.map((d) => [d.id, d]));
    const { type1, type2 } = assessment.soc2.days;
    if (type1)
      expect(byId.get("soc2_type1")).toMatchObject({ days: type1.days, hours: type1.days * planning.auditDayHours });
    if (type2)
      expect(byId.get("soc2_type2")).toMatchObject({ days: type2.days, observationMonths: type2.observationMonths });
    if (!assessment.iso42001.applicable) throw new Error("persona 5 uses AI");
    expect(byId.get("iso_initial")).toMatchObject({
      days: assessment.iso42001.days.initial,
      auditorWeeks: Math.round((assessment.iso42001.days.initial / planning.auditorWeekDays) * 10) / 10,
    });
    expect(byId.get("iso_cycle")?.days).toBe(assessment.iso42001.days.cycleTotal);
    expect(byId.get("iso_initial")?.fee).toBeUndefined();
    expect(outlookFor(setOf("1-")).outlook.days.some((d) => d.id.startsWith("iso_"))).toBe(false);
  });

  it("with day rates every figure carries the fee of its framework's rates", () => {
    const rates = { currency: "HKD", soc2: [14_000, 18_000], iso42001: [16_000, 20_000] } as const;
    const set = setOf("5-");
    const { outlook } = outlookFor(set, { dayRates: rates });
    const initial = outlook.days.find((d) => d.id === "iso_initial");
    expect(initial?.fee).toMatchObject({
      currency: "HKD",
      min: (initial?.days ?? 0) * 16_000,
      max: (initial?.days ?? 0) * 20_000,
    });
    const soc2 = outlook.days.find((d) => d.id.startsWith("soc2_"));
    expect(soc2?.fee).toMatchObject({ min: (soc2?.days ?? 0) * 14_000, max: (soc2?.days ?? 0) * 18_000 });
  });
});
