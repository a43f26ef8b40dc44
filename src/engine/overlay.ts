import type { Answers } from "./answers.ts";
import { conditionQuestions, holds } from "./conditions.ts";
import type { Method } from "./method-index.ts";
import type { Condition, MaturityQuestion } from "./schema.ts";

/** A Hong Kong regulatory expectation (or the EU AI Act) that bears on this organisation. */
export interface OverlayItem {
  readonly id: string;
  readonly regulator: string;
  /** Profile answers that made it apply. */
  readonly becauseOf: readonly string[];
  /** Index of the `why` text that fits this organisation (an institution or its supplier), when there are several. */
  readonly why: number;
  /** Further points that apply (indexes into the entry's `notes`), each with the answers that triggered it. */
  readonly notes: readonly { readonly index: number; readonly becauseOf: readonly string[] }[];
  /** Visible control questions that evidence it. */
  readonly questions: readonly string[];
}

const answered = (condition: Condition, answers: Answers) =>
  [...new Set(conditionQuestions(condition))].filter((q) => answers[q] !== undefined);

/**
 * Which expectations apply (each entry's `appliesWhen` in regulators.yaml), why (the first `why` text whose condition
 * holds, so a supervised institution and its supplier read different reasons), the notes that apply, and which
 * control questions bear on them.
 */
export function buildOverlay(
  method: Method,
  answers: Answers,
  visibleControls: readonly MaturityQuestion[],
): OverlayItem[] {
  return method.regulators.expectations
    .filter((expectation) => holds(expectation.appliesWhen, answers))
    .map((expectation) => {
      const variants = Array.isArray(expectation.why) ? expectation.why : [];
      const found = variants.findIndex((v) => v.when === undefined || holds(v.when, answers));
      return {
        id: expectation.id,
        regulator: expectation.regulator,
        becauseOf: answered(expectation.appliesWhen, answers),
        why: Math.max(0, found),
        notes: expectation.notes.flatMap((note, index) =>
          holds(note.when, answers) ? [{ index, becauseOf: answered(note.when, answers) }] : [],
        ),
        questions: visibleControls.filter((q) => q.refs.hk.includes(expectation.id)).map((q) => q.id),
      };
    });
}

/** The `why` text of an overlay item (for the views). */
export function overlayWhy(method: Method, item: OverlayItem) {
  const expectation = method.regulators.expectations.find((e) => e.id === item.id);
  if (!expectation) return undefined;
  if (!Array.isArray(expectation.why)) return expectation.why;
  return expectation.why[item.why]?.text ?? expectation.why[0]?.text;
}
