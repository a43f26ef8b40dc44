import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import { conditionQuestions } from "../../../src/engine/conditions.ts";
import { addMonths } from "../../../src/engine/dates.ts";
import {
  applyObservationOverride,
  decideEngagement,
  observationLimits,
  type Soc2Engagement,
} from "../../../src/engine/engagement.ts";
import type { Method } from "../../../src/engine/method-index.ts";
import type { BandId, Settings } from "../../../src/engine/schema.ts";
import { keys, method, readiness, startDate, step, withEstimation } from "./support.ts";

const rules = method.estimation.soc2.engagement;
const min = rules.minObservationMonths;
const annual = rules.annualObservationMonths;
const [reportingMin, reportingMax] = rules.type2ReportingMonths;
const readinessMonths = method.estimation.timeline.readinessMonths;
const readyBand = rules.type2ReadyBands[0] as BandId;
const lowBands = (["audit_ready", "minor_gaps", "material_gaps", "not_ready"] as const).filter(
  (b) => !rules.type2ReadyBands.includes(b),
);

/** The `evidence_months` option worth exactly these months, from estimation.yaml. */
function evidence(months: number): string {
  const found = Object.entries(rules.evidenceMonths).find(([, m]) => m === months)?.[0];
  if (!found) throw new Error(`no evidence option of ${months} months`);
  return found;
}
/** The `evidence_months` option just below these months. */
function evidenceBelow(months: number): string {
  const below = Object.entries(rules.evidenceMonths)
    .filter(([, m]) => m < months)
    .sort((a, b) => b[1] - a[1])[0];
  if (!below) throw new Error(`no evidence option below ${months}`);
  return below[0];
}
/** The `report_deadline` option of a number of months, or the first one in [from, to). */
function deadline(from: number, to = from + 1e-9): string {
  const found = Object.entries(rules.deadlineMonths).find(([, m]) => m !== null && m >= from && m < to)?.[0];
  if (!found) throw new Error(`no deadline option in [${from}, ${to})`);
  return found;
}
/** A method whose `within_3m` deadline option means `months`, for deadlines exactly on a boundary. */
const deadlineOf = (months: number): [Method, Answers] => [
  withEstimation((e) => {
    e.soc2.engagement.deadlineMonths.within_3m = months;
  }),
  { report_deadline: "within_3m" },
];

/** One organisation with no prior report, no annual reports due and no deadline, answering "either" report. */
const base: Answers = {
  evidence_months: evidence(min),
  report_type_requested: "either",
  report_cycle: "once",
  report_requesters: ["enterprise_customers"],
  report_deadline: "none",
  prior_certifications: ["none"],
};

function decide(
  answers: Answers,
  { band = readyBand, blockers = [] as string[], settings = {} as Settings, using = method as Method } = {},
): Soc2Engagement {
  return decideEngagement(using, { ...base, ...answers }, readiness(band, blockers), settings, startDate);
}

