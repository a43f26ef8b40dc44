/**
 * Where the client stands against its own goal, in a few sentences the results lead with: per framework, what report
 * or certificate is possible and when, whether that meets the deadline, the next steps specific to the result, and
 * what the audit days mean (hours, auditor-weeks, the recurring annual SOC 2 Type II and, when the firm publishes an
 * indicative day-rate range, an indicative fee). Message keys and figures only, like the rest of the engine.
 */
import type { Answers } from "./answers.ts";
import type { Framework } from "./gaps.ts";
import { type Assessment, type FeeRange, fee } from "./index.ts";
import type { Method } from "./method-index.ts";
import { readProfile } from "./profile.ts";
import type { RoadmapPhase } from "./roadmap.ts";
import type { Settings } from "./schema.ts";
import { estimateSoc2Days, type Soc2Days } from "./soc2-days.ts";
import type { MessageKey, TraceStep } from "./trace.ts";

export type DayFigureId = "soc2_type1" | "soc2_type2" | "soc2_annual" | "iso_initial" | "iso_cycle";

/** One audit-day figure with what it means. */
export interface DayFigure {
  readonly id: DayFigureId;
  readonly days: number;
  /** Auditor-hours: days × the hours of an audit day. */
  readonly hours: number;
  /** Auditor-weeks, to one decimal. */
  readonly auditorWeeks: number;
  /** Type II figures: the observation period they assume. */
  readonly observationMonths?: number;
  /** Indicative fee range at the firm's published day rates (absent when the firm publishes none). */
  readonly fee?: FeeRange;
}

export interface Outlook {
  /** The frameworks in the order of the client's goal (a framework not in play is left out). */
  readonly order: readonly Framework[];
  /** SOC 2: a headline sentence and, with a deadline, whether it is met. */
  readonly soc2: readonly TraceStep[];
  /** ISO/IEC 42001 when it applies: a headline sentence. */
  readonly iso: readonly TraceStep[] | null;
  /** The next steps, most useful first (estimation.yaml#planning.nextSteps of them). */
  readonly nextSteps: readonly TraceStep[];
  readonly auditDayHours: number;
  readonly auditorWeekDays: number;
  readonly days: readonly DayFigure[];
  /** The recurring SOC 2 Type II examination each year after the first (absent when only a Type I is planned). */
  readonly annualType2?: Soc2Days;
}

const date = (value: string) => ({ date: value });

/**
 * The outlook for an assessment. `answers` are the answers it was evaluated from (hidden questions' answers are
 * ignored as in evaluate), `roadmap` its phases (roadmap.ts), `settings` the same settings (day rates give fees).
 */
