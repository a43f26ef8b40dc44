/**
 * The engine explains itself with message keys and parameters, never prose. `messageKeys` lists every key the engine
 * and the views use; content/assessment/messages.yaml must give each an `en` and a `zh-hk` text (a test checks both
 * directions). Texts may use `{name}` parameters and plural forms: `{count, plural, one {# day} other {# days}}`.
 */

export const messageKeys = [
  // bands and levels
  "band.audit_ready",
  "band.minor_gaps",
  "band.material_gaps",
  "band.not_ready",
  "band.audit_ready.summary",
  "band.minor_gaps.summary",
  "band.material_gaps.summary",
  "band.not_ready.summary",
  "severity.blocker",
  "severity.high",
  "severity.medium",
  "severity.low",
  "framework.soc2",
  "framework.iso42001",
  "role.producer",
  "ai_role.producer",
  "ai_role.developer",
  "ai_role.provider",
  "ai_role.user",
  "role.developer_provider_user",
  "role.multiple",
  "type.type1",
  "type.type2",
  "path.type1_then_type2",
  "path.type2_direct",
  "path.type2_renewal",
  "path.type1_only",
  // readiness
  "trace.readiness.score",
  "trace.readiness.blockers",
  "trace.readiness.capped",
  "trace.readiness.unanswered",
  "trace.readiness.unknown",
  "trace.readiness.no_questions",
  // SOC 2 type
  "reason.soc2.prior_type2",
  "reason.soc2.requested_type1",
  "reason.soc2.readiness_low",
  "reason.soc2.blockers",
  "reason.soc2.evidence_short",
  "reason.soc2.deadline_before_type2",
  "reason.soc2.deadline_unreachable",
  "reason.soc2.deadline_tight",
  "reason.soc2.evidence_sufficient",
  "reason.soc2.annual_reports",
  "reason.soc2.annual_period_after_deadline",
  "reason.soc2.first_period_shorter",
  "reason.soc2.lookback",
  "reason.soc2.period_forward",
  "reason.soc2.period_after_type1",
  "reason.soc2.type1_timing",
  "reason.soc2.type2_timing",
  "reason.soc2.settings_min_observation",
  "reason.soc2.override_observation",
  "reason.soc2.override_limited",
  // criteria (the category rules in frameworks.yaml name these)
  "reason.criteria.security",
  "reason.criteria.availability.sla",
  "reason.criteria.availability.infrastructure",
  "reason.criteria.confidentiality.nda",
  "reason.criteria.processing_integrity.transactions",
  "reason.criteria.privacy.core",
  "reason.criteria.privacy.incidental",
  "reason.criteria.not_included",
  "reason.criteria.override_added",
  "reason.criteria.override_removed",
  // ISO 42001
  "reason.iso.applicable",
  "reason.iso.not_applicable",
  "reason.iso.not_targeted",
  "reason.iso.roles_missing",
  "trace.iso.role",
  "trace.iso.table_42006",
  "trace.iso.table_extrapolated",
  "trace.iso.table_beyond",
  "trace.iso.ai_systems",
  "trace.iso.high_risk",
  "trace.iso.regulated",
  "trace.iso.genai",
  "trace.iso.subtotal",
  "trace.iso.sites_sampled",
  "trace.iso.sites_all",
  "trace.iso.sites_single",
  "trace.iso.reduction_27001",
  "trace.iso.reduction_9001",
  "trace.iso.reduction_capped",
  "trace.iso.reduction_total",
  "trace.iso.integration_separate",
  "trace.iso.integration_lapsed",
  "trace.iso.integration_unanswered",
  "trace.iso.floor_regulated_high_risk",
  "trace.iso.rounded",
  "trace.iso.stage_split",
  "trace.iso.surveillance",
  "trace.iso.recertification",
  "trace.iso.cycle_total",
  // SOC 2 days
  "trace.soc2days.base",
  "trace.soc2days.observation",
  "trace.soc2days.category",
  "trace.soc2days.headcount",
  "trace.soc2days.systems",
  "trace.soc2days.sites",
  "trace.soc2days.hosting",
  "trace.soc2days.subservice",
  "trace.soc2days.type2_multiplier",
  "trace.soc2days.subtotal",
  "trace.soc2days.maturity",
  "trace.soc2days.rounded",
  // timeline
  "milestone.readiness_start",
  "milestone.engagement_start",
  "milestone.type1_as_of",
  "milestone.type1_report",
  "milestone.observation_start",
  "milestone.type2_report",
  "milestone.next_period_end",
  "milestone.iso_start",
  "milestone.iso_stage1",
  "milestone.iso_stage2",
  "milestone.iso_certificate",
  "milestone.iso_surveillance1",
  "milestone.iso_surveillance2",
  "milestone.iso_recertification",
  "milestone.iso_expiry",
  "trace.timeline.readiness",
  "trace.timeline.start",
  "trace.timeline.period_forward",
  "trace.timeline.period_lookback",
  // gaps
  "gap.needs_evidence_for",
  // answer problems
  "answers.not_an_object",
  "answers.bad_version",
  "answers.newer_version",
  "answers.bad_start_date",
  "answers.unknown_question",
  "answers.wrong_type",
  "answers.unknown_option",
  "answers.out_of_range",
  "answers.not_integer",
  "answers.exclusive_combined",
  "answers.empty_choice",
  "answers.na_not_allowed",
  // notices
  "notice.self_assessment",
  "notice.independence",
  "notice.estimates",
  // outlook, next steps, roadmap, evidence request list, missing figures (outlook.ts, roadmap.ts, evidence.ts, missing.ts)
  "outlook.soc2.renewal",
  "outlook.soc2.type2",
  "outlook.soc2.type1_only",
  "outlook.soc2.type1_blockers",
  "outlook.soc2.type1_then_type2",
  "outlook.deadline.met",
  "outlook.deadline.tight",
  "outlook.deadline.missed",
  "outlook.iso.certificate",
  "outlook.iso.blockers",
  "next.close_blockers",
  "next.deadline_missed",
  "next.deadline_tight",
  "next.design_by",
  "next.start_records",
  "next.iso_stage1",
  "next.scope",
  "next.evidence_list",
  "roadmap.soc2_design",
  "roadmap.soc2_operating",
  "roadmap.iso_stage1",
  "roadmap.iso_stage2",
  "evidence.as_of",
  "evidence.period",
  "evidence.by",
  "figure.criteria",
  "figure.soc2_report",
  "figure.soc2_days",
  "figure.deadline",
  "figure.timeline",
  "figure.iso_days",
  "figure.overlay",
  "milestone.readiness_soc2",
  "milestone.readiness_iso42001",
] as const;

export type MessageKey = (typeof messageKeys)[number];

/** A parameter in a message: a number, a literal (id, code), another message, an answer option, or a date. */
export type Param =
  | number
  | string
  | { readonly key: MessageKey }
  | { readonly option: { readonly q: string; readonly id: string } }
  | { readonly domain: string }
  | { readonly tsc: string }
  | { readonly date: string }
  /** A range of a banded table, e.g. [26, 45] ("26–45") or [1001, null] ("1,001 or more"). */
  | { readonly range: readonly [number, number | null] }
  | { readonly list: readonly Param[] };

export type Params = Readonly<Record<string, Param>>;

/** One line of an explanation: which rule or table row, with which answers. */
export interface TraceStep {
  readonly key: MessageKey;
  readonly params?: Params;
  /** Question ids whose answers fed this step. */
  readonly answers?: readonly string[];
  /** Where in the data the number came from, e.g. "estimation.yaml#iso42001.headcountTable[max=25]". */
  readonly source?: string;
}

export type Trace = readonly TraceStep[];
