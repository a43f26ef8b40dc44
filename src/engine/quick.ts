/**
 * The quick check: the questions flagged `quick` in questionnaire.yaml (the profile facts that decide the report type,
 * criteria and audit days, and the key controls) give a first estimate from at most `quickLimit` answers. The estimate
 * is the engine's own `evaluate` run on the questionnaire cut down to those questions, so the same rules apply; only
 * the questions not asked are left out (their defaults are the profile's, and missing.ts names them).
 */
import type { Answers } from "./answers.ts";
import { indexMethod, type Method } from "./method-index.ts";
import type { Question } from "./schema.ts";

/** The most answers the quick check may ask for (every quick question shown at once). */
export const quickLimit = 15;

/** Ids of the quick-check questions, in questionnaire order. */
export function quickQuestionIds(method: Method): string[] {
  return method.questionnaire.sections.flatMap((s) => s.questions.filter(isQuick).map((q) => q.id));
}

const isQuick = (question: Question) => question.quick === true;

/** The method with the questionnaire cut down to the quick-check questions (sections without one are dropped). */
export function quickMethod(method: Method): Method {
  const sections = method.questionnaire.sections
    .map((section) => ({ ...section, questions: section.questions.filter(isQuick) }))
    .filter((section) => section.questions.length > 0);
  return indexMethod({
    questionnaire: { ...method.questionnaire, sections },
    estimation: method.estimation,
    frameworks: method.frameworks,
    regulators: method.regulators,
    messages: method.messages,
    changelog: method.changelog,
  });
}

/**
 * True when the answers are a quick check only: something is answered and every answer is to a quick question.
 * Results for such answers are a first estimate (evaluated with `quickMethod`).
 */
export function isQuickOnly(method: Method, answers: Answers): boolean {
  const ids = Object.keys(answers);
  return ids.length > 0 && ids.every((id) => method.questionsById.get(id)?.quick === true);
}