export function buildOutlook(
  method: Method,
  assessment: Assessment,
  answers: Answers,
  roadmap: readonly RoadmapPhase[],
  settings: Settings = {},
): Outlook {
  const planning = method.estimation.planning;
  const engagement = assessment.soc2.engagement;
  const milestones = new Map(assessment.timeline.milestones.map((m) => [m.id, m]));
  const iso = assessment.iso42001;
  const targets = readProfile(answers).targets;
  const order: Framework[] = targets[0] === "iso42001" ? ["iso42001", "soc2"] : ["soc2", "iso42001"];
  const inPlay = order.filter((f) => f === "soc2" || iso.applicable);

  // ── SOC 2 headline ─────────────────────────────────────────────────────────────────────────────────────────────
  const type2Report = milestones.get("soc2_type2_report");
  const window = (m: { date: string; endDate?: string } | undefined) =>
    m ? { from: date(m.date), to: date(m.endDate ?? m.date) } : {};
  const months = {
    min: engagement.readinessMonths + engagement.type1ReportMonths[0],
    max: engagement.readinessMonths + engagement.type1ReportMonths[1],
  };
  const soc2Blockers = assessment.readiness.soc2.blockers;
  const soc2: TraceStep[] = [];
  if (engagement.path === "type2_renewal") soc2.push({ key: "outlook.soc2.renewal", params: window(type2Report) });
  else if (engagement.path === "type2_direct") {
    soc2.push({
      key: "outlook.soc2.type2",
      params: { ...window(type2Report), months: engagement.observationMonths },
    });
  } else if (engagement.path === "type1_only") soc2.push({ key: "outlook.soc2.type1_only", params: months });
  else if (soc2Blockers.length > 0) {
    soc2.push({
      key: "outlook.soc2.type1_blockers",
      params: { ...months, count: soc2Blockers.length },
      answers: soc2Blockers,
    });
  } else soc2.push({ key: "outlook.soc2.type1_then_type2", params: { ...months, ...window(type2Report) } });
  const deadline = engagement.deadline;
  const deadlineAnswer = answers.report_deadline;
  if (deadline && typeof deadlineAnswer === "string") {
    soc2.push({
      key: `outlook.deadline.${deadline.status}`,
      params: {
        deadline: { option: { q: "report_deadline", id: deadlineAnswer } },
        report: { key: `type.${engagement.firstReport}` },
        date: date(deadline.earliestReportDate),
        latest: date(deadline.latestReportDate),
      },
      answers: ["report_deadline"],
    });
  }

  // ── ISO/IEC 42001 headline ─────────────────────────────────────────────────────────────────────────────────────
  let isoSteps: TraceStep[] | null = null;
  if (iso.applicable) {
    const certificate = window(milestones.get("iso_certificate"));
    const isoBlockers = assessment.readiness.iso42001?.blockers ?? [];
    const stage1 = milestones.get("iso_stage1");
    isoSteps = [
      isoBlockers.length > 0 && stage1
        ? {
            key: "outlook.iso.blockers",
            params: { ...certificate, count: isoBlockers.length, date: date(stage1.date) },
            answers: isoBlockers,
          }
        : { key: "outlook.iso.certificate", params: certificate },
    ];
  }

  // ── Next steps ─────────────────────────────────────────────────────────────────────────────────────────────────
  const phase = (id: string) => roadmap.find((p) => p.id === id);
  const stepsFor = (framework: Framework): TraceStep[] => {
    const steps: TraceStep[] = [];
    const blockers =
      framework === "soc2" ? soc2Blockers : iso.applicable ? (assessment.readiness.iso42001?.blockers ?? []) : [];
    if (blockers.length > 0) {
      steps.push({
        key: "next.close_blockers",
        params: { count: blockers.length, framework: { key: `framework.${framework}` } },
        answers: blockers,
      });
    }
    if (framework === "soc2") {
      if (deadline && deadline.status !== "met") {
        steps.push({
          key: deadline.status === "missed" ? "next.deadline_missed" : "next.deadline_tight",
          params: { report: { key: `type.${engagement.firstReport}` }, date: date(deadline.earliestReportDate) },
          answers: ["report_deadline"],
        });
      }
      const design = phase("soc2_design");
      if (design) {
        steps.push({
          key: "next.design_by",
          params: {
            count: design.gaps.length,
            date: date(design.due),
            milestone: { key: milestoneKey(assessment, design.dueMilestone) },
          },
          answers: design.gaps,
        });
      }
      const observation = milestones.get("soc2_observation");
      if (observation && engagement.path !== "type1_only") {
        steps.push({ key: "next.start_records", params: window(observation) });
      }
    } else {
      const stage1 = phase("iso_stage1");
      if (stage1) {
        steps.push({
          key: "next.iso_stage1",
          params: { count: stage1.gaps.length, date: date(stage1.due) },
          answers: stage1.gaps,
        });
      }
    }
    return steps;
  };
  const nextSteps = [
    ...inPlay.flatMap(stepsFor),
    {
      key: "next.scope",
      params: {
        categories: { list: assessment.soc2.criteria.included.map((tsc) => ({ tsc })) },
        count: assessment.soc2.criteria.criteriaCount,
      },
    } satisfies TraceStep,
    { key: "next.evidence_list" } satisfies TraceStep,
  ].slice(0, planning.nextSteps);

  // ── What the days mean ─────────────────────────────────────────────────────────────────────────────────────────
  const rules = method.estimation.soc2.engagement;
  const annualType2 =
    engagement.path === "type1_only"
      ? undefined
      : estimateSoc2Days(method, answers, {
          type: "type2",
          observationMonths: rules.annualObservationMonths,
          categories: assessment.soc2.criteria.included,
          band: assessment.readiness.soc2.band,
        });
  const rates = settings.dayRates;
  const figure = (id: DayFigureId, days: number, framework: Framework, observationMonths?: number): DayFigure => {
    const range = rates ? fee(days, framework === "soc2" ? rates.soc2 : rates.iso42001, rates.currency) : undefined;
    return {
      id,
      days,
      hours: days * planning.auditDayHours,
      auditorWeeks: Math.round((days / planning.auditorWeekDays) * 10) / 10,
      ...(observationMonths !== undefined ? { observationMonths } : {}),
      ...(range ? { fee: range } : {}),
    };
  };
  const days: DayFigure[] = [];
  const { type1, type2 } = assessment.soc2.days;
  if (type1) days.push(figure("soc2_type1", type1.days, "soc2"));
  if (type2) days.push(figure("soc2_type2", type2.days, "soc2", type2.observationMonths));
  if (annualType2) days.push(figure("soc2_annual", annualType2.days, "soc2", annualType2.observationMonths));
  if (iso.applicable) {
    days.push(
      figure("iso_initial", iso.days.initial, "iso42001"),
      figure("iso_cycle", iso.days.cycleTotal, "iso42001"),
    );
  }

  return {
    order: inPlay,
    soc2,
    iso: isoSteps,
    nextSteps,
    auditDayHours: planning.auditDayHours,
    auditorWeekDays: planning.auditorWeekDays,
    days,
    ...(annualType2 ? { annualType2 } : {}),
  };
}

/** The message key of a milestone of this assessment's timeline. */
function milestoneKey(assessment: Assessment, id: string): MessageKey {
  return assessment.timeline.milestones.find((m) => m.id === id)?.key ?? "milestone.engagement_start";
}
