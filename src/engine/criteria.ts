import type { Answers } from "./answers.ts";
import { conditionQuestions, holds } from "./conditions.ts";
import type { Method } from "./method-index.ts";
import type { TscCategoryId } from "./schema.ts";
import type { MessageKey, TraceStep } from "./trace.ts";

export interface CategoryDecision {
  readonly category: TscCategoryId;
  readonly included: boolean;
  /** Number of criteria the category adds (from frameworks.yaml). */
  readonly criteriaCount: number;
  readonly reasons: readonly TraceStep[];
}

export interface CriteriaDecision {
  readonly categories: readonly CategoryDecision[];
  readonly included: readonly TscCategoryId[];
  /** Criteria in scope across the included categories. */
  readonly criteriaCount: number;
}

const answered = (answers: Answers, condition: Parameters<typeof conditionQuestions>[0]) =>
  [...new Set(conditionQuestions(condition))].filter((q) => answers[q] !== undefined);

/**
 * Which Trust Services categories belong in the SOC 2 scope, from frameworks.yaml: a mandatory category (Security)
 * always; an optional one when one of its `includedWhen` rules holds for the answers (the first that holds gives the
 * reason); otherwise it stays out, with a `notesWhen` note where the answers touch it.
 */
export function decideCriteria(method: Method, answers: Answers): CriteriaDecision {
  const categories: CategoryDecision[] = method.frameworks.tsc.map((category) => {
    const count = category.criteria.length;
    if (category.mandatory) {
      return {
        category: category.id,
        included: true,
        criteriaCount: count,
        reasons: [{ key: "reason.criteria.security", params: { count }, source: `frameworks.yaml#tsc.${category.id}` }],
      };
    }
    const rule = category.includedWhen.find((r) => holds(r.when, answers));
    if (rule) {
      return {
        category: category.id,
        included: true,
        criteriaCount: count,
        reasons: [
          {
            key: rule.reason as MessageKey,
            params: { count },
            answers: answered(answers, rule.when),
            source: `frameworks.yaml#tsc.${category.id}.includedWhen`,
          },
        ],
      };
    }
    const note = category.notesWhen.find((r) => holds(r.when, answers));
    const reason: TraceStep = note
      ? { key: note.reason as MessageKey, answers: answered(answers, note.when) }
      : { key: "reason.criteria.not_included" };
    return { category: category.id, included: false, criteriaCount: count, reasons: [reason] };
  });
  return summarise(categories);
}

function summarise(categories: CategoryDecision[]): CriteriaDecision {
  const inScope = categories.filter((c) => c.included);
  return {
    categories,
    included: inScope.map((c) => c.category),
    criteriaCount: inScope.reduce((sum, c) => sum + c.criteriaCount, 0),
  };
}

/**
 * Applies a proposal's chosen categories to the decision. Security always stays; every change is traced with the
 * original recommendation kept as the first reason.
 */
export function overrideCriteria(decision: CriteriaDecision, chosen: readonly TscCategoryId[]): CriteriaDecision {
  const categories = decision.categories.map((c) => {
    const included = c.category === "security" || chosen.includes(c.category);
    if (included === c.included) return c;
    const reason: TraceStep = {
      key: included ? "reason.criteria.override_added" : "reason.criteria.override_removed",
      params: { count: c.criteriaCount },
    };
    return { ...c, included, reasons: [...c.reasons, reason] };
  });
  return summarise(categories);
}
