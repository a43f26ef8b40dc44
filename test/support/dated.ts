import type { AnswerSet, DatedAnswerSet } from "../../src/engine/answers.ts";

/** An answer set with a start date for `evaluate` (the fixtures carry one; the fallback is a fixed date). */
export function dated(set: AnswerSet, fallback = "2027-01-04"): DatedAnswerSet {
  return { ...set, startDate: set.startDate ?? fallback };
}
