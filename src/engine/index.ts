/**
 * THE ENGINE. `evaluate(method, answers, settings)` turns one answer set into an Assessment: readiness, the SOC 2
 * recommendation and criteria, ISO/IEC 42001 applicability and audit days, SOC 2 audit days, a timeline, prioritised
 * gaps, the Hong Kong overlay and the proposal inputs for sales. Pure and deterministic: no I/O, no clock (the start
 * date is an input), no framework imports. It returns ids, numbers, message keys and traces, never prose.
 */
import type { Answers, DatedAnswerSet } from "./answers.ts";
import { type CriteriaDecision, decideCriteria, overrideCriteria } from "./criteria.ts";
import { applyObservationOverride, decideEngagement, observationLimits, type Soc2Engagement } from "./engagement.ts";
import { type Framework, findGaps, type Gap } from "./gaps.ts";
import { estimateIso, type IsoAudit, type IsoResult, type IsoSites } from "./iso.ts";
import type { Method } from "./method-index.ts";
import { buildOverlay, type OverlayItem } from "./overlay.ts";
import { readProfile } from "./profile.ts";
import type { BandId, MaturityQuestion, Settings, TscCategoryId } from "./schema.ts";
import { type Score, scoreQuestions } from "./scoring.ts";
import { estimateSoc2Days, type Soc2Days } from "./soc2-days.ts";
import { buildTimeline, type Timeline } from "./timeline.ts";
import { resolveVisibility } from "./visibility.ts";

export interface DomainScore {
  readonly domain: string;
  readonly score: number;
  readonly band: BandId;
  readonly counted: number;
  readonly blockers: readonly string[];
}

export interface FeeRange {
  readonly currency: string;
  readonly min: number;
  readonly max: number;
}

/** Everything sales needs to scope and quote, in one structured object. */
export interface ProposalInputs {
  readonly methodVersion: string;
  readonly questionnaireVersion: number;
  readonly startDate: string;
  readonly organisation: {
    readonly industry?: string;
    readonly headcount?: number;
    readonly aiHeadcount?: number;
    readonly sites?: number;
    readonly sitesSameProcesses?: string;
    readonly hosting?: string;
    readonly systems?: number;
    readonly subserviceOrganisations?: number;
    readonly subserviceMethod?: string;
    readonly aiSystems?: number;
    readonly aiRoles: readonly string[];
    readonly regulatedStatus: readonly string[];
    readonly priorCertifications: readonly string[];
  };
  readonly soc2: {
    readonly firstReport: "type1" | "type2";
    readonly path: string;
    readonly observationMonths: number;
    /** The observation periods a proposal may set. */
    readonly observationLimits: { readonly min: number; readonly max: number };
    readonly categories: readonly TscCategoryId[];
    readonly criteriaCount: number;
    readonly days: { readonly type1?: number; readonly type2?: number };
    readonly fees?: { readonly type1?: FeeRange; readonly type2?: FeeRange };
  };
  readonly iso42001:
    | {
        readonly applicable: true;
        readonly roleColumn: string;
        readonly days: {
          /** Stage 1 + Stage 2. */
          readonly initial: number;
          readonly stage1: number;
          readonly stage2: number;
          readonly surveillance1: number;
          readonly surveillance2: number;
          readonly recertification: number;
          readonly cycleTotal: number;
        };
        /** Every audit of the cycle with its certificate year. */
        readonly audits: readonly IsoAudit[];
        readonly byYear: readonly { readonly year: 1 | 2 | 3; readonly days: number }[];
        readonly sites: IsoSites;
        readonly sitesAudited: number;
        readonly fees?: { readonly initial: FeeRange; readonly cycle: FeeRange };
      }
    | { readonly applicable: false };
  readonly regulatorFlags: readonly string[];
  readonly topGaps: readonly string[];
  readonly readiness: { readonly overall: number; readonly band: BandId };
}

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
  readonly readiness: {
    readonly overall: Score;
    readonly soc2: Score;
    readonly iso42001: Score | null;
    readonly domains: readonly DomainScore[];
    /** Blocker questions of every framework in scope (each framework's score lists its own). */
    readonly blockers: readonly string[];
  };
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

/** A fee range: the days at the lower and at the upper day rate, rounded to whole units of the currency. */
export function fee(
  days: number,
  rates: readonly [number, number] | undefined,
  currency: string | undefined,
): FeeRange | undefined {
  if (!rates || !currency) return undefined;
  return { currency, min: Math.round(days * rates[0]), max: Math.round(days * rates[1]) };
}

