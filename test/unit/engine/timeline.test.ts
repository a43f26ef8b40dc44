import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWeeks } from "../../../src/engine/dates.ts";
import type { Soc2Engagement } from "../../../src/engine/engagement.ts";
import type { BandId } from "../../../src/engine/schema.ts";
import { buildTimeline, type Milestone } from "../../../src/engine/timeline.ts";
import { keys, method, startDate } from "./support.ts";

const rules = method.estimation.soc2.engagement;
const plan = method.estimation.timeline.iso;
const readinessMonths = method.estimation.timeline.readinessMonths;

/** A SOC 2 recommendation as the timeline reads it. */
function engagement(fields: Partial<Soc2Engagement> = {}): Soc2Engagement {
  return {
    firstReport: "type2",
    path: "type2_direct",
    observationMonths: rules.minObservationMonths,
    annualObservationMonths: rules.annualObservationMonths,
    annualReports: false,
    periodFromExistingEvidence: false,
    readinessMonths: 0,
    type1ReportMonths: rules.type1ReportMonths,
    type2ReportingMonths: rules.type2ReportingMonths,
    reasons: [],
    ...fields,
  };
}
const type1First = (fields: Partial<Soc2Engagement> = {}) =>
  engagement({ firstReport: "type1", path: "type1_then_type2", ...fields });

const noIso = { applicable: false, band: "not_ready" as BandId };
const timeline = (soc2: Soc2Engagement, iso = noIso) => buildTimeline(method, startDate, soc2, iso);
function milestone(milestones: readonly Milestone[], id: string): Milestone {
  const found = milestones.find((m) => m.id === id);
  if (!found) throw new Error(`no milestone ${id} in ${milestones.map((m) => m.id).join(", ")}`);
  return found;
}
const ids = (milestones: readonly Milestone[]) => milestones.map((m) => m.id);

