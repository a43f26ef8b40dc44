/**
 * THE ENGINE. `evaluate(method, answers, settings)` turns one answer set into an Assessment: readiness, the SOC 2
 * recommendation and criteria, ISO/IEC 42001 applicability and audit days, SOC 2 audit days, a timeline, prioritised
 * gaps, the Hong Kong overlay and the proposal inputs for sales. Pure and deterministic: no I/O, no clock (the start
 * date is an input), no framework imports. It returns ids, numbers, message keys and traces, never prose.
 */
import type { AnswerSet, Answers } from "./answers.ts";
import { type CriteriaDecision, decideCriteria, overrideCriteria } from "./criteria.ts";
import { decideEngagement, type Soc2Engagement } from "./engagement.ts";
import { findGaps, type Gap } from "./gaps.ts";
import { estimateIso, type IsoResult } from "./iso.ts";
import type { Method } from "./method-index.ts";
import { buildOverlay, type OverlayItem } from "./overlay.ts";
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
          readonly stage1: number;
          readonly stage2: number;
          readonly surveillance1: number;
          readonly surveillance2: number;
          readonly recertification: number;
          readonly cycleTotal: number;
        };
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
  readonly overlay: readonly OverlayItem[];
  readonly proposal: ProposalInputs;
}

function fee(
  days: number,
  rates: readonly [number, number] | undefined,
  currency: string | undefined,
): FeeRange | undefined {
  if (!rates || !currency) return undefined;
  return { currency, min: Math.round(days * rates[0]), max: Math.round(days * rates[1]) };
}

