import type { Answers } from "./answers.ts";
import type { Method } from "./method-index.ts";
import type { MaturityAnswer, MaturityQuestion, TscCategoryId } from "./schema.ts";
import { isBlocker, pointsOf, rankOf } from "./scoring.ts";

export type Severity = "blocker" | "high" | "medium" | "low";
export type Framework = "soc2" | "iso42001";

/** One shortfall: which control, how serious, and what it touches. Texts come from the question (gap, evidence). */
export interface Gap {
  readonly questionId: string;
  readonly domain: string;
  readonly severity: Severity;
  /** 1 = address first. */
  readonly priority: number;
  /** weight x distance from full marks (0..3). */
  readonly weightedDistance: number;
  readonly answer: MaturityAnswer | "unanswered";
  /** Answered "don't know": flagged for follow-up. */
  readonly unknown: boolean;
  /** The framework the control counts for here (empty when only a Hong Kong expectation makes it relevant). */
  readonly frameworks: readonly Framework[];
  /** Criteria in the recommended SOC 2 scope, ISO ids when ISO/IEC 42001 applies, applicable Hong Kong ids. */
  readonly refs: { readonly tsc: readonly string[]; readonly iso: readonly string[]; readonly hk: readonly string[] };
}

const severityOrder: Record<Severity, number> = { blocker: 0, high: 1, medium: 2, low: 3 };

export interface GapContext {
  readonly visibleControls: readonly MaturityQuestion[];
  /** The framework a control counts for in this assessment, or undefined when it counts for none. */
  readonly frameworkOf: (question: MaturityQuestion) => Framework | undefined;
  readonly soc2Categories: readonly TscCategoryId[];
  /** Whether SOC 2 records over time will be tested (a Type II is planned). */
  readonly soc2NeedsEvidence: boolean;
  readonly applicableHk: ReadonlySet<string>;
  /** Order of the frameworks for this client (0 first): its goal, and the one with a deadline, come first. */
  readonly frameworkRank: Readonly<Record<Framework, number>>;
}

/**
 * Every shortfall, ordered for the client's goal: gaps of the framework it is preparing for (the one with a deadline
 * first), then by severity (blocker, high, medium, low), then by the control's weight, then by distance from full
 * marks, then in questionnaire order. "Documented but not yet evidenced" is a low-severity gap only where records
 * over time will be tested (a SOC 2 Type II, or the ISO/IEC 42001 Stage 2 audit).
 */
export function findGaps(method: Method, answers: Answers, context: GapContext): Gap[] {
  const estimation = method.estimation;
  const candidates: Omit<Gap, "priority">[] = [];
  for (const question of context.visibleControls) {
    const raw = answers[question.id];
    const answer = typeof raw === "string" ? (raw as MaturityAnswer) : undefined;
    if (answer === "na") continue;
    const framework = context.frameworkOf(question);
    const tsc =
      framework === "soc2"
        ? question.refs.tsc.filter((id) => {
            const category = method.tscCategoryOf.get(id);
            return category !== undefined && context.soc2Categories.includes(category);
          })
        : [];
    const iso = framework === "iso42001" ? question.refs.iso : [];
    const hk = question.refs.hk.filter((id) => context.applicableHk.has(id));
    if (framework === undefined && hk.length === 0) continue;

    const rank = rankOf(answer);
    let severity: Severity | undefined;
    if (framework !== undefined && isBlocker(question, answer, estimation)) severity = "blocker";
    else if (rank === 0) severity = "high";
    else if (rank === 1) severity = "medium";
    else if (rank === 2 && ((framework === "soc2" && context.soc2NeedsEvidence) || framework === "iso42001")) {
      severity = "low";
    }
    if (!severity) continue;
    const points = pointsOf(answer, estimation) ?? 0;
    candidates.push({
      questionId: question.id,
      domain: question.domain,
      severity,
      weightedDistance: Math.round(question.weight * (1 - points) * 1000) / 1000,
      answer: answer ?? "unanswered",
      unknown: answer === "unknown",
      frameworks: framework === undefined ? [] : [framework],
      refs: { tsc, iso, hk },
    });
  }
  const order = new Map(context.visibleControls.map((q, i) => [q.id, i]));
  const weight = new Map(context.visibleControls.map((q) => [q.id, q.weight]));
  const goalRank = (gap: Omit<Gap, "priority">) => Math.min(2, ...gap.frameworks.map((f) => context.frameworkRank[f]));
  candidates.sort(
    (a, b) =>
      goalRank(a) - goalRank(b) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (weight.get(b.questionId) ?? 0) - (weight.get(a.questionId) ?? 0) ||
      b.weightedDistance - a.weightedDistance ||
      (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0),
  );
  return candidates.map((gap, index) => ({ ...gap, priority: index + 1 }));
}