describe("Type I or Type II first", () => {
  it("a Type II can start directly when evidence reaches the minimum observation period", () => {
    const result = decide({ evidence_months: evidence(min) });
    expect(result).toMatchObject({ firstReport: "type2", path: "type2_direct", observationMonths: min });
    expect(step(result.reasons, "reason.soc2.evidence_sufficient")).toMatchObject({
      params: { evidence: { option: { q: "evidence_months", id: evidence(min) } }, months: min },
      answers: ["evidence_months"],
    });
    expect(keys(result.reasons)).not.toContain("reason.soc2.evidence_short");
  });

  it("evidence one option below the minimum observation period means a Type I first", () => {
    const result = decide({ evidence_months: evidenceBelow(min) });
    expect(result).toMatchObject({ firstReport: "type1", path: "type1_then_type2", observationMonths: min });
    expect(step(result.reasons, "reason.soc2.evidence_short")).toEqual({
      key: "reason.soc2.evidence_short",
      params: { evidence: { option: { q: "evidence_months", id: evidenceBelow(min) } }, months: min },
      answers: ["evidence_months"],
      source: "estimation.yaml#soc2.engagement.minObservationMonths",
    });
  });

  it("evidence one month short of the minimum observation period is still too short", () => {
    const using = withEstimation((e) => {
      e.soc2.engagement.evidenceMonths[evidence(min)] = min - 1;
    });
    expect(decide({}, { using }).firstReport).toBe("type1");
  });

  it("no answer on evidence counts as no evidence", () => {
    const { evidence_months: _, ...unanswered } = base;
    const result = decideEngagement(method, unanswered, readiness(readyBand), {}, startDate);
    expect(result.firstReport).toBe("type1");
    expect(step(result.reasons, "reason.soc2.evidence_short").params?.evidence).toEqual({
      option: { q: "evidence_months", id: "none" },
    });
  });

  it("an answer of the wrong type is read as unanswered", () => {
    const result = decide({ evidence_months: [evidence(annual)], report_cycle: ["annual"] });
    expect(result.firstReport).toBe("type1");
    expect(result.annualReports).toBe(false);
  });

  it("a Type II first, with no annual reports, no deadline and the firm's defaults, gives exactly its own reasons", () => {
    expect(keys(decide({}).reasons)).toEqual([
      "reason.soc2.evidence_sufficient",
      "reason.soc2.period_forward",
      "reason.soc2.type2_timing",
    ]);
  });

  it("a Type II can start directly from every Type II band", () => {
    for (const band of rules.type2ReadyBands) expect(decide({}, { band }).firstReport, band).toBe("type2");
  });

  it("readiness below the Type II bands means a Type I first, and the reason names the band", () => {
    expect(lowBands.length).toBeGreaterThan(0);
    for (const band of lowBands) {
      const result = decide({}, { band });
      expect(result.firstReport, band).toBe("type1");
      expect(step(result.reasons, "reason.soc2.readiness_low").params).toEqual({ band: { key: `band.${band}` } });
    }
    expect(keys(decide({}).reasons)).not.toContain("reason.soc2.readiness_low");
  });

  it("a SOC 2 blocker means a Type I first whatever the evidence, and the reason lists the blockers", () => {
    const result = decide({ evidence_months: evidence(annual) }, { blockers: ["acc_mfa", "inc_plan"] });
    expect(result.firstReport).toBe("type1");
    expect(step(result.reasons, "reason.soc2.blockers")).toEqual({
      key: "reason.soc2.blockers",
      params: { count: 2 },
      answers: ["acc_mfa", "inc_plan"],
    });
    expect(keys(decide({}).reasons)).not.toContain("reason.soc2.blockers");
  });

  it("a Type I request does not hold back an organisation ready for a Type II", () => {
    const result = decide({ report_type_requested: "type1" });
    expect(result.path).toBe("type2_direct");
    expect(keys(result.reasons)).not.toContain("reason.soc2.requested_type1");
  });

  it("a Type I that was all that was asked for, with no annual reports due, is the only report", () => {
    const result = decide({ report_type_requested: "type1", evidence_months: evidenceBelow(min) });
    expect(result).toMatchObject({ firstReport: "type1", path: "type1_only", periodFromExistingEvidence: false });
    expect(step(result.reasons, "reason.soc2.requested_type1").answers).toEqual(["report_type_requested"]);
    expect(keys(result.reasons)).not.toContain("reason.soc2.type2_timing");
    expect(keys(result.reasons)).not.toContain("reason.soc2.period_after_type1");
  });

  it("a Type I request with annual reports due still leads on to a Type II", () => {
    const result = decide({
      report_type_requested: "type1",
      report_cycle: "annual",
      evidence_months: evidenceBelow(min),
    });
    expect(result.path).toBe("type1_then_type2");
    expect(keys(result.reasons)).toContain("reason.soc2.requested_type1");
  });

  it("a Type I first that leads on to a Type II plans the period after the Type I and gives both timings", () => {
    const result = decide({ evidence_months: evidenceBelow(min) });
    expect(step(result.reasons, "reason.soc2.type1_timing")).toEqual({
      key: "reason.soc2.type1_timing",
      params: { min: rules.type1ReportMonths[0], max: rules.type1ReportMonths[1] },
      source: "estimation.yaml#soc2.engagement.type1ReportMonths",
    });
    expect(step(result.reasons, "reason.soc2.period_after_type1").params).toEqual({ months: min });
    expect(step(result.reasons, "reason.soc2.type2_timing")).toEqual({
      key: "reason.soc2.type2_timing",
      params: { months: min, min: reportingMin, max: reportingMax },
      source: "estimation.yaml#soc2.engagement.type2ReportingMonths",
    });
    expect(keys(result.reasons)).not.toContain("reason.soc2.requested_type1");
  });

  it("a Type II first gives no Type I timing", () => {
    expect(keys(decide({}).reasons)).not.toContain("reason.soc2.type1_timing");
  });
});