/** Pure evaluation of one answer set. `answers` should come from `parseAnswerSet` or `sanitizeAnswerSet`. */
export function evaluate(method: Method, answerSet: AnswerSet, settings: Settings = {}): Assessment {
  const startDate = answerSet.startDate ?? "2026-01-01";
  const visibility = resolveVisibility(method, answerSet.answers);
  const answers: Answers = visibility.effective;
  const visibleQuestions = visibility.sections.flatMap((s) => s.questions);
  const visibleControls = visibleQuestions.filter((q): q is MaturityQuestion => q.type === "maturity");

  const recommended = decideCriteria(method, answers);
  const criteria = settings.scope?.categories ? overrideCriteria(recommended, settings.scope.categories) : recommended;
  const iso = estimateIso(method, answers);

  // Which control questions count, for which framework.
  const countsForSoc2 = (q: MaturityQuestion) =>
    q.refs.tsc.some((id) => {
      const category = method.tscCategoryOf.get(id);
      return category !== undefined && criteria.included.includes(category);
    });
  const countsForIso = (q: MaturityQuestion) => iso.applicable && q.refs.iso.length > 0;
  const soc2Questions = visibleControls.filter(countsForSoc2);
  const isoQuestions = visibleControls.filter(countsForIso);
  const overallQuestions = visibleControls.filter((q) => countsForSoc2(q) || countsForIso(q));

  const overall = scoreQuestions(method, overallQuestions, answers);
  const soc2Score = scoreQuestions(method, soc2Questions, answers);
  const isoScore = iso.applicable ? scoreQuestions(method, isoQuestions, answers) : null;
  const domains: DomainScore[] = method.questionnaire.domains.flatMap((domain) => {
    const questions = overallQuestions.filter((q) => q.domain === domain.id);
    if (questions.length === 0) return [];
    const score = scoreQuestions(method, questions, answers);
    if (score.counted === 0) return [];
    return [
      { domain: domain.id, score: score.score, band: score.band, counted: score.counted, blockers: score.blockers },
    ];
  });

  const decided = decideEngagement(method, answers, soc2Score, settings);
  const chosenPeriod = settings.scope?.observationMonths;
  const engagement =
    chosenPeriod !== undefined && chosenPeriod !== decided.observationMonths
      ? {
          ...decided,
          observationMonths: chosenPeriod,
          periodFromExistingEvidence: decided.periodFromExistingEvidence && chosenPeriod <= decided.observationMonths,
          reasons: [
            ...decided.reasons,
            {
              key: "reason.soc2.override_observation" as const,
              params: { months: chosenPeriod, recommended: decided.observationMonths },
            },
          ],
        }
      : decided;
  const type1 =
    engagement.firstReport === "type1"
      ? estimateSoc2Days(method, answers, {
          type: "type1",
          observationMonths: 0,
          categories: criteria.included,
          band: soc2Score.band,
        })
      : undefined;
  const type2 =
    engagement.path !== "type1_only"
      ? estimateSoc2Days(method, answers, {
          type: "type2",
          observationMonths: engagement.observationMonths,
          categories: criteria.included,
          band: soc2Score.band,
        })
      : undefined;

  const overlay = buildOverlay(method, answers, visibleControls);
  const gaps = findGaps(method, answers, {
    visibleControls,
    soc2Categories: criteria.included,
    isoApplicable: iso.applicable,
    soc2NeedsEvidence: engagement.path !== "type1_only",
    applicableHk: new Set(overlay.map((o) => o.id)),
  });
  const timeline = buildTimeline(method, startDate, engagement, {
    applicable: iso.applicable,
    band: isoScore?.band ?? "not_ready",
  });

  const answered = visibleQuestions.filter((q) => answers[q.id] !== undefined);
  const rates = settings.dayRates;
  const number = (id: string) => (typeof answers[id] === "number" ? (answers[id] as number) : undefined);
  const text = (id: string) => (typeof answers[id] === "string" ? (answers[id] as string) : undefined);
  const list = (id: string) => (Array.isArray(answers[id]) ? (answers[id] as readonly string[]) : []);
  const organisation: Record<string, unknown> = {
    industry: text("industry"),
    headcount: number("headcount"),
    aiHeadcount: number("ai_headcount"),
    sites: number("sites"),
    sitesSameProcesses: text("sites_same_processes"),
    hosting: text("hosting"),
    systems: number("systems_count"),
    subserviceOrganisations: number("subservice_count"),
    subserviceMethod: text("subservice_method"),
    aiSystems: number("ai_systems_count"),
  };
  for (const key of Object.keys(organisation)) if (organisation[key] === undefined) delete organisation[key];

  const soc2Fees: { type1?: FeeRange; type2?: FeeRange } = {};
  const type1Fee = type1 && fee(type1.days, rates?.soc2, rates?.currency);
  const type2Fee = type2 && fee(type2.days, rates?.soc2, rates?.currency);
  if (type1Fee) soc2Fees.type1 = type1Fee;
  if (type2Fee) soc2Fees.type2 = type2Fee;
  const soc2Days: { type1?: number; type2?: number } = {};
  if (type1) soc2Days.type1 = type1.days;
  if (type2) soc2Days.type2 = type2.days;

  const proposal: ProposalInputs = {
    methodVersion: method.estimation.methodVersion,
    questionnaireVersion: method.questionnaire.version,
    startDate,
    organisation: {
      ...(organisation as Omit<ProposalInputs["organisation"], "aiRoles" | "regulatedStatus" | "priorCertifications">),
      aiRoles: list("ai_roles").filter((r) => r !== "none"),
      regulatedStatus: list("regulated_status").filter((r) => r !== "none"),
      priorCertifications: list("prior_certifications").filter((r) => r !== "none"),
    },
    soc2: {
      firstReport: engagement.firstReport,
      path: engagement.path,
      observationMonths: engagement.observationMonths,
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
            stage1: iso.days.stage1,
            stage2: iso.days.stage2,
            surveillance1: iso.days.surveillance1,
            surveillance2: iso.days.surveillance2,
            recertification: iso.days.recertification,
            cycleTotal: iso.days.cycleTotal,
          },
          sitesAudited: iso.days.sitesAudited,
          ...(rates
            ? {
                fees: {
                  initial: fee(iso.days.initial, rates.iso42001, rates.currency) as FeeRange,
                  cycle: fee(iso.days.cycleTotal, rates.iso42001, rates.currency) as FeeRange,
                },
              }
            : {}),
        }
      : { applicable: false },
    regulatorFlags: overlay.map((o) => o.id),
    topGaps: gaps.slice(0, 5).map((g) => g.questionId),
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
      answered: answered.length,
      total: visibleQuestions.length,
      missing: visibleQuestions.filter((q) => answers[q.id] === undefined).map((q) => q.id),
      unknown: visibleControls.filter((q) => answers[q.id] === "unknown").map((q) => q.id),
    },
    visibleQuestions: visibleQuestions.map((q) => q.id),
    readiness: {
      overall,
      soc2: soc2Score,
      iso42001: isoScore,
      domains,
      blockers: overall.blockers,
    },
    soc2: { engagement, criteria, days },
    iso42001: iso,
    timeline,
    gaps,
    overlay,
    proposal,
  };
}

export type { AnswerIssue, AnswerSet, Answers, AnswerValue } from "./answers.ts";
export { isIsoDate, parseAnswerSet, sanitizeAnswerSet } from "./answers.ts";
export type { Method } from "./method-index.ts";
export type { Settings } from "./schema.ts";