describe("the SOC 2 timeline", () => {
  it("readiness work runs from the start date to the day before the engagement starts", () => {
    const { milestones, trace } = timeline(engagement({ readinessMonths: 3 }));
    const engagementStart = addMonths(startDate, 3);
    expect(milestone(milestones, "soc2_readiness")).toEqual({
      id: "soc2_readiness",
      key: "milestone.readiness_start",
      framework: "soc2",
      date: startDate,
      endDate: addDays(engagementStart, -1),
      kind: "period",
    });
    expect(milestone(milestones, "soc2_engagement")).toMatchObject({ date: engagementStart, kind: "point" });
    expect(trace[1]).toEqual({
      key: "trace.timeline.readiness",
      params: { months: 3, framework: { key: "framework.soc2" } },
    });
  });

  it("with no readiness work the engagement starts on the start date, and there is no readiness period", () => {
    const { milestones, trace } = timeline(engagement());
    expect(ids(milestones)).not.toContain("soc2_readiness");
    expect(milestone(milestones, "soc2_engagement").date).toBe(startDate);
    expect(trace[0]).toEqual({ key: "trace.timeline.start", params: { date: { date: startDate } } });
    expect(keys(trace)).not.toContain("trace.timeline.readiness");
  });

  it("a Type I speaks as of a date after the engagement starts and is issued in its window", () => {
    const { milestones } = timeline(type1First({ readinessMonths: 1 }));
    const engagementStart = addMonths(startDate, 1);
    expect(milestone(milestones, "soc2_type1_as_of")).toMatchObject({
      date: addMonths(engagementStart, rules.type1AsOfMonths),
      kind: "point",
    });
    expect(milestone(milestones, "soc2_type1_report")).toMatchObject({
      date: addMonths(engagementStart, rules.type1ReportMonths[0]),
      endDate: addMonths(engagementStart, rules.type1ReportMonths[1]),
      kind: "window",
    });
  });

  it("after a Type I, the observation period starts the day after the as-of date", () => {
    const { milestones } = timeline(type1First());
    const asOf = milestone(milestones, "soc2_type1_as_of").date;
    const observation = milestone(milestones, "soc2_observation");
    expect(observation.date).toBe(addDays(asOf, 1));
    expect(observation.endDate).toBe(addDays(addMonths(addDays(asOf, 1), rules.minObservationMonths), -1));
  });

  it("a Type I only has no observation period, no Type II report and no next period", () => {
    const { milestones } = timeline(engagement({ firstReport: "type1", path: "type1_only" }));
    expect(ids(milestones)).toEqual(["soc2_engagement", "soc2_type1_as_of", "soc2_type1_report"]);
  });

  it("a Type II agreed at the engagement start runs forward from it, and is reported on after it ends", () => {
    const { milestones, trace } = timeline(engagement({ readinessMonths: 1, observationMonths: 6 }));
    const engagementStart = addMonths(startDate, 1);
    const end = addDays(addMonths(engagementStart, 6), -1);
    expect(milestone(milestones, "soc2_observation")).toMatchObject({
      date: engagementStart,
      endDate: end,
      kind: "period",
    });
    expect(milestone(milestones, "soc2_type2_report")).toMatchObject({
      date: addMonths(end, rules.type2ReportingMonths[0]),
      endDate: addMonths(end, rules.type2ReportingMonths[1]),
      kind: "window",
    });
    expect(trace).toContainEqual({
      key: "trace.timeline.period_forward",
      params: { months: 6, date: { date: engagementStart } },
    });
    expect(ids(milestones)).not.toContain("soc2_type1_as_of");
  });

  it("a look-back period ends the day before the engagement starts, and is reported on from the engagement start", () => {
    const soc2 = engagement({ readinessMonths: 1, observationMonths: 12, periodFromExistingEvidence: true });
    const { milestones, trace } = timeline(soc2);
    const engagementStart = addMonths(startDate, 1);
    const observation = milestone(milestones, "soc2_observation");
    expect(observation.date).toBe(addMonths(engagementStart, -12));
    expect(observation.endDate).toBe(addDays(engagementStart, -1));
    expect(milestone(milestones, "soc2_type2_report")).toMatchObject({
      date: addMonths(engagementStart, rules.type2ReportingMonths[0]),
      endDate: addMonths(engagementStart, rules.type2ReportingMonths[1]),
    });
    expect(trace).toContainEqual({
      key: "trace.timeline.period_lookback",
      params: { months: 12, date: { date: observation.date } },
    });
  });

  it("the next annual period starts the day after the first one ends", () => {
    const { milestones } = timeline(engagement());
    const end = milestone(milestones, "soc2_observation").endDate ?? "";
    expect(milestone(milestones, "soc2_next_period")).toMatchObject({
      date: addDays(end, 1),
      endDate: addMonths(end, rules.annualObservationMonths),
      kind: "period",
    });
  });

  it("every SOC 2 milestone is tagged SOC 2 and has its message key", () => {
    const { milestones } = timeline(type1First({ readinessMonths: 3 }));
    expect(milestones.map((m) => [m.id, m.key, m.framework])).toEqual([
      ["soc2_readiness", "milestone.readiness_start", "soc2"],
      ["soc2_engagement", "milestone.engagement_start", "soc2"],
      ["soc2_type1_as_of", "milestone.type1_as_of", "soc2"],
      ["soc2_type1_report", "milestone.type1_report", "soc2"],
      ["soc2_observation", "milestone.observation_start", "soc2"],
      ["soc2_type2_report", "milestone.type2_report", "soc2"],
      ["soc2_next_period", "milestone.next_period_end", "soc2"],
    ]);
  });
});

