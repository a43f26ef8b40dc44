import type { Answers } from "./answers.ts";
import { holds } from "./conditions.ts";
import type { Method } from "./method.ts";
import type { Question, Section } from "./schema.ts";

export interface Visibility {
  /** Sections with at least one visible question, in questionnaire order. */
  readonly sections: readonly { readonly section: Section; readonly questions: readonly Question[] }[];
  readonly visibleIds: ReadonlySet<string>;
  /** Answers to visible questions only: hidden questions' answers never influence a result. */
  readonly effective: Answers;
}

/**
 * Decides which questions are asked. Conditions only read questions asked earlier (loadMethod checks), so walking the
 * questionnaire in order and ignoring answers to hidden questions gives one consistent answer.
 */
export function resolveVisibility(method: Method, answers: Answers): Visibility {
  const effective: Record<string, Answers[string]> = {};
  const visibleIds = new Set<string>();
  const sections: { section: Section; questions: Question[] }[] = [];
  for (const section of method.questionnaire.sections) {
    if (section.showIf && !holds(section.showIf, effective)) continue;
    const questions: Question[] = [];
    for (const question of section.questions) {
      if (question.showIf && !holds(question.showIf, effective)) continue;
      questions.push(question);
      visibleIds.add(question.id);
      const value = answers[question.id];
      if (value !== undefined) effective[question.id] = value;
    }
    if (questions.length > 0) sections.push({ section, questions });
  }
  return { sections, visibleIds, effective };
}
