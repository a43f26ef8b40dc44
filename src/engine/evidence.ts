/**
 * The evidence request list: for each control in scope, what the auditor will ask to see (the question's `evidence`),
 * its criteria and clause references, the period the evidence must cover (estimation.yaml#planning.evidence, dated by
 * the timeline) and when it is due (its roadmap phase, or the start of the first period when it is already in place).
 */
import type { Answers } from "./answers.ts";
import type { Framework } from "./gaps.ts";
import type { Assessment } from "./index.ts";
import type { Method } from "./method-index.ts";
import type { RoadmapPhase } from "./roadmap.ts";

export type EvidencePeriod =
  | { readonly kind: "as_of"; readonly milestone: string; readonly date: string }
  | { readonly kind: "by"; readonly milestone: string; readonly date: string }
  | { readonly kind: "period"; readonly milestone: string; readonly from: string; readonly to: string };

export interface EvidenceRequest {
  readonly questionId: string;
  readonly framework: Framework;
  /** Criteria in the SOC 2 scope, or ISO/IEC 42001 clause and Annex A ids. */
  readonly refs: readonly string[];
  readonly periods: readonly EvidencePeriod[];
  /** When the evidence should be ready: the roadmap phase's due date for a gap, else the first period's start. */
  readonly due?: string;
  /** The control is a gap in this assessment. */
  readonly gap: boolean;
}

/** One request per control in scope (not answered "not applicable"), in questionnaire order. */
export function evidenceRequests(
  method: Method,
  assessment: Assessment,
  answers: Answers,
  roadmap: readonly RoadmapPhase[],
): EvidenceRequest[] {
  const milestones = new Map(assessment.timeline.milestones.map((m) => [m.id, m]));
  const periodsOf = (framework: Framework): EvidencePeriod[] =>
    method.estimation.planning.evidence[framework].flatMap((rule): EvidencePeriod[] => {
      const m = milestones.get(rule.milestone);
      if (!m) return [];
      if (rule.kind === "period") return [{ kind: "period", milestone: m.id, from: m.date, to: m.endDate ?? m.date }];
      return [{ kind: rule.kind, milestone: m.id, date: m.date }];
    });
  const dueOf = new Map(roadmap.flatMap((phase) => phase.gaps.map((id) => [id, phase.due] as const)));
  const gaps = new Set(assessment.gaps.map((g) => g.questionId));
  const included = new Set(assessment.soc2.criteria.included);
  return assessment.controls.flatMap(({ questionId, framework }) => {
    const question = method.questionsById.get(questionId);
    if (question?.type !== "maturity") return [];
    if (answers[questionId] === "na") return [];
    const refs =
      framework === "soc2"
        ? question.refs.tsc.filter((id) => {
            const category = method.tscCategoryOf.get(id);
            return category !== undefined && included.has(category);
          })
        : question.refs.iso;
    const periods = periodsOf(framework);
    const first = periods[0];
    const due = dueOf.get(questionId) ?? (first ? (first.kind === "period" ? first.from : first.date) : undefined);
    return [{ questionId, framework, refs, periods, ...(due ? { due } : {}), gap: gaps.has(questionId) }];
  });
}