describe("the ISO/IEC 42001 timeline", () => {
  const isoBand: BandId = "material_gaps";
  /** The timeline and its expected dates, computed inside each test (so mutation testing sees which test runs what). */
  function expected() {
    const { milestones, trace } = timeline(engagement(), { applicable: true, band: isoBand });
    const isoStart = addMonths(startDate, readinessMonths[isoBand]);
    const stage1 = addWeeks(isoStart, plan.stage1AfterStartWeeks);
    const stage2 = addWeeks(stage1, plan.stage2AfterStage1Weeks[0]);
    const stage2Latest = addWeeks(stage1, plan.stage2AfterStage1Weeks[1]);
    const certificate = addWeeks(stage2, plan.certificateAfterStage2Weeks[0]);
    return { milestones, trace, isoStart, stage1, stage2, stage2Latest, certificate };
  }

  it("readiness work for ISO/IEC 42001 follows its own band", () => {
    const { milestones, trace, isoStart } = expected();
    expect(readinessMonths[isoBand]).toBeGreaterThan(0);
    expect(milestone(milestones, "iso_readiness")).toEqual({
      id: "iso_readiness",
      key: "milestone.readiness_start",
      framework: "iso42001",
      date: startDate,
      endDate: addDays(isoStart, -1),
      kind: "period",
    });
    expect(trace).toContainEqual({
      key: "trace.timeline.readiness",
      params: { months: readinessMonths[isoBand], framework: { key: "framework.iso42001" } },
    });
    expect(milestone(milestones, "iso_engagement")).toMatchObject({ date: isoStart, key: "milestone.iso_start" });
  });

  it("Stage 1 follows the start, Stage 2 falls in its window after Stage 1", () => {
    const { milestones, stage1, stage2, stage2Latest } = expected();
    expect(milestone(milestones, "iso_stage1")).toMatchObject({ date: stage1, kind: "point" });
    expect(milestone(milestones, "iso_stage2")).toMatchObject({ date: stage2, endDate: stage2Latest, kind: "window" });
  });

  it("the certificate falls in its window after Stage 2; the cycle is planned from its earliest date", () => {
    const { milestones, stage2Latest, certificate } = expected();
    expect(milestone(milestones, "iso_certificate")).toMatchObject({
      date: certificate,
      endDate: addWeeks(stage2Latest, plan.certificateAfterStage2Weeks[1]),
      kind: "window",
    });
    expect(milestone(milestones, "iso_surveillance1").date).toBe(
      addMonths(certificate, plan.surveillanceMonthsAfterCertificate[0]),
    );
    expect(milestone(milestones, "iso_surveillance2").date).toBe(
      addMonths(certificate, plan.surveillanceMonthsAfterCertificate[1]),
    );
    expect(milestone(milestones, "iso_recertification").date).toBe(
      addMonths(certificate, plan.recertificationMonthsAfterCertificate),
    );
    expect(milestone(milestones, "iso_expiry").date).toBe(addMonths(certificate, plan.certificateValidityMonths));
  });

  it("every ISO/IEC 42001 milestone is tagged ISO/IEC 42001 with its key and kind, in order", () => {
    const { milestones } = expected();
    expect(milestones.filter((m) => m.framework === "iso42001").map((m) => [m.id, m.key, m.kind])).toEqual([
      ["iso_readiness", "milestone.readiness_start", "period"],
      ["iso_engagement", "milestone.iso_start", "point"],
      ["iso_stage1", "milestone.iso_stage1", "point"],
      ["iso_stage2", "milestone.iso_stage2", "window"],
      ["iso_certificate", "milestone.iso_certificate", "window"],
      ["iso_surveillance1", "milestone.iso_surveillance1", "point"],
      ["iso_surveillance2", "milestone.iso_surveillance2", "point"],
      ["iso_recertification", "milestone.iso_recertification", "point"],
      ["iso_expiry", "milestone.iso_expiry", "point"],
    ]);
  });

  it("an audit-ready AI management system starts on the start date, with no readiness period", () => {
    const ready = timeline(engagement(), { applicable: true, band: "audit_ready" });
    expect(readinessMonths.audit_ready).toBe(0);
    expect(ids(ready.milestones)).not.toContain("iso_readiness");
    expect(milestone(ready.milestones, "iso_engagement").date).toBe(startDate);
  });

  it("no ISO/IEC 42001 milestones when it does not apply", () => {
    expect(timeline(engagement()).milestones.some((m) => m.framework === "iso42001")).toBe(false);
  });

  it("the timeline keeps the start date it was built from", () => {
    expect(timeline(engagement()).startDate).toBe(startDate);
  });
});
