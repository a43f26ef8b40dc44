import { addDays, addMonths, addWeeks } from "./dates.ts";
import type { Soc2Engagement } from "./engagement.ts";
import type { Method } from "./method.ts";
import type { BandId } from "./schema.ts";
import type { MessageKey, TraceStep } from "./trace.ts";

export interface Milestone {
  readonly id: string;
  readonly key: MessageKey;
  readonly framework: "soc2" | "iso42001";
  /** The date, or the earliest date of a window. */
  readonly date: string;
  /** The latest date of a window (a range such as "report in 2-4 months"), or the end of a period. */
  readonly endDate?: string;
  readonly kind: "point" | "window" | "period";
}

export interface Timeline {
  readonly startDate: string;
  readonly milestones: readonly Milestone[];
  readonly trace: readonly TraceStep[];
}

/**
 * Dates from the start date: readiness work, the SOC 2 reports and observation period, and the ISO/IEC 42001 stages,
 * certificate, surveillance audits and recertification. Pure date arithmetic: the same answers, start date and method
 * version always give the same dates.
 */
export function buildTimeline(
  method: Method,
  startDate: string,
  soc2: Soc2Engagement,
  iso: { applicable: boolean; band: BandId },
): Timeline {
  const milestones: Milestone[] = [];
  const trace: TraceStep[] = [{ key: "trace.timeline.start", params: { date: { date: startDate } } }];
  const add = (m: Milestone) => milestones.push(m);

  const engagementStart = addMonths(startDate, soc2.readinessMonths);
  if (soc2.readinessMonths > 0) {
    add({
      id: "soc2_readiness",
      key: "milestone.readiness_start",
      framework: "soc2",
      date: startDate,
      endDate: addDays(engagementStart, -1),
      kind: "period",
    });
    trace.push({
      key: "trace.timeline.readiness",
      params: { months: soc2.readinessMonths, framework: { key: "framework.soc2" } },
    });
  }
  add({
    id: "soc2_engagement",
    key: "milestone.engagement_start",
    framework: "soc2",
    date: engagementStart,
    kind: "point",
  });

  let observationStart: string | undefined;
  if (soc2.firstReport === "type1") {
    const asOf = addMonths(engagementStart, method.estimation.soc2.engagement.type1AsOfMonths);
    add({ id: "soc2_type1_as_of", key: "milestone.type1_as_of", framework: "soc2", date: asOf, kind: "point" });
    add({
      id: "soc2_type1_report",
      key: "milestone.type1_report",
      framework: "soc2",
      date: addMonths(engagementStart, soc2.type1ReportMonths[0]),
      endDate: addMonths(engagementStart, soc2.type1ReportMonths[1]),
      kind: "window",
    });
    if (soc2.path !== "type1_only") observationStart = addDays(asOf, 1);
  } else {
    // Agreed at the engagement start and run forward from it, unless the firm allows a look-back period over months
    // already evidenced (then it ends the day before the engagement starts).
    observationStart = soc2.periodFromExistingEvidence
      ? addMonths(engagementStart, -soc2.observationMonths)
      : engagementStart;
    trace.push({
      key: soc2.periodFromExistingEvidence ? "trace.timeline.period_lookback" : "trace.timeline.period_forward",
      params: { months: soc2.observationMonths, date: { date: observationStart } },
    });
  }
  if (observationStart !== undefined) {
    const observationEnd = addDays(addMonths(observationStart, soc2.observationMonths), -1);
    add({
      id: "soc2_observation",
      key: "milestone.observation_start",
      framework: "soc2",
      date: observationStart,
      endDate: observationEnd,
      kind: "period",
    });
    // A period already evidenced is reported on from the engagement start. (Dates compare as strings.)
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers
    const reportFrom = observationEnd < engagementStart ? engagementStart : observationEnd;
    add({
      id: "soc2_type2_report",
      key: "milestone.type2_report",
      framework: "soc2",
      date: addMonths(reportFrom, soc2.type2ReportingMonths[0]),
      endDate: addMonths(reportFrom, soc2.type2ReportingMonths[1]),
      kind: "window",
    });
    add({
      id: "soc2_next_period",
      key: "milestone.next_period_end",
      framework: "soc2",
      date: addDays(observationEnd, 1),
      endDate: addMonths(observationEnd, soc2.annualObservationMonths),
      kind: "period",
    });
  }

  if (iso.applicable) {
    const plan = method.estimation.timeline.iso;
    const readiness = method.estimation.timeline.readinessMonths[iso.band];
    const isoStart = addMonths(startDate, readiness);
    if (readiness > 0) {
      add({
        id: "iso_readiness",
        key: "milestone.readiness_start",
        framework: "iso42001",
        date: startDate,
        endDate: addDays(isoStart, -1),
        kind: "period",
      });
      trace.push({
        key: "trace.timeline.readiness",
        params: { months: readiness, framework: { key: "framework.iso42001" } },
      });
    }
    add({ id: "iso_engagement", key: "milestone.iso_start", framework: "iso42001", date: isoStart, kind: "point" });
    const stage1 = addWeeks(isoStart, plan.stage1AfterStartWeeks);
    add({ id: "iso_stage1", key: "milestone.iso_stage1", framework: "iso42001", date: stage1, kind: "point" });
    const stage2Earliest = addWeeks(stage1, plan.stage2AfterStage1Weeks[0]);
    const stage2Latest = addWeeks(stage1, plan.stage2AfterStage1Weeks[1]);
    add({
      id: "iso_stage2",
      key: "milestone.iso_stage2",
      framework: "iso42001",
      date: stage2Earliest,
      endDate: stage2Latest,
      kind: "window",
    });
    // The certification decision falls in a window after Stage 2; the cycle is planned from its earliest date, so
    // every surveillance audit stays within 12 months of the decision whenever in the window it is taken.
    const certificate = addWeeks(stage2Earliest, plan.certificateAfterStage2Weeks[0]);
    add({
      id: "iso_certificate",
      key: "milestone.iso_certificate",
      framework: "iso42001",
      date: certificate,
      endDate: addWeeks(stage2Latest, plan.certificateAfterStage2Weeks[1]),
      kind: "window",
    });
    add({
      id: "iso_surveillance1",
      key: "milestone.iso_surveillance1",
      framework: "iso42001",
      date: addMonths(certificate, plan.surveillanceMonthsAfterCertificate[0]),
      kind: "point",
    });
    add({
      id: "iso_surveillance2",
      key: "milestone.iso_surveillance2",
      framework: "iso42001",
      date: addMonths(certificate, plan.surveillanceMonthsAfterCertificate[1]),
      kind: "point",
    });
    add({
      id: "iso_recertification",
      key: "milestone.iso_recertification",
      framework: "iso42001",
      date: addMonths(certificate, plan.recertificationMonthsAfterCertificate),
      kind: "point",
    });
    add({
      id: "iso_expiry",
      key: "milestone.iso_expiry",
      framework: "iso42001",
      date: addMonths(certificate, plan.certificateValidityMonths),
      kind: "point",
    });
  }
  return { startDate, milestones, trace };
}
