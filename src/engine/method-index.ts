/**
 * The validated method with the lookup tables the engine needs. `indexMethod` builds them without zod, so the browser
 * can use data that was validated at build time (by `loadMethod` in method.ts) without shipping the validator.
 */
import type {
  Estimation,
  Frameworks,
  MaturityQuestion,
  Messages,
  Question,
  Questionnaire,
  Regulators,
  Section,
  TscCategoryId,
} from "./schema.ts";

export interface ChangelogEntry {
  readonly version: string;
  readonly date: string;
  readonly changes: readonly { readonly en: string; readonly "zh-hk": string }[];
}

/** The six validated data documents. */
export interface MethodData {
  readonly questionnaire: Questionnaire;
  readonly estimation: Estimation;
  readonly frameworks: Frameworks;
  readonly regulators: Regulators;
  readonly messages: Messages;
  readonly changelog: readonly ChangelogEntry[];
}

export interface Method {
  readonly questionnaire: Questionnaire;
  readonly estimation: Estimation;
  readonly frameworks: Frameworks;
  readonly regulators: Regulators;
  readonly messages: Messages;
  readonly changelog: readonly ChangelogEntry[];
  readonly questionsById: ReadonlyMap<string, Question>;
  readonly sectionOfQuestion: ReadonlyMap<string, Section>;
  readonly controlQuestions: readonly MaturityQuestion[];
  /** Trust Services category of each criterion id (CC6.1 -> security). */
  readonly tscCategoryOf: ReadonlyMap<string, TscCategoryId>;
  readonly isoIds: ReadonlySet<string>;
}

/** Builds the lookup tables. Only for data already validated by `loadMethod` (the build and the server do that). */
export function indexMethod(data: MethodData): Method {
  const questionsById = new Map<string, Question>();
  const sectionOfQuestion = new Map<string, Section>();
  const controlQuestions: MaturityQuestion[] = [];
  for (const section of data.questionnaire.sections) {
    for (const question of section.questions) {
      questionsById.set(question.id, question);
      sectionOfQuestion.set(question.id, section);
      if (question.type === "maturity") controlQuestions.push(question);
    }
  }
  const tscCategoryOf = new Map<string, TscCategoryId>();
  for (const category of data.frameworks.tsc) for (const id of category.criteria) tscCategoryOf.set(id, category.id);
  const isoIds = new Set<string>([
    ...data.frameworks.iso42001.clauses.map((c) => c.id),
    ...data.frameworks.iso42001.annexA.flatMap((d) => d.controls.map((c) => c.id)),
  ]);
  return { ...data, questionsById, sectionOfQuestion, controlQuestions, tscCategoryOf, isoIds };
}
