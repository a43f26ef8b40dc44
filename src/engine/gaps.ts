import type { Answers } from "./answers.ts";
import type { Method } from "./method.ts";
import type { MaturityAnswer, MaturityQuestion, TscCategoryId } from "./schema.ts";
import { isBlocker, pointsOf, rankOf } from "./scoring.ts";

export type Severity = "blocker" | "high" | "medium" | "low";

/** One shortfall: which control, how serious, and what it touches. Texts come from the question (gap, evidence). */
export interface Gap {
  readonly questionId: string;
  readonly domain: string;
  readonly severity: Severity;
  /** 1 = fix first. */
  readonly priority: number;
  /** weight x distance from full marks (0..3): the ordering key after blockers. */
  readonly weightedDistance: number;
  readonly answer: MaturityAnswer | "unanswered";
  /** Answered "don't know": flagged for follow-up. */
  readonly unknown: boolean;
  readonly frameworks: readonly ("soc2" | "iso42001")[];
  /** Criteria in the recommended SOC 2 scope, ISO ids when ISO/IEC 42001 applies, applicable Hong Kong ids. */
  readonly refs: { readonly tsc: readonly string[]; readonly iso: readonly string[]; readonly hk: readonly string[] };
}

const severityOrder: Record<Severity, number> = { blocker: 0, high: 1, medium: 2, low: 3 };

export interface GapContext {
  readonly visibleControls: readonly MaturityQuestion[];
  readonly soc2Categories: readonly TscCategoryId[];
  readonly isoApplicable: boolean;
  /** Whether records over time are needed (a Type II is planned, or ISO/IEC 42001 Stage 2). */
  readonly soc2NeedsEvidence: boolean;
  readonly applicableHk: ReadonlySet<string>;
}

/**
 * Every shortfall, in priority order: blockers first, then by weight x distance from full marks, then severity, then
 * questionnaire order. "Documented but not yet evidenced" is a low-severity gap only where records over time will be
 * tested (a Type II report or an ISO/IEC 42001 Stage 2 audit).
 */
export function findGaps(method: Method, answers: Answers, context: GapContext): Gap[] {
  const estimation = method.estimation;
  const candidates: Omit<Gap, "priority">[] = [];
  context.visibleControls.forEach((question) => {
    const raw = answers[question.id];
    const answer = typeof raw === "string" ? (raw as MaturityAnswer) : undefined;
    if (answer === "na") return;
    const tsc = question.refs.tsc.filter((id) => {
      const category = method.tscCategoryOf.get(id);
      return category !== undefined && context.soc2Categories.includes(category);
    });
    const iso = context.isoApplicable ? question.refs.iso : [];
    const hk = question.refs.hk.filter((id) => context.applicableHk.has(id));
    const frameworks: ("soc2" | "iso42001")[] = [];
    if (tsc.length > 0) frameworks.push("soc2");
    if (iso.length > 0) frameworks.push("iso42001");
    if (frameworks.length === 0 && hk.length === 0) return;

    const rank = rankOf(answer);
    let severity: Severity | undefined;
    if (isBlocker(question, answer, estimation)) severity = "blocker";
    else if (rank === 0) severity = "high";
    else if (rank === 1) severity = "medium";
    else if (rank === 2 && ((tsc.length > 0 && context.soc2NeedsEvidence) || iso.length > 0)) severity = "low";
    if (!severity) return;
    const points = pointsOf(answer, estimation) ?? 0;
    candidates.push({
      questionId: question.id,
      domain: question.domain,
      severity,
      weightedDistance: Math.round(question.weight * (1 - points) * 1000) / 1000,
      answer: answer ?? "unanswered",
      unknown: answer === "unknown",
      frameworks,
      refs: { tsc, iso, hk },
    });
  });
  const order = new Map(context.visibleControls.map((q, i) => [q.id, i]));
  candidates.sort(
    (a, b) =>
      Number(b.severity === "blocker") - Number(a.severity === "blocker") ||
      b.weightedDistance - a.weightedDistance ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0),
  );
  return candidates.map((gap, index) => ({ ...gap, priority: index + 1 }));
}