describe("renewals", () => {
  it("a Type II holder with ready controls renews on a continuous annual period", () => {
    const result = decide({ prior_certifications: ["soc2_type2"], evidence_months: evidenceBelow(min) });
    expect(result).toMatchObject({ firstReport: "type2", path: "type2_renewal", observationMonths: annual });
    expect(step(result.reasons, "reason.soc2.prior_type2")).toEqual({
      key: "reason.soc2.prior_type2",
      params: { months: annual },
      answers: ["prior_certifications"],
    });
  });

  it("a Type II holder whose readiness has fallen below the Type II bands starts again with a Type I", () => {
    for (const band of lowBands) {
      expect(decide({ prior_certifications: ["soc2_type2"] }, { band }).path, band).toBe("type1_then_type2");
    }
  });

  it("a Type II holder with a blocker does not renew directly", () => {
    expect(decide({ prior_certifications: ["soc2_type2"] }, { blockers: ["acc_mfa"] }).firstReport).toBe("type1");
  });

  it("a Type I report held before is not a renewal", () => {
    expect(decide({ prior_certifications: ["soc2_type1"] }).path).toBe("type2_direct");
  });

  it("a renewal looks back only when the firm allows it and the evidence covers the whole annual period", () => {
    const settings = { lookBackPeriod: true };
    const renewal = { prior_certifications: ["soc2_type2"] };
    expect(decide({ ...renewal, evidence_months: evidence(annual) }, { settings }).periodFromExistingEvidence).toBe(
      true,
    );
    expect(decide({ ...renewal, evidence_months: evidence(min) }, { settings }).periodFromExistingEvidence).toBe(false);
    expect(decide({ ...renewal, evidence_months: evidence(annual) }).periodFromExistingEvidence).toBe(false);
  });
});

describe("annual reports", () => {
  const answeredIn = (answers: Answers) =>
    [...new Set(conditionQuestions(rules.annualReportsWhen))].filter((q) => ({ ...base, ...answers })[q] !== undefined);

  it("customers who want a report every year get a first period of the annual length once the evidence covers it", () => {
    const answers = { report_cycle: "annual", evidence_months: evidence(annual) };
    const result = decide(answers);
    expect(result).toMatchObject({ path: "type2_direct", observationMonths: annual, annualReports: true });
    expect(step(result.reasons, "reason.soc2.annual_reports")).toEqual({
      key: "reason.soc2.annual_reports",
      params: { months: annual },
      answers: answeredIn(answers),
      source: "estimation.yaml#soc2.engagement.annualReportsWhen",
    });
  });

  it("the annual-reports reason names only the answered questions of its rule", () => {
    const { report_requesters: _, ...unanswered } = base;
    const result = decideEngagement(
      method,
      { ...unanswered, report_cycle: "annual" },
      readiness(readyBand),
      {},
      startDate,
    );
    expect(step(result.reasons, "reason.soc2.annual_reports").answers).toEqual(["report_cycle"]);
  });

  it("with annual reports due and evidence one month short of the annual period, the first period is the minimum", () => {
    const using = withEstimation((e) => {
      e.soc2.engagement.evidenceMonths[evidence(annual)] = annual - 1;
    });
    const result = decide({ report_cycle: "annual", evidence_months: evidence(annual) }, { using });
    expect(result).toMatchObject({ path: "type2_direct", observationMonths: min });
    expect(step(result.reasons, "reason.soc2.first_period_shorter").params).toEqual({ months: min, annual });
  });

  it("with annual reports due and the minimum evidence, the first period is the minimum and the reason says why", () => {
    const result = decide({ report_cycle: "annual" });
    expect(result.observationMonths).toBe(min);
    expect(keys(result.reasons)).toContain("reason.soc2.first_period_shorter");
  });

  it("with annual reports due and short evidence, a Type I comes first with no shorter-period note", () => {
    const result = decide({ report_cycle: "annual", evidence_months: evidenceBelow(min) });
    expect(result.firstReport).toBe("type1");
    expect(keys(result.reasons)).not.toContain("reason.soc2.first_period_shorter");
  });

  it("banks, insurers and other financial institutions as requesters mean annual reports (the firm's position)", () => {
    const result = decide({ report_requesters: ["financial_institutions"], evidence_months: evidence(annual) });
    expect(result.annualReports).toBe(true);
    expect(result.observationMonths).toBe(annual);
  });

  it("without annual reports due, even a year of evidence gives the minimum period", () => {
    const result = decide({ evidence_months: evidence(annual) });
    expect(result).toMatchObject({ annualReports: false, observationMonths: min });
    expect(keys(result.reasons)).not.toContain("reason.soc2.annual_reports");
    expect(keys(result.reasons)).not.toContain("reason.soc2.first_period_shorter");
  });

  it("when the annual period's report would come after the deadline, the first period is the minimum, and says so", () => {
    const monthsToReport = (period: number) => readinessMonths[readyBand] + period + reportingMax;
    const option = deadline(monthsToReport(min), monthsToReport(annual));
    const result = decide({ report_cycle: "annual", evidence_months: evidence(annual), report_deadline: option });
    expect(result).toMatchObject({ path: "type2_direct", observationMonths: min });
    expect(step(result.reasons, "reason.soc2.annual_period_after_deadline").params).toEqual({ months: min, annual });
  });

  it("the annual period is kept when its report falls exactly on the deadline", () => {
    const [using, answers] = deadlineOf(readinessMonths[readyBand] + annual + reportingMax);
    const result = decide({ ...answers, report_cycle: "annual", evidence_months: evidence(annual) }, { using });
    expect(result.observationMonths).toBe(annual);
    expect(keys(result.reasons)).not.toContain("reason.soc2.annual_period_after_deadline");
  });
});

