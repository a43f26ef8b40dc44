import type { Answers } from "./answers.ts";
import type { Method } from "./method.ts";
import type { Settings } from "./schema.ts";
import type { Score } from "./scoring.ts";
import type { TraceStep } from "./trace.ts";

export type ReportType = "type1" | "type2";
export type EngagementPath = "type1_then_type2" | "type2_direct" | "type2_renewal" | "type1_only";

/** The SOC 2 recommendation: which report first, the path, the observation period and why. */
export interface Soc2Engagement {
  /** The report to start with. */
  readonly firstReport: ReportType;
  readonly path: EngagementPath;
  /** Length of the first Type II observation period, in months. */
  readonly observationMonths: number;
  /** Length of later, annual periods. */
  readonly annualObservationMonths: number;
  /** When true, the first Type II period can end at the engagement start (controls already evidenced). */
  readonly periodFromExistingEvidence: boolean;
  /** Months of readiness work before the engagement starts. */
  readonly readinessMonths: number;
  readonly type1ReportMonths: readonly [number, number];
  readonly type2ReportingMonths: readonly [number, number];
  readonly reasons: readonly TraceStep[];
}

const value = (answers: Answers, id: string): string | undefined => {
  const v = answers[id];
  return typeof v === "string" ? v : undefined;
};
const includes = (answers: Answers, id: string, option: string): boolean => {
  const v = answers[id];
  return Array.isArray(v) && v.includes(option);
};

/**
 * Type I or Type II, following our published positions: a Type I report 2-4 months after the engagement starts; a
 * Type II needs at least the minimum observation period (6 months; 12 for annual reports) of operating evidence plus
 * 2-3 months of testing and reporting. A Type I first is better when controls have not run long enough, when the
 * deadline falls before a Type II could be issued, or when readiness is too low to test operating effectiveness.
 */
