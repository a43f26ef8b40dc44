/**
 * The workspace's figures: the opened answers with the staff's what-ifs (locations, start date), the scope they chose
 * (categories, observation period) and the day rates, evaluated by the engine. Pure; the island only renders this.
 */
import type { AnswerSet, AnswerValue, DatedAnswerSet } from "../../engine/answers.ts";
import { type Assessment, evaluate, observationLimits, type Settings } from "../../engine/index.ts";
import type { Method } from "../../engine/method-index.ts";
import type { TscCategoryId } from "../../engine/schema.ts";
import { resolveVisibility } from "../../engine/visibility.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import type { DayRates } from "./rates.ts";

/** What staff changed. `null` text means "not touched" (the recommended or answered value is shown). */
export interface Adjustments {
  readonly categories?: readonly TscCategoryId[];
  readonly observationText: string | null;
  readonly sitesText: string | null;
  readonly sameProcesses?: string;
  readonly startDate?: string;
}

export const noAdjustments: Adjustments = { observationText: null, sitesText: null };

export interface Workspace {
  /** The answers evaluated: the opened ones with the what-ifs applied. */
  readonly answerSet: DatedAnswerSet;
  readonly settings: Settings;
  readonly assessment: Assessment;
  /**
   * The client's own assessment: their answers as sent, no staff change. The gap report shows these figures (the ones
   * the client already has); staff changes appear only in the internal appendix and the fee proposal.
   */
  readonly client: Assessment;
  /** Categories and observation period the answers suggest (for the chosen categories). */
  readonly recommended: { readonly categories: readonly TscCategoryId[]; readonly observationMonths: number };
  readonly sitesMax: number;
  /** The observation periods the method allows a proposal to set. */
  readonly observationLimits: { readonly min: number; readonly max: number };
  /** Whether the questionnaire asks if the locations run the same processes (it does from two locations). */
  readonly asksSameProcesses: boolean;
  /** The locations the client answered (undefined: not answered). */
  readonly answeredSites: number | undefined;
  readonly observationInvalid: boolean;
  readonly sitesInvalid: boolean;
  /** What-ifs on the answers that the assessment itself does not trace. */
  readonly whatIfs: {
    readonly sites?: number;
    readonly sameProcesses?: string;
    readonly startDate?: string;
  };
}

function wholeNumber(text: string | null, min: number, max: number): number | undefined | "invalid" {
  // Untouched, or emptied while typing a new value: the suggested or answered value applies.
  if (text === null || text.trim() === "") return undefined;
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return "invalid";
  const value = Number(trimmed);
  return value >= min && value <= max ? value : "invalid";
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

export function buildWorkspace(
  method: Method,
  opened: AnswerSet,
  adjustments: Adjustments,
  rates: DayRates | undefined,
): Workspace {
  const question = method.questionsById.get("sites");
  const sitesMax = question?.type === "number" ? question.max : 500;
  const answeredSites = typeof opened.answers.sites === "number" ? opened.answers.sites : undefined;

  const answers: Record<string, AnswerValue> = { ...opened.answers };
  const whatIfs: { sites?: number; sameProcesses?: string; startDate?: string } = {};
  const sites = wholeNumber(adjustments.sitesText, 1, sitesMax);
  if (typeof sites === "number" && sites !== answeredSites) {
    answers.sites = sites;
    whatIfs.sites = sites;
  }
  // Whether the processes question applies, and what an unanswered one means, are the engine's rules.
  const asksSameProcesses = resolveVisibility(method, answers).visibleIds.has("sites_same_processes");
  const chosen = adjustments.sameProcesses;
  if (asksSameProcesses && chosen && chosen !== opened.answers.sites_same_processes) {
    answers.sites_same_processes = chosen;
    whatIfs.sameProcesses = chosen;
  }
  const startDate = adjustments.startDate ?? opened.startDate ?? hongKongToday();
  if (adjustments.startDate && adjustments.startDate !== opened.startDate) whatIfs.startDate = adjustments.startDate;
  const answerSet: DatedAnswerSet = { version: opened.version, answers, startDate };

  const suggested = evaluate(method, answerSet);
  const categories =
    adjustments.categories && !sameSet(adjustments.categories, suggested.soc2.criteria.included)
      ? [...adjustments.categories]
      : undefined;
  const withCategories = categories ? evaluate(method, answerSet, { scope: { categories } }) : suggested;
  const recommendedMonths = withCategories.soc2.engagement.observationMonths;
  const limits = observationLimits(method);
  const months = wholeNumber(adjustments.observationText, limits.min, limits.max);
  const observationMonths = typeof months === "number" && months !== recommendedMonths ? months : undefined;

  const scope: { categories?: TscCategoryId[]; observationMonths?: number } = {};
  if (categories) scope.categories = categories;
  if (observationMonths !== undefined) scope.observationMonths = observationMonths;
  const settings: Settings = {
    ...(Object.keys(scope).length > 0 ? { scope } : {}),
    ...(rates ? { dayRates: rates } : {}),
  };
  const assessment = Object.keys(settings).length > 0 ? evaluate(method, answerSet, settings) : suggested;

  const client = evaluate(method, { version: opened.version, answers: opened.answers, startDate });
  return {
    answerSet,
    settings,
    assessment,
    client,
    recommended: { categories: suggested.soc2.criteria.included, observationMonths: recommendedMonths },
    sitesMax,
    observationLimits: limits,
    asksSameProcesses,
    answeredSites,
    observationInvalid: months === "invalid",
    sitesInvalid: sites === "invalid",
    whatIfs,
  };
}