describe("observation periods: forward by default, look-back when the firm allows it", () => {
  it("by default (the firm's setting) the first Type II period is agreed at the engagement start and runs forward", () => {
    expect(rules.lookBackPeriod).toBe(false);
    const result = decide({ evidence_months: evidence(annual) });
    expect(result.periodFromExistingEvidence).toBe(false);
    expect(step(result.reasons, "reason.soc2.period_forward")).toEqual({
      key: "reason.soc2.period_forward",
      params: { months: min },
      source: "estimation.yaml#soc2.engagement.lookBackPeriod",
    });
    expect(keys(result.reasons)).not.toContain("reason.soc2.lookback");
  });

  it("with look-back periods allowed, a period the evidence covers looks back, and says so", () => {
    const result = decide({}, { settings: { lookBackPeriod: true } });
    expect(result.periodFromExistingEvidence).toBe(true);
    expect(step(result.reasons, "reason.soc2.lookback")).toEqual({
      key: "reason.soc2.lookback",
      params: { months: min },
      source: "estimation.yaml#soc2.engagement.lookBackPeriod",
    });
    expect(keys(result.reasons)).not.toContain("reason.soc2.period_forward");
  });

  it("the method's own look-back setting applies when the firm sets none", () => {
    const using = withEstimation((e) => {
      e.soc2.engagement.lookBackPeriod = true;
    });
    expect(decide({}, { using }).periodFromExistingEvidence).toBe(true);
    expect(decide({}, { using, settings: { lookBackPeriod: false } }).periodFromExistingEvidence).toBe(false);
  });

  it("a look-back period ends at the engagement start, so an annual period fits a deadline a forward one misses", () => {
    const answers = {
      report_cycle: "annual",
      evidence_months: evidence(annual),
      report_deadline: deadline(
        readinessMonths[readyBand] + reportingMax,
        readinessMonths[readyBand] + annual + reportingMax,
      ),
    };
    expect(decide(answers, { settings: { lookBackPeriod: true } })).toMatchObject({
      observationMonths: annual,
      periodFromExistingEvidence: true,
    });
    expect(decide(answers).observationMonths).toBe(min);
  });

  it("a Type I first never looks back", () => {
    const result = decide({ evidence_months: evidenceBelow(min) }, { settings: { lookBackPeriod: true } });
    expect(result.periodFromExistingEvidence).toBe(false);
  });

  it("the firm may agree a shorter minimum period, and the reason says so", () => {
    const shorter = rules.alternativeMinObservationMonths;
    expect(shorter).toBeLessThan(min);
    const result = decide({ evidence_months: evidence(shorter) }, { settings: { minObservationMonths: shorter } });
    expect(result).toMatchObject({ path: "type2_direct", observationMonths: shorter });
    expect(step(result.reasons, "reason.soc2.settings_min_observation").params).toEqual({ months: shorter });
    expect(decide({ evidence_months: evidence(shorter) }).firstReport).toBe("type1");
    expect(keys(decide({}).reasons)).not.toContain("reason.soc2.settings_min_observation");
  });
});

