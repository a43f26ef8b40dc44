/**
 * fast-check arbitraries drawn from the questionnaire itself: one generator per question (its options, its range, its
 * maturity scale), combined with `fc.record`, so a failing property shrinks answer by answer to a small answer set.
 * Every question is answered, then branching is resolved: answers to questions the others hide are dropped, so each
 * drawn set is a complete, valid answer set as the questionnaire would produce it.
 */
import fc from "fast-check";
import type { Answers, AnswerValue, DatedAnswerSet } from "../../src/engine/answers.ts";
import { maturityLevels } from "../../src/engine/constants.ts";
import type { Method } from "../../src/engine/method-index.ts";
import type { Question } from "../../src/engine/schema.ts";
import { resolveVisibility } from "../../src/engine/visibility.ts";

/** A valid answer to one question. Numbers favour small organisations but reach the question's whole range. */
export function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case "single":
      return fc.constantFrom(...question.options.map((o) => o.id));
    case "multi": {
      const order = question.options.map((o) => o.id);
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
      const others = order.filter((id) => !exclusive.includes(id));
      const some = fc
        .uniqueArray(fc.constantFrom(...others), { minLength: 1, maxLength: others.length })
        .map((ids) => [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      return exclusive.length > 0 ? fc.oneof(some, fc.constantFrom(...exclusive.map((id) => [id]))) : some;
    }
    case "number":
      return fc.oneof(
        fc.integer({ min: question.min, max: Math.min(question.max, question.min + 30) }),
        fc.integer({ min: question.min, max: question.max }),
      );
    case "maturity":
      return fc.constantFrom(...maturityLevels, "unknown", ...(question.allowNa ? ["na"] : []));
  }
}

/** Keeps the answers to the questions asked (a question's visibility depends only on the answers before it). */
export function visibleOnly(method: Method, answers: Answers): Answers {
  return resolveVisibility(method, answers).effective;
}

/** A complete answer set: every question the answers lead to is answered, and only those. */
export function answersArbitrary(method: Method): fc.Arbitrary<Answers> {
  const questions = method.questionnaire.sections.flatMap((s) => s.questions);
  const model = Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)]));
  return fc.record(model).map((all) => visibleOnly(method, all));
}

/** A start date in 2027 (a fixed year: no test depends on the clock). */
export const startDateArbitrary = fc
  .integer({ min: 0, max: 364 })
  .map((day) => new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10));

/** A complete, dated answer set for `evaluate`. */
export function answerSetArbitrary(method: Method): fc.Arbitrary<DatedAnswerSet> {
  return fc.record({
    version: fc.constant(method.questionnaire.version),
    answers: answersArbitrary(method),
    startDate: startDateArbitrary,
  });
}