/** The profile answers a proposal records, as given (unanswered ones left out). */
function organisationOf(answers: Answers): ProposalInputs["organisation"] {
  const number = (id: string) => (typeof answers[id] === "number" ? { value: answers[id] as number } : undefined);
  const text = (id: string) => (typeof answers[id] === "string" ? { value: answers[id] as string } : undefined);
  const profile = readProfile(answers);
  const pick = <K extends string, V>(key: K, found: { value: V } | undefined) =>
    (found ? { [key]: found.value } : {}) as Partial<Record<K, V>>;
  return {
    ...pick("industry", text("industry")),
    ...pick("headcount", number("headcount")),
    ...pick("aiHeadcount", number("ai_headcount")),
    ...pick("sites", number("sites")),
    ...pick("sitesSameProcesses", text("sites_same_processes")),
    ...pick("hosting", text("hosting")),
    ...pick("systems", number("systems_count")),
    ...pick("subserviceOrganisations", number("subservice_count")),
    ...pick("subserviceMethod", text("subservice_method")),
    ...pick("aiSystems", number("ai_systems_count")),
    aiRoles: profile.aiRoles,
    regulatedStatus: profile.regulatedStatus,
    priorCertifications: profile.priorCertifications,
  };
}

/**
 * Pure evaluation of one answer set: visibility -> criteria -> ISO/IEC 42001 applicability -> scores -> report type
 * -> audit days -> overlay -> gaps -> timeline -> proposal. `answerSet` should come from `parseAnswerSet` or
 * `sanitizeAnswerSet`, with the start date the caller chose.
 */