describe("deadlines", () => {
  const monthsToType2 = readinessMonths[readyBand] + min + reportingMax;

  it("a Type II can start directly when its latest report date falls on the deadline", () => {
    const [using, answers] = deadlineOf(monthsToType2);
    const result = decide(answers, { using });
    expect(result.path).toBe("type2_direct");
    expect(result.deadline?.status).toBe("met");
    expect(keys(result.reasons)).not.toContain("reason.soc2.deadline_before_type2");
  });

  it("half a month less and a Type I comes first, because the Type II report could not be issued in time", () => {
    const [using, answers] = deadlineOf(monthsToType2 - 0.5);
    const result = decide(answers, { using });
    expect(result.firstReport).toBe("type1");
    expect(step(result.reasons, "reason.soc2.deadline_before_type2")).toEqual({
      key: "reason.soc2.deadline_before_type2",
      params: { deadline: { option: { q: "report_deadline", id: "within_3m" } }, months: monthsToType2 },
      answers: ["report_deadline"],
    });
  });

  it("no deadline, or none answered, gives no deadline check", () => {
    expect(rules.deadlineMonths.none).toBeNull();
    expect(decide({ report_deadline: "none" }).deadline).toBeUndefined();
    const { report_deadline: _, ...rest } = base;
    expect(decideEngagement(method, rest, readiness(readyBand), {}, startDate).deadline).toBeUndefined();
  });

  describe("the first report's window against the deadline (a Type I first)", () => {
    const band = lowBands[0] as BandId;
    const [t1Min, t1Max] = rules.type1ReportMonths;
    const from = readinessMonths[band] + t1Min;
    const to = readinessMonths[band] + t1Max;
    const check = (months: number) => {
      const [using, answers] = deadlineOf(months);
      return decide(answers, { using, band });
    };

    it("met when the whole window falls by the deadline", () => {
      const result = check(to);
      expect(result.deadline).toEqual({
        months: to,
        status: "met",
        earliestReportDate: addMonths(startDate, from),
        latestReportDate: addMonths(startDate, to),
      });
      expect(keys(result.reasons)).not.toContain("reason.soc2.deadline_tight");
      expect(keys(result.reasons)).not.toContain("reason.soc2.deadline_unreachable");
    });

    it("tight when the deadline falls inside the window, from its end less half a month down to its start", () => {
      for (const months of [to - 0.5, from]) {
        const result = check(months);
        expect(result.deadline?.status, String(months)).toBe("tight");
        expect(step(result.reasons, "reason.soc2.deadline_tight").params).toEqual({
          deadline: { option: { q: "report_deadline", id: "within_3m" } },
          report: { key: "type.type1" },
          date: { date: addMonths(startDate, from) },
          latest: { date: addMonths(startDate, to) },
        });
      }
    });

    it("missed when even the earliest realistic date is after the deadline, with that date", () => {
      const result = check(from - 0.5);
      expect(result.deadline?.status).toBe("missed");
      expect(step(result.reasons, "reason.soc2.deadline_unreachable")).toMatchObject({
        params: { date: { date: addMonths(startDate, from) }, report: { key: "type.type1" } },
        answers: ["report_deadline"],
      });
      expect(keys(result.reasons)).not.toContain("reason.soc2.deadline_tight");
    });

    it("the firm's shortest deadline option, six weeks, cannot be met by any first report from a low band", () => {
      const result = decide({ report_deadline: "within_6w" }, { band });
      expect(rules.deadlineMonths.within_6w).toBe(1.5);
      expect(result.deadline?.status).toBe("missed");
    });
  });

  it("a renewal's window is the annual period plus the reporting time", () => {
    const months = readinessMonths[readyBand] + annual;
    const [using, answers] = deadlineOf(months + reportingMax);
    const result = decide({ ...answers, prior_certifications: ["soc2_type2"] }, { using });
    expect(result.deadline).toMatchObject({
      status: "met",
      earliestReportDate: addMonths(startDate, months + reportingMin),
      latestReportDate: addMonths(startDate, months + reportingMax),
    });
    const [late, lateAnswers] = deadlineOf(months + reportingMin);
    const tight = decide({ ...lateAnswers, prior_certifications: ["soc2_type2"] }, { using: late });
    expect(tight.path).toBe("type2_renewal");
    expect(tight.deadline?.status).toBe("tight");
    expect(step(tight.reasons, "reason.soc2.deadline_tight").params?.report).toEqual({ key: "type.type2" });
  });

  it("a look-back period's report window starts from the engagement start", () => {
    const result = decide({ report_deadline: deadline(12) }, { settings: { lookBackPeriod: true } });
    const months = readinessMonths[readyBand];
    expect(result.deadline).toMatchObject({
      earliestReportDate: addMonths(startDate, months + reportingMin),
      latestReportDate: addMonths(startDate, months + reportingMax),
    });
  });
});

