import type { Answers } from "./answers.ts";
import type { Method } from "./method.ts";
import type { TscCategoryId } from "./schema.ts";
import type { TraceStep } from "./trace.ts";

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

function has(answers: Answers, questionId: string, option: string): boolean {
  const value = answers[questionId];
  return Array.isArray(value) ? value.includes(option) : value === option;
}

/**
 * Which Trust Services categories belong in the SOC 2 scope. Security always; the others follow the commitments the
 * organisation makes: uptime (or running infrastructure for others) -> Availability; confidential client data under
 * NDA -> Confidentiality; processing transactions or calculations for clients -> Processing Integrity; personal data
 * at the core of the service -> Privacy.
 */
export function decideCriteria(method: Method, answers: Answers): CriteriaDecision {
  const categories: CategoryDecision[] = method.frameworks.tsc.map((category) => {
    const count = category.criteria.length;
    const reasons: TraceStep[] = [];
    let included = false;
    switch (category.id) {
      case "security":
        included = true;
        reasons.push({ key: "reason.criteria.security", params: { count } });
        break;
      case "availability":
        if (has(answers, "commitments", "uptime_sla")) {
          included = true;
          reasons.push({ key: "reason.criteria.availability.sla", params: { count }, answers: ["commitments"] });
        }
        if (has(answers, "industry", "cloud_infra")) {
          included = true;
          reasons.push({
            key: "reason.criteria.availability.infrastructure",
            params: { count },
            answers: ["industry"],
          });
        }
        break;
      case "confidentiality":
        if (has(answers, "commitments", "confidential_nda")) {
          included = true;
          reasons.push({ key: "reason.criteria.confidentiality.nda", params: { count }, answers: ["commitments"] });
        }
        break;
      case "processing_integrity":
        if (has(answers, "commitments", "transaction_processing")) {
          included = true;
          reasons.push({
            key: "reason.criteria.processing_integrity.transactions",
            params: { count },
            answers: ["commitments"],
          });
        }
        break;
      case "privacy":
        if (has(answers, "personal_data_scope", "core")) {
          included = true;
          reasons.push({ key: "reason.criteria.privacy.core", params: { count }, answers: ["personal_data_scope"] });
        } else if (has(answers, "personal_data_scope", "incidental")) {
          reasons.push({ key: "reason.criteria.privacy.incidental", answers: ["personal_data_scope"] });
        }
        break;
    }
    if (!included && reasons.length === 0) {
      reasons.push({ key: "reason.criteria.not_included", params: { category: { key: `framework.soc2` } } });
    }
    return { category: category.id, included, criteriaCount: count, reasons };
  });
  const included = categories.filter((c) => c.included).map((c) => c.category);
  const criteriaCount = categories.filter((c) => c.included).reduce((sum, c) => sum + c.criteriaCount, 0);
  return { categories, included, criteriaCount };
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
  const included = categories.filter((c) => c.included).map((c) => c.category);
  return {
    categories,
    included,
    criteriaCount: categories.filter((c) => c.included).reduce((n, c) => n + c.criteriaCount, 0),
  };
}
