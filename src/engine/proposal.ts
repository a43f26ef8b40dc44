/**
 * The proposal inputs: everything sales needs to scope and quote one engagement (the organisation as answered, the
 * SOC 2 and ISO/IEC 42001 figures, fees from the firm's day rates), gathered from an evaluation's results.
 */
import type { Answers } from "./answers.ts";
import type { CriteriaDecision } from "./criteria.ts";
import { observationLimits, type Soc2Engagement } from "./engagement.ts";
import type { Gap } from "./gaps.ts";
import type { IsoAuditDays, IsoResult, IsoSites } from "./iso.ts";
import type { Method } from "./method-index.ts";
import type { OverlayItem } from "./overlay.ts";
import { readProfile } from "./profile.ts";
import type { BandId, Settings, TscCategoryId } from "./schema.ts";
import type { Score } from "./scoring.ts";
import type { Soc2Days } from "./soc2-days.ts";

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
        /** The engine's days per audit (Stage 1 + Stage 2 = initial) and for the cycle. */
        readonly days: Omit<IsoAuditDays, "audits" | "byYear" | "sitesAudited">;
        /** Every audit of the cycle with its certificate year. */
        readonly audits: IsoAuditDays["audits"];
        readonly byYear: IsoAuditDays["byYear"];
        readonly sites: IsoSites;
        readonly sitesAudited: number;
        readonly fees?: { readonly initial: FeeRange; readonly cycle: FeeRange };
      }
    | { readonly applicable: false };
  readonly regulatorFlags: readonly string[];
  readonly topGaps: readonly string[];
  readonly readiness: { readonly overall: number; readonly band: BandId };
}

/** What an evaluation has worked out by the time the proposal is gathered. */
export interface ProposalSources {
  readonly startDate: string;
  readonly answers: Answers;
  readonly engagement: Soc2Engagement;
  readonly criteria: CriteriaDecision;
  readonly days: { readonly type1?: Soc2Days; readonly type2?: Soc2Days };
  readonly iso: IsoResult;
  readonly overlay: readonly OverlayItem[];
  readonly gaps: readonly Gap[];
  readonly overall: Score;
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
 * The proposal inputs for one evaluation: the organisation as answered, the SOC 2 report path, days and (with day
 * rates in `settings`) fees, the ISO/IEC 42001 cycle when it applies, the regulator flags, the top gaps
 * (estimation.yaml#reporting.topGaps) and the overall readiness.
 */
export function proposalInputs(method: Method, sources: ProposalSources, settings: Settings): ProposalInputs {
  const { startDate, answers, engagement, criteria, iso, overlay, gaps, overall } = sources;
  const { type1, type2 } = sources.days;
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

  return {
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
}