describe("what the recommendation carries", () => {
  it("the months of readiness work follow the SOC 2 band", () => {
    for (const band of ["audit_ready", "minor_gaps", "material_gaps", "not_ready"] as const) {
      expect(decide({}, { band }).readinessMonths, band).toBe(readinessMonths[band]);
    }
  });

  it("the report timings and the annual period come from the method", () => {
    const result = decide({});
    expect(result.type1ReportMonths).toEqual(rules.type1ReportMonths);
    expect(result.type2ReportingMonths).toEqual(rules.type2ReportingMonths);
    expect(result.annualObservationMonths).toBe(annual);
  });
});

describe("observation periods chosen in a proposal", () => {
  it("the limits are the method's minimum and longest periods, or the firm's minimum", () => {
    const limits = observationLimits(method);
    expect(limits).toEqual({ min, max: rules.maxObservationMonths });
    expect(observationLimits(method, { minObservationMonths: 3 })).toEqual({ min: 3, max: rules.maxObservationMonths });
  });

  it("a period within the limits replaces the recommended one, which the trace keeps", () => {
    const recommended = decide({});
    const limits = observationLimits(method);
    const chosen = applyObservationOverride(method, recommended, limits.max, {});
    expect(chosen.observationMonths).toBe(limits.max);
    expect(chosen.reasons.slice(0, recommended.reasons.length)).toEqual(recommended.reasons);
    expect(chosen.reasons.slice(recommended.reasons.length)).toEqual([
      { key: "reason.soc2.override_observation", params: { months: limits.max, recommended: min } },
    ]);
  });

  it("a period outside the limits is brought to the nearest limit, and says so", () => {
    const recommended = decide({});
    const limits = observationLimits(method);
    const long = applyObservationOverride(method, recommended, limits.max + 1, {});
    expect(long.observationMonths).toBe(limits.max);
    expect(step(long.reasons, "reason.soc2.override_limited").params).toEqual({
      chosen: limits.max + 1,
      min: limits.min,
      max: limits.max,
    });
    const short = applyObservationOverride(method, decide({ evidence_months: evidence(annual) }), 1, {});
    expect(short.observationMonths).toBe(limits.min);
  });

  it("no choice, the recommended length, or a Type I only leaves the recommendation as it is", () => {
    const recommended = decide({});
    const limits = observationLimits(method);
    expect(applyObservationOverride(method, recommended, undefined, {})).toBe(recommended);
    expect(applyObservationOverride(method, recommended, min, {})).toBe(recommended);
    const only = decide({ report_type_requested: "type1", evidence_months: evidenceBelow(min) });
    expect(applyObservationOverride(method, only, limits.max, {})).toBe(only);
  });

  it("a look-back period stays one only when the chosen period is no longer than the evidence it was built on", () => {
    const limits = observationLimits(method);
    const lookBack = decide({ evidence_months: evidence(annual) }, { settings: { lookBackPeriod: true } });
    expect(lookBack.periodFromExistingEvidence).toBe(true);
    expect(applyObservationOverride(method, lookBack, limits.max, {}).periodFromExistingEvidence).toBe(false);
    const annualLookBack = decide(
      { evidence_months: evidence(annual), report_cycle: "annual" },
      { settings: { lookBackPeriod: true } },
    );
    expect(annualLookBack.observationMonths).toBe(annual);
    expect(applyObservationOverride(method, annualLookBack, min, {}).periodFromExistingEvidence).toBe(true);
  });
});