export function evaluate(method: Method, answerSet: DatedAnswerSet, settings: Settings = {}): Assessment {
  const startDate = answerSet.startDate;
  const visibility = resolveVisibility(method, answerSet.answers);
  const answers: Answers = visibility.effective;
  const visibleQuestions = visibility.sections.flatMap((s) => s.questions);
  const visibleControls = visibleQuestions.filter((q): q is MaturityQuestion => q.type === "maturity");
  const profile = readProfile(answers);

  const recommended = decideCriteria(method, answers);
  const criteria = settings.scope?.categories ? overrideCriteria(recommended, settings.scope.categories) : recommended;
  const iso = estimateIso(method, answers);

  // Each control counts for its domain's framework only, and only while that framework (and, for a domain tied to
  // an optional Trust Services category, that category) is in scope.
  const domains = new Map(method.questionnaire.domains.map((d) => [d.id, d]));
  const frameworkOf = (q: MaturityQuestion): Framework | undefined => {
    const domain = domains.get(q.domain);
    if (!domain) return undefined;
    if (domain.framework === "iso42001") return iso.applicable ? "iso42001" : undefined;
    if (domain.category !== undefined && !criteria.included.includes(domain.category)) return undefined;
    const inScope = q.refs.tsc.some((id) => {
      const category = method.tscCategoryOf.get(id);
      return category !== undefined && criteria.included.includes(category);
    });
    return inScope ? "soc2" : undefined;
  };
  const soc2Questions = visibleControls.filter((q) => frameworkOf(q) === "soc2");
  const isoQuestions = visibleControls.filter((q) => frameworkOf(q) === "iso42001");
  const overallQuestions = visibleControls.filter((q) => frameworkOf(q) !== undefined);

  const overall = scoreQuestions(method, overallQuestions, answers);
  const soc2Score = scoreQuestions(method, soc2Questions, answers);
  const isoScore = iso.applicable ? scoreQuestions(method, isoQuestions, answers) : null;
  const domainScores: DomainScore[] = method.questionnaire.domains.flatMap((domain) => {
    const questions = overallQuestions.filter((q) => q.domain === domain.id);
    const score = scoreQuestions(method, questions, answers);
    if (score.counted === 0) return [];
    return [
      { domain: domain.id, score: score.score, band: score.band, counted: score.counted, blockers: score.blockers },
    ];
  });

  const engagement = applyObservationOverride(
    method,
    decideEngagement(method, answers, soc2Score, settings, startDate),
    settings.scope?.observationMonths,
    settings,
  );
  const daysInput = { categories: criteria.included, band: soc2Score.band };
  const type1 =
    engagement.firstReport === "type1"
      ? estimateSoc2Days(method, answers, { ...daysInput, type: "type1", observationMonths: 0 })
      : undefined;
  const type2 =
    engagement.path !== "type1_only"
      ? estimateSoc2Days(method, answers, {
          ...daysInput,
          type: "type2",
          observationMonths: engagement.observationMonths,
        })
      : undefined;

  const overlay = buildOverlay(method, answers, visibleControls);
  // The client's goal first; of two goals, the one with a deadline (a SOC 2 report) first.
  const rank = (framework: Framework) =>
    !profile.targets.includes(framework) ? 2 : framework === "soc2" && engagement.deadline ? 0 : 1;
  const gaps = findGaps(method, answers, {
    visibleControls,
    frameworkOf,
    soc2Categories: criteria.included,
    soc2NeedsEvidence: engagement.path !== "type1_only",
    applicableHk: new Set(overlay.map((o) => o.id)),
    frameworkRank: { soc2: rank("soc2"), iso42001: rank("iso42001") },
  });
  const timeline = buildTimeline(method, startDate, engagement, {
    applicable: iso.applicable,
    band: isoScore?.band ?? "not_ready",
  });

  const rates = settings.dayRates;
  const soc2Fees: { type1?: FeeRange; type2?: FeeRange } = {};
  const type1Fee = type1 && fee(type1.days, rates?.soc2, rates?.currency);
  const type2Fee = type2 && fee(type2.days, rates?.soc2, rates?.currency);
  if (type1Fee) soc2Fees.type1 = type1Fee;
  if (type2Fee) soc2Fees.type2 = type2Fee;
  const soc2Days: { type1?: number; type2?: number } = {};
  if (type1) soc2Days.type1 = type1.days;
  if (type2) soc2Days.type2 = type2.days;
  const isoFees =
    iso.applicable && rates
      ? {
          initial: fee(iso.days.initial, rates.iso42001, rates.currency),
          cycle: fee(iso.days.cycleTotal, rates.iso42001, rates.currency),
        }
      : undefined;

  const proposal: ProposalInputs = {
    methodVersion: method.estimation.methodVersion,
    questionnaireVersion: method.questionnaire.version,
    startDate,
    organisation: organisationOf(answers),
    soc2: {
      firstReport: engagement.firstReport,
      path: engagement.path,
      observationMonths: engagement.observationMonths,
      observationLimits: observationLimits(method, settings),
      categories: criteria.included,
      criteriaCount: criteria.criteriaCount,
      days: soc2Days,
      ...(Object.keys(soc2Fees).length > 0 ? { fees: soc2Fees } : {}),
    },
    iso42001: iso.applicable
      ? {
          applicable: true,
          roleColumn: iso.roleColumn,
          days: {
            initial: iso.days.initial,
            stage1: iso.days.stage1,
            stage2: iso.days.stage2,
            surveillance1: iso.days.surveillance1,
            surveillance2: iso.days.surveillance2,
            recertification: iso.days.recertification,
            cycleTotal: iso.days.cycleTotal,
          },
          audits: iso.days.audits,
          byYear: iso.days.byYear,
          sites: iso.sites,
          sitesAudited: iso.days.sitesAudited,
          ...(isoFees?.initial && isoFees.cycle ? { fees: { initial: isoFees.initial, cycle: isoFees.cycle } } : {}),
        }
      : { applicable: false },
    regulatorFlags: overlay.map((o) => o.id),
    topGaps: gaps.slice(0, method.estimation.reporting.topGaps).map((g) => g.questionId),
    readiness: { overall: overall.score, band: overall.band },
  };

  const days: { type1?: Soc2Days; type2?: Soc2Days } = {};
  if (type1) days.type1 = type1;
  if (type2) days.type2 = type2;
  return {
    methodVersion: method.estimation.methodVersion,
    questionnaireVersion: method.questionnaire.version,
    startDate,
    completeness: {
      answered: visibleQuestions.filter((q) => answers[q.id] !== undefined).length,
      total: visibleQuestions.length,
      missing: visibleQuestions.filter((q) => answers[q.id] === undefined).map((q) => q.id),
      unknown: visibleControls.filter((q) => answers[q.id] === "unknown").map((q) => q.id),
    },
    visibleQuestions: visibleQuestions.map((q) => q.id),
    readiness: {
      overall,
      soc2: soc2Score,
      iso42001: isoScore,
      domains: domainScores,
      blockers: overall.blockers,
    },
    soc2: { engagement, criteria, days },
    iso42001: iso,
    timeline,
    gaps,
    controls: visibleControls.flatMap((q) => {
      const framework = frameworkOf(q);
      return framework ? [{ questionId: q.id, framework }] : [];
    }),
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
export type { Settings } from "./schema.ts";
