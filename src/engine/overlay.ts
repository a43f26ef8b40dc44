import type { Answers } from "./answers.ts";
import { conditionQuestions, holds } from "./conditions.ts";
import type { Method } from "./method.ts";
import type { MaturityQuestion } from "./schema.ts";

/** A Hong Kong regulatory expectation (or the EU AI Act) that bears on this organisation. */
export interface OverlayItem {
  readonly id: string;
  readonly regulator: string;
  /** Profile answers that made it apply. */
  readonly becauseOf: readonly string[];
  /** Visible control questions that evidence it. */
  readonly questions: readonly string[];
}

/** Which expectations apply (from each entry's `appliesWhen` in regulators.yaml) and which answers bear on them. */
export function buildOverlay(
  method: Method,
  answers: Answers,
  visibleControls: readonly MaturityQuestion[],
): OverlayItem[] {
  return method.regulators.expectations
    .filter((expectation) => holds(expectation.appliesWhen, answers))
    .map((expectation) => ({
      id: expectation.id,
      regulator: expectation.regulator,
      becauseOf: [...new Set(conditionQuestions(expectation.appliesWhen))].filter((q) => answers[q] !== undefined),
      questions: visibleControls.filter((q) => q.refs.hk.includes(expectation.id)).map((q) => q.id),
    }));
}
