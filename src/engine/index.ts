/**
 * THE ENGINE. `evaluate(method, answers, settings)` turns one answer set into an Assessment: readiness, the SOC 2
 * recommendation and criteria, ISO/IEC 42001 applicability and audit days, SOC 2 audit days, a timeline, prioritised
 * gaps, the Hong Kong overlay and the proposal inputs for sales. Pure and deterministic: no I/O, no clock (the start
 * date is an input), no framework imports. It returns ids, numbers, message keys and traces, never prose.
 */
import type { Answers, DatedAnswerSet } from "./answers.ts";
import { type CriteriaDecision, decideCriteria, overrideCriteria } from "./criteria.ts";
import { applyObservationOverride, decideEngagement, type Soc2Engagement } from "./engagement.ts";
import { type Framework, findGaps, type Gap } from "./gaps.ts";
import { estimateIso, type IsoResult } from "./iso.ts";
import type { Method } from "./method-index.ts";
import { buildOverlay, type OverlayItem } from "./overlay.ts";
import { readProfile } from "./profile.ts";
import { type ProposalInputs, proposalInputs } from "./proposal.ts";
import { countedControls, countingFramework, type FrameworkOf, type Readiness, scoreReadiness } from "./readiness.ts";
import type { MaturityQuestion, Question, Settings } from "./schema.ts";
import { estimateReportDays, type Soc2Days } from "./soc2-days.ts";
import { buildTimeline, type Timeline } from "./timeline.ts";
import { resolveVisibility } from "./visibility.ts";

export interface Assessment {
  readonly methodVersion: string;
  readonly questionnaireVersion: number;
  readonly startDate: string;
  readonly completeness: {
    readonly answered: number;
    readonly total: number;
    readonly missing: readonly string[];
    readonly unknown: readonly string[];
  };
  /** Ids of the questions asked for these answers (branching applied). */
  readonly visibleQuestions: readonly string[];
  readonly readiness: Readiness;
  readonly soc2: {
    readonly engagement: Soc2Engagement;
    readonly criteria: CriteriaDecision;
    readonly days: { readonly type1?: Soc2Days; readonly type2?: Soc2Days };
  };
  readonly iso42001: IsoResult;
  readonly timeline: Timeline;
  readonly gaps: readonly Gap[];
  /** The control questions asked that count for a framework here (in questionnaire order), with that framework. */
  readonly controls: readonly { readonly questionId: string; readonly framework: Framework }[];
  /** The gaps a report's headline names (estimation.yaml#reporting.topFindings), in priority order. */
  readonly topFindings: readonly string[];
  readonly overlay: readonly OverlayItem[];
  readonly proposal: ProposalInputs;
}

/** The questions asked for these answers, the control questions among them, and the answers that count (visible ones). */
interface Asked {
  readonly answers: Answers;
  readonly questions: readonly Question[];
  readonly controls: readonly MaturityQuestion[];
}

/** Branching applied: which questions are asked, and the answers to them (hidden questions' answers are dropped). */
function askedQuestions(method: Method, given: Answers): Asked {
  const visibility = resolveVisibility(method, given);
  const questions = visibility.sections.flatMap((s) => s.questions);
  const controls = questions.filter((q): q is MaturityQuestion => q.type === "maturity");
  return { answers: visibility.effective, questions, controls };
}

/** How many asked questions are answered, which are not, and which controls are answered "don't know". */
function completenessOf(asked: Asked): Assessment["completeness"] {
  const { answers, questions, controls } = asked;
  return {
    answered: questions.filter((q) => answers[q.id] !== undefined).length,
    total: questions.length,
    missing: questions.filter((q) => answers[q.id] === undefined).map((q) => q.id),
    unknown: controls.filter((q) => answers[q.id] === "unknown").map((q) => q.id),
  };
}

/** The Trust Services categories in scope: the recommendation, or a proposal's chosen categories over it. */
function criteriaInScope(method: Method, answers: Answers, settings: Settings): CriteriaDecision {
  const recommended = decideCriteria(method, answers);
  return settings.scope?.categories ? overrideCriteria(recommended, settings.scope.categories) : recommended;
}

