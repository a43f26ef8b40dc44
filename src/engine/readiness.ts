/**
 * Readiness: which framework each asked control counts for, and the scores that follow (overall, SOC 2, ISO/IEC 42001
 * and per domain). The scoring rule itself is `scoreQuestions` (scoring.ts); this module decides what it is applied to.
 */
import type { Answers } from "./answers.ts";
import type { Framework } from "./gaps.ts";
import type { Method } from "./method-index.ts";
import type { BandId, MaturityQuestion, TscCategoryId } from "./schema.ts";
import { type Score, scoreQuestions } from "./scoring.ts";

export interface DomainScore {
  readonly domain: string;
  readonly score: number;
  readonly band: BandId;
  readonly counted: number;
  readonly blockers: readonly string[];
}

export interface Readiness {
  readonly overall: Score;
  readonly soc2: Score;
  readonly iso42001: Score | null;
  readonly domains: readonly DomainScore[];
  /** Blocker questions of every framework in scope (each framework's score lists its own). */
  readonly blockers: readonly string[];
}

/** The framework a control counts for here, or undefined when none of its frameworks is in scope. */
export type FrameworkOf = (question: MaturityQuestion) => Framework | undefined;

/**
 * Each control counts for its domain's framework only, and only while that framework (and, for a domain tied to an
 * optional Trust Services category, that category) is in scope: an ISO/IEC 42001 domain while the standard applies,
 * a SOC 2 domain while one of the control's criteria is in an included category.
 */
export function countingFramework(
  method: Method,
  included: readonly TscCategoryId[],
  isoApplicable: boolean,
): FrameworkOf {
  const domains = new Map(method.questionnaire.domains.map((d) => [d.id, d]));
  return (q) => {
    const domain = domains.get(q.domain);
    if (!domain) return undefined;
    if (domain.framework === "iso42001") return isoApplicable ? "iso42001" : undefined;
    if (domain.category !== undefined && !included.includes(domain.category)) return undefined;
    const inScope = q.refs.tsc.some((id) => {
      const category = method.tscCategoryOf.get(id);
      return category !== undefined && included.includes(category);
    });
    return inScope ? "soc2" : undefined;
  };
}

/**
 * The readiness scores of the asked controls: overall over every control that counts, SOC 2 and ISO/IEC 42001 over
 * their own (ISO/IEC 42001 null when it does not apply), and one score per domain with at least one counted control.
 */
export function scoreReadiness(
  method: Method,
  visibleControls: readonly MaturityQuestion[],
  answers: Answers,
  frameworkOf: FrameworkOf,
  isoApplicable: boolean,
): Readiness {
  const soc2Questions = visibleControls.filter((q) => frameworkOf(q) === "soc2");
  const isoQuestions = visibleControls.filter((q) => frameworkOf(q) === "iso42001");
  const overallQuestions = visibleControls.filter((q) => frameworkOf(q) !== undefined);

  const overall = scoreQuestions(method, overallQuestions, answers);
  const soc2 = scoreQuestions(method, soc2Questions, answers);
  const iso42001 = isoApplicable ? scoreQuestions(method, isoQuestions, answers) : null;
  const domains: DomainScore[] = method.questionnaire.domains.flatMap((domain) => {
    const questions = overallQuestions.filter((q) => q.domain === domain.id);
    const score = scoreQuestions(method, questions, answers);
    if (score.counted === 0) return [];
    return [
      { domain: domain.id, score: score.score, band: score.band, counted: score.counted, blockers: score.blockers },
    ];
  });
  return { overall, soc2, iso42001, domains, blockers: overall.blockers };
}

/** The asked controls that count for a framework here, in questionnaire order, with that framework. */
export function countedControls(
  visibleControls: readonly MaturityQuestion[],
  frameworkOf: FrameworkOf,
): { readonly questionId: string; readonly framework: Framework }[] {
  return visibleControls.flatMap((q) => {
    const framework = frameworkOf(q);
    return framework ? [{ questionId: q.id, framework }] : [];
  });
}