export function decideEngagement(
  method: Method,
  answers: Answers,
  readiness: Score,
  settings: Settings,
): Soc2Engagement {
  const rules = method.estimation.soc2.engagement;
  const minObservation = settings.minObservationMonths ?? rules.minObservationMonths;
  const annual = rules.annualObservationMonths;
  const readinessMonths = method.estimation.timeline.readinessMonths[readiness.band];
  const evidenceAnswer = value(answers, "evidence_months");
  const evidence = evidenceAnswer === undefined ? 0 : (rules.evidenceMonths[evidenceAnswer] ?? 0);
  const deadlineAnswer = value(answers, "report_deadline");
  const deadline = deadlineAnswer === undefined ? null : (rules.deadlineMonths[deadlineAnswer] ?? null);
  const requested = value(answers, "report_type_requested");
  const priorType2 = includes(answers, "prior_certifications", "soc2_type2");
  const annualRequesters = includes(answers, "report_requesters", "financial_institutions");
  const type2Ready = rules.type2ReadyBands.includes(readiness.band) && readiness.blockers.length === 0;

  const reasons: TraceStep[] = [];
  if (settings.minObservationMonths !== undefined) {
    reasons.push({ key: "reason.soc2.settings_min_observation", params: { months: minObservation } });
  }
  const base = {
    annualObservationMonths: annual,
    readinessMonths,
    type1ReportMonths: rules.type1ReportMonths,
    type2ReportingMonths: rules.type2ReportingMonths,
  };
  const type1Timing: TraceStep = {
    key: "reason.soc2.type1_timing",
    params: { min: rules.type1ReportMonths[0], max: rules.type1ReportMonths[1] },
    source: "estimation.yaml#soc2.engagement.type1ReportMonths",
  };
  const type2Timing = (months: number): TraceStep => ({
    key: "reason.soc2.type2_timing",
    params: { months, min: rules.type2ReportingMonths[0], max: rules.type2ReportingMonths[1] },
    source: "estimation.yaml#soc2.engagement.type2ReportingMonths",
  });

  // An organisation renewing a Type II report keeps a continuous annual period.
  if (priorType2 && type2Ready) {
    reasons.push({ key: "reason.soc2.prior_type2", params: { months: annual }, answers: ["prior_certifications"] });
    reasons.push(type2Timing(annual));
    return {
      ...base,
      firstReport: "type2",
      path: "type2_renewal",
      observationMonths: annual,
      periodFromExistingEvidence: evidence >= annual,
      reasons,
    };
  }

  // Why a Type II cannot come first.
  const blockers = readiness.blockers.length > 0;
  const lowReadiness = !rules.type2ReadyBands.includes(readiness.band);
  const shortEvidence = evidence < minObservation;
  // Earliest first Type II report if started now: readiness work, the minimum period (unless already evidenced), reporting.
  const earliestType2 = readinessMonths + (shortEvidence ? minObservation : 0) + rules.type2ReportingMonths[1];
  const deadlineTooSoon = deadline !== null && deadline < earliestType2;

  if (blockers)
    reasons.push({
      key: "reason.soc2.blockers",
      params: { count: readiness.blockers.length },
      answers: readiness.blockers,
    });
  if (lowReadiness)
    reasons.push({ key: "reason.soc2.readiness_low", params: { band: { key: `band.${readiness.band}` } } });
  if (shortEvidence) {
    reasons.push({
      key: "reason.soc2.evidence_short",
      params: { evidence: { option: { q: "evidence_months", id: evidenceAnswer ?? "none" } }, months: minObservation },
      answers: ["evidence_months"],
      source: "estimation.yaml#soc2.engagement.minObservationMonths",
    });
  }
  if (deadlineTooSoon && deadlineAnswer !== undefined) {
    reasons.push({
      key: "reason.soc2.deadline_before_type2",
      params: { deadline: { option: { q: "report_deadline", id: deadlineAnswer } }, months: earliestType2 },
      answers: ["report_deadline", "evidence_months"],
    });
  }

  if (!type2Ready || shortEvidence || deadlineTooSoon) {
    // Even a Type I may not make a very short deadline once readiness work is counted.
    const earliestType1 = readinessMonths + rules.type1ReportMonths[1];
    if (deadline !== null && deadline < earliestType1) {
      reasons.push({
        key: "reason.soc2.deadline_tight",
        params: { months: earliestType1 },
        answers: ["report_deadline"],
      });
    }
    const path: EngagementPath = requested === "type1" && !annualRequesters ? "type1_only" : "type1_then_type2";
    if (requested === "type1") reasons.push({ key: "reason.soc2.requested_type1", answers: ["report_type_requested"] });
    reasons.push(type1Timing);
    reasons.push({
      key: "reason.soc2.min_observation",
      params: { months: minObservation },
      source: "estimation.yaml#soc2.engagement.minObservationMonths",
    });
    return {
      ...base,
      firstReport: "type1",
      path,
      observationMonths: minObservation,
      periodFromExistingEvidence: false,
      reasons,
    };
  }

  // Ready, with enough evidence and time: a Type II directly.
  reasons.push({
    key: "reason.soc2.evidence_sufficient",
    params: { evidence: { option: { q: "evidence_months", id: evidenceAnswer ?? "none" } }, months: minObservation },
    answers: ["evidence_months"],
  });
  let observationMonths = minObservation;
  if (annualRequesters) {
    reasons.push({ key: "reason.soc2.annual_requesters", params: { months: annual }, answers: ["report_requesters"] });
    if (evidence >= annual) observationMonths = annual;
    else reasons.push({ key: "reason.soc2.first_period_shorter", params: { months: minObservation, annual } });
  }
  const fromEvidence = evidence >= observationMonths;
  if (fromEvidence) reasons.push({ key: "reason.soc2.lookback", params: { months: observationMonths } });
  reasons.push(type2Timing(observationMonths));
  return {
    ...base,
    firstReport: "type2",
    path: "type2_direct",
    observationMonths,
    periodFromExistingEvidence: fromEvidence,
    reasons,
  };
}
