/**
 * The SOC 2 report type: Type I or Type II first, the path, and the observation period. The numbers are in
 * estimation.yaml (soc2.engagement); this module holds the rules that combine them.
 */
import type { Answers } from "./answers.ts";
import { conditionQuestions, holds } from "./conditions.ts";
import { addMonths } from "./dates.ts";
import type { Method } from "./method-index.ts";
import type { Settings } from "./schema.ts";
import type { Score } from "./scoring.ts";
import type { TraceStep } from "./trace.ts";

export type ReportType = "type1" | "type2";
export type EngagementPath = "type1_then_type2" | "type2_direct" | "type2_renewal" | "type1_only";

/** Whether the first report can be issued by the client's deadline, and the window in which it is expected. */
export interface DeadlineCheck {
  /** Months from the start date to the deadline. */
  readonly months: number;
  /**
   * "met": the whole expected window falls by the deadline; "tight": only its start does, so the deadline holds
   * only if everything goes to plan; "missed": even the earliest realistic date falls after it.
   */
  readonly status: "met" | "tight" | "missed";
  /** The earliest realistic date of the first report (the start of its window). */
  readonly earliestReportDate: string;
  /** The latest expected date of the first report (the end of its window). */
  readonly latestReportDate: string;
}

/** The SOC 2 recommendation: which report first, the path, the observation period and why. */
export interface Soc2Engagement {
  /** The report to start with. */
  readonly firstReport: ReportType;
  readonly path: EngagementPath;
  /** Length of the first Type II observation period, in months. */
  readonly observationMonths: number;
  /** Length of later, annual periods. */
  readonly annualObservationMonths: number;
  /** Whether customers expect a new report every year. */
  readonly annualReports: boolean;
  /**
   * True when the first Type II period looks back over months already evidenced and ends at the engagement start
   * (only when the firm allows look-back periods); otherwise it is agreed at the engagement start and runs forward.
   */
  readonly periodFromExistingEvidence: boolean;
  /** Months of readiness work before the engagement starts. */
  readonly readinessMonths: number;
  readonly type1ReportMonths: readonly [number, number];
  readonly type2ReportingMonths: readonly [number, number];
  /** The deadline check; absent when the client has no deadline. */
  readonly deadline?: DeadlineCheck;
  readonly reasons: readonly TraceStep[];
}

/** The observation periods a proposal may set: from the method's (or the firm's) minimum to the longest. */
export function observationLimits(method: Method, settings: Settings = {}): { min: number; max: number } {
  const rules = method.estimation.soc2.engagement;
  return { min: settings.minObservationMonths ?? rules.minObservationMonths, max: rules.maxObservationMonths };
}

const value = (answers: Answers, id: string): string | undefined => {
  const v = answers[id];
  return typeof v === "string" ? v : undefined;
};
const includes = (answers: Answers, id: string, option: string): boolean => {
  const v = answers[id];
  return Array.isArray(v) && v.includes(option);
};

interface Plan {
  readonly firstReport: ReportType;
  readonly path: EngagementPath;
  readonly observationMonths: number;
  readonly fromEvidence: boolean;
}

/**
 * Type I or Type II, following our published positions (estimation.yaml#soc2.engagement):
 * - A renewal (a Type II already held, controls ready) continues an annual period.
 * - A Type II comes first only when SOC 2 readiness is in a Type II band with no SOC 2 blockers, the controls have
 *   operated with evidence for at least the minimum period, and the report can be issued by the deadline.
 * - Otherwise a Type I comes first (or only, when a Type I is all that was asked for and no annual reports are due).
 * - The first Type II period is the annual one when customers expect a report every year and the evidence already
 *   covers it (and the deadline allows), else the minimum; it runs forward from the engagement start unless the firm
 *   allows look-back periods and the evidence covers the period.
 * `startDate` only dates the deadline check; the rules count in months from it.
 */