/** The SOC 2 report path and observation period: the recommendation, with a proposal's chosen period over it. */
function engagementFor(
  method: Method,
  answers: Answers,
  soc2Score: Readiness["soc2"],
  settings: Settings,
  startDate: string,
): Soc2Engagement {
  return applyObservationOverride(
    method,
    decideEngagement(method, answers, soc2Score, settings, startDate),
    settings.scope?.observationMonths,
    settings,
  );
}

/**
 * The gaps in priority order. The client's goal first; of two goals, the one with a deadline (a SOC 2 report) first.
 * SOC 2 evidence gaps only when a Type II is planned; Hong Kong gaps only for the overlay items that apply.
 */
function prioritisedGaps(
  method: Method,
  asked: Asked,
  context: {
    readonly frameworkOf: FrameworkOf;
    readonly criteria: CriteriaDecision;
    readonly engagement: Soc2Engagement;
    readonly overlay: readonly OverlayItem[];
  },
): Gap[] {
  const { criteria, engagement, overlay } = context;
  const targets = readProfile(asked.answers).targets;
  const rank = (framework: Framework) =>
    !targets.includes(framework) ? 2 : framework === "soc2" && engagement.deadline ? 0 : 1;
  return findGaps(method, asked.answers, {
    visibleControls: asked.controls,
    frameworkOf: context.frameworkOf,
    soc2Categories: criteria.included,
    soc2NeedsEvidence: engagement.path !== "type1_only",
    applicableHk: new Set(overlay.map((o) => o.id)),
    frameworkRank: { soc2: rank("soc2"), iso42001: rank("iso42001") },
  });
}

/**
 * Pure evaluation of one answer set: visibility -> criteria -> ISO/IEC 42001 applicability -> scores -> report type
 * -> audit days -> overlay -> gaps -> timeline -> proposal. `answerSet` should come from `parseAnswerSet` or
 * `sanitizeAnswerSet`, with the start date the caller chose.
 */
export function evaluate(method: Method, answerSet: DatedAnswerSet, settings: Settings = {}): Assessment {
  const { startDate } = answerSet;
  const asked = askedQuestions(method, answerSet.answers);
  const { answers } = asked;
  const criteria = criteriaInScope(method, answers, settings);
  const iso = estimateIso(method, answers);
  const frameworkOf = countingFramework(method, criteria.included, iso.applicable);
  const readiness = scoreReadiness(method, asked.controls, answers, frameworkOf, iso.applicable);
  const engagement = engagementFor(method, answers, readiness.soc2, settings, startDate);
  const days = estimateReportDays(method, answers, engagement, {
    categories: criteria.included,
    band: readiness.soc2.band,
  });
  const overlay = buildOverlay(method, answers, asked.controls);
  const gaps = prioritisedGaps(method, asked, { frameworkOf, criteria, engagement, overlay });
  const timeline = buildTimeline(method, startDate, engagement, {
    applicable: iso.applicable,
    band: readiness.iso42001?.band ?? "not_ready",
  });
  const proposal = proposalInputs(
    method,
    { startDate, answers, engagement, criteria, days, iso, overlay, gaps, overall: readiness.overall },
    settings,
  );
  return {
    methodVersion: method.estimation.methodVersion,
    questionnaireVersion: method.questionnaire.version,
    startDate,
    completeness: completenessOf(asked),
    visibleQuestions: asked.questions.map((q) => q.id),
    readiness,
    soc2: { engagement, criteria, days },
    iso42001: iso,
    timeline,
    gaps,
    controls: countedControls(asked.controls, frameworkOf),
    topFindings: gaps.slice(0, method.estimation.reporting.topFindings).map((g) => g.questionId),
    overlay,
    proposal,
  };
}

export type { AnswerIssue, AnswerSet, Answers, AnswerValue, DatedAnswerSet } from "./answers.ts";
export { isIsoDate, parseAnswerSet, sanitizeAnswerSet, toggleOption } from "./answers.ts";
export { observationLimits } from "./engagement.ts";
export { isoSites } from "./iso.ts";
export type { Method } from "./method-index.ts";
export { readProfile } from "./profile.ts";
export type { FeeRange, ProposalInputs } from "./proposal.ts";
export { fee } from "./proposal.ts";
export type { DomainScore } from "./readiness.ts";
export type { Settings } from "./schema.ts";