export function decideEngagement(
  method: Method,
  answers: Answers,
  readiness: Score,
  settings: Settings,
  startDate: string,
): Soc2Engagement {
  const rules = method.estimation.soc2.engagement;
  const minObservation = settings.minObservationMonths ?? rules.minObservationMonths;
  const annual = rules.annualObservationMonths;
  const lookBack = settings.lookBackPeriod ?? rules.lookBackPeriod;
  const readinessMonths = method.estimation.timeline.readinessMonths[readiness.band];
  const evidenceAnswer = value(answers, "evidence_months");
  const evidence = evidenceAnswer === undefined ? 0 : (rules.evidenceMonths[evidenceAnswer] ?? 0);
  const deadlineAnswer = value(answers, "report_deadline");
  const deadline = deadlineAnswer === undefined ? null : (rules.deadlineMonths[deadlineAnswer] ?? null);
  const requested = value(answers, "report_type_requested");
  const priorType2 = includes(answers, "prior_certifications", "soc2_type2");
  const annualReports = holds(rules.annualReportsWhen, answers);
  const soc2Blockers = readiness.blockers.length > 0;
  const lowReadiness = !rules.type2ReadyBands.includes(readiness.band);
  const type2Ready = !lowReadiness && !soc2Blockers;
  const shortEvidence = evidence < minObservation;
  const reporting = rules.type2ReportingMonths;

  const reasons: TraceStep[] = [];
  if (settings.minObservationMonths !== undefined) {
    reasons.push({ key: "reason.soc2.settings_min_observation", params: { months: minObservation } });
  }
  if (annualReports) {
    reasons.push({
      key: "reason.soc2.annual_reports",
      params: { months: annual },
      answers: [...new Set(conditionQuestions(rules.annualReportsWhen))].filter((q) => answers[q] !== undefined),
      source: "estimation.yaml#soc2.engagement.annualReportsWhen",
    });
  }
  /** Months from the start date to the latest end of the first Type II report's window. */
  const type2ReportBy = (period: number, fromEvidence: boolean) =>
    readinessMonths + (fromEvidence ? 0 : period) + reporting[1];
  const canLookBack = (period: number) => lookBack && evidence >= period;

  const plan = ((): Plan => {
    // An organisation renewing a Type II report keeps a continuous annual period.
    if (priorType2 && type2Ready) {
      reasons.push({ key: "reason.soc2.prior_type2", params: { months: annual }, answers: ["prior_certifications"] });
      return {
        firstReport: "type2",
        path: "type2_renewal",
        observationMonths: annual,
        fromEvidence: canLookBack(annual),
      };
    }
    // The first Type II period: the annual one when it is due and already evidenced, else the minimum.
    let period = minObservation;
    if (annualReports && evidence >= annual) {
      const fits = deadline === null || type2ReportBy(annual, canLookBack(annual)) <= deadline;
      if (fits) period = annual;
      else
        reasons.push({ key: "reason.soc2.annual_period_after_deadline", params: { months: minObservation, annual } });
    } else if (annualReports && !shortEvidence) {
      reasons.push({ key: "reason.soc2.first_period_shorter", params: { months: minObservation, annual } });
    }
    const fromEvidence = canLookBack(period);
    const deadlineTooSoon = deadline !== null && type2ReportBy(period, fromEvidence) > deadline;

    if (soc2Blockers) {
      reasons.push({
        key: "reason.soc2.blockers",
        params: { count: readiness.blockers.length },
        answers: readiness.blockers,
      });
    }
    if (lowReadiness) {
      reasons.push({ key: "reason.soc2.readiness_low", params: { band: { key: `band.${readiness.band}` } } });
    }
    if (shortEvidence) {
      reasons.push({
        key: "reason.soc2.evidence_short",
        params: {
          evidence: { option: { q: "evidence_months", id: evidenceAnswer ?? "none" } },
          months: minObservation,
        },
        answers: ["evidence_months"],
        source: "estimation.yaml#soc2.engagement.minObservationMonths",
      });
    }
    if (deadlineTooSoon && deadlineAnswer !== undefined) {
      reasons.push({
        key: "reason.soc2.deadline_before_type2",
        params: {
          deadline: { option: { q: "report_deadline", id: deadlineAnswer } },
          months: type2ReportBy(period, fromEvidence),
        },
        answers: ["report_deadline"],
      });
    }
    if (!type2Ready || shortEvidence || deadlineTooSoon) {
      const path: EngagementPath = requested === "type1" && !annualReports ? "type1_only" : "type1_then_type2";
      if (requested === "type1")
        reasons.push({ key: "reason.soc2.requested_type1", answers: ["report_type_requested"] });
      return { firstReport: "type1", path, observationMonths: minObservation, fromEvidence: false };
    }
    reasons.push({
      key: "reason.soc2.evidence_sufficient",
      params: { evidence: { option: { q: "evidence_months", id: evidenceAnswer ?? "none" } }, months: minObservation },
      answers: ["evidence_months"],
    });
    return { firstReport: "type2", path: "type2_direct", observationMonths: period, fromEvidence };
  })();

  if (plan.firstReport === "type1") {
    reasons.push({
      key: "reason.soc2.type1_timing",
      params: { min: rules.type1ReportMonths[0], max: rules.type1ReportMonths[1] },
      source: "estimation.yaml#soc2.engagement.type1ReportMonths",
    });
  }
  if (plan.path !== "type1_only") {
    reasons.push(
      plan.fromEvidence
        ? {
            key: "reason.soc2.lookback",
            params: { months: plan.observationMonths },
            source: "estimation.yaml#soc2.engagement.lookBackPeriod",
          }
        : {
            key: plan.firstReport === "type1" ? "reason.soc2.period_after_type1" : "reason.soc2.period_forward",
            params: { months: plan.observationMonths },
            source: "estimation.yaml#soc2.engagement.lookBackPeriod",
          },
    );
    reasons.push({
      key: "reason.soc2.type2_timing",
      params: { months: plan.observationMonths, min: reporting[0], max: reporting[1] },
      source: "estimation.yaml#soc2.engagement.type2ReportingMonths",
    });
  }

  let deadlineCheck: DeadlineCheck | undefined;
  if (deadline !== null && deadlineAnswer !== undefined) {
    const firstReportWindow: readonly [number, number] =
      plan.firstReport === "type1"
        ? [readinessMonths + rules.type1ReportMonths[0], readinessMonths + rules.type1ReportMonths[1]]
        : [
            type2ReportBy(plan.observationMonths, plan.fromEvidence) - reporting[1] + reporting[0],
            type2ReportBy(plan.observationMonths, plan.fromEvidence),
          ];
    const status = firstReportWindow[1] <= deadline ? "met" : firstReportWindow[0] <= deadline ? "tight" : "missed";
    deadlineCheck = {
      months: deadline,
      status,
      earliestReportDate: addMonths(startDate, firstReportWindow[0]),
      latestReportDate: addMonths(startDate, firstReportWindow[1]),
    };
    if (status !== "met") {
      reasons.push({
        key: status === "missed" ? "reason.soc2.deadline_unreachable" : "reason.soc2.deadline_tight",
        params: {
          deadline: { option: { q: "report_deadline", id: deadlineAnswer } },
          report: { key: `type.${plan.firstReport}` },
          date: { date: deadlineCheck.earliestReportDate },
          latest: { date: deadlineCheck.latestReportDate },
        },
        answers: ["report_deadline"],
      });
    }
  }

  return {
    firstReport: plan.firstReport,
    path: plan.path,
    observationMonths: plan.observationMonths,
    annualObservationMonths: annual,
    annualReports,
    periodFromExistingEvidence: plan.fromEvidence,
    readinessMonths,
    type1ReportMonths: rules.type1ReportMonths,
    type2ReportingMonths: reporting,
    ...(deadlineCheck ? { deadline: deadlineCheck } : {}),
    reasons,
  };
}

/**
 * A proposal's chosen observation period, within the method's limits (a value outside them is brought to the
 * nearest limit). Traced as an override with the recommended period kept.
 */
export function applyObservationOverride(
  method: Method,
  engagement: Soc2Engagement,
  chosen: number | undefined,
  settings: Settings,
): Soc2Engagement {
  if (chosen === undefined || engagement.path === "type1_only") return engagement;
  const limits = observationLimits(method, settings);
  const months = Math.min(limits.max, Math.max(limits.min, chosen));
  if (months === engagement.observationMonths) return engagement;
  const reasons: TraceStep[] = [
    ...engagement.reasons,
    { key: "reason.soc2.override_observation", params: { months, recommended: engagement.observationMonths } },
  ];
  if (months !== chosen) {
    reasons.push({ key: "reason.soc2.override_limited", params: { chosen, min: limits.min, max: limits.max } });
  }
  return {
    ...engagement,
    observationMonths: months,
    periodFromExistingEvidence: engagement.periodFromExistingEvidence && months <= engagement.observationMonths,
    reasons,
  };
}
