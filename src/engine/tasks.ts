/**
 * The task list of the full assessment: every section of the questionnaire, always in the same order, with its status,
 * how many questions it asks and an honest time. Branching is decided from the profile up front: control sections
 * cannot start until every profile section is completed or skipped, and from then on the questions each one asks are
 * fixed (control sections' conditions read profile answers only), so counts never jump while answering.
 */
import type { Answers } from "./answers.ts";
import { conditionQuestions, holds } from "./conditions.ts";
import type { Method } from "./method-index.ts";
import type { Condition, Section } from "./schema.ts";

export type TaskStatus = "not_started" | "in_progress" | "completed" | "skipped" | "cannot_start" | "not_needed";

export interface Task {
  readonly sectionId: string;
  readonly kind: Section["kind"];
  readonly status: TaskStatus;
  /** Questions the section asks: `min` certainly, up to `max` depending on answers not given yet. */
  readonly questions: { readonly min: number; readonly max: number };
  /** Questions of the section answered (of those asked). */
  readonly answered: number;
  /** Minutes it takes, from questionnaire.yaml#timing (at least 1 for a section that asks anything). */
  readonly minutes: { readonly min: number; readonly max: number };
}

export interface TaskList {
  readonly tasks: readonly Task[];
  /** Every profile section completed or skipped: the control sections can start. */
  readonly profileDone: boolean;
  /** Sections completed, skipped or not needed. */
  readonly done: number;
}

/** Seconds per answer when the questionnaire does not say. */
const defaultTiming = { profileSeconds: 20, controlSeconds: 12 };

type Asked = "yes" | "no" | "maybe";

/** Status and size of every section, in questionnaire order. `skipped`: sections the visitor chose to skip. */
export function taskList(method: Method, answers: Answers, skipped: readonly string[] = []): TaskList {
  const timing = method.questionnaire.timing ?? defaultTiming;
  const asked = new Map<string, Asked>();
  // Answers to questions that are asked (hidden questions' answers never count, as in resolveVisibility).
  const effective: Record<string, Answers[string]> = {};
  const sectionSkipped = new Set(skipped);
  // A condition is decided when every question it reads is answered, not asked, or left unanswered in a skipped
  // section (conditions only read earlier questions, so these are known when it is reached).
  const decide = (condition: Condition | undefined): Asked => {
    if (!condition) return "yes";
    const open = conditionQuestions(condition).some((id) => {
      if (effective[id] !== undefined || asked.get(id) === "no") return false;
      const section = method.sectionOfQuestion.get(id);
      return !(section && sectionSkipped.has(section.id));
    });
    if (open) return "maybe";
    return holds(condition, effective) ? "yes" : "no";
  };
  const both = (a: Asked, b: Asked): Asked =>
    a === "no" || b === "no" ? "no" : a === "maybe" || b === "maybe" ? "maybe" : "yes";
  for (const section of method.questionnaire.sections) {
    const sectionAsked = decide(section.showIf);
    for (const question of section.questions) {
      const state = both(sectionAsked, decide(question.showIf));
      asked.set(question.id, state);
      const value = answers[question.id];
      if (state !== "no" && value !== undefined) effective[question.id] = value;
    }
  }

  const count = (section: Section) => {
    let yes = 0;
    let maybe = 0;
    let answered = 0;
    for (const question of section.questions) {
      const state = asked.get(question.id);
      if (state === "yes") yes++;
      if (state === "maybe") maybe++;
      if (state !== "no" && effective[question.id] !== undefined) answered++;
    }
    return { yes, maybe, answered };
  };
  const isComplete = (section: Section) => {
    const { yes, maybe, answered } = count(section);
    return yes > 0 && maybe === 0 && answered === yes;
  };
  const profileDone = method.questionnaire.sections
    .filter((s) => s.kind === "profile")
    .every((s) => isComplete(s) || sectionSkipped.has(s.id));
  const minutes = (section: Section, questions: number) => {
    const seconds = section.kind === "profile" ? timing.profileSeconds : timing.controlSeconds;
    return questions === 0 ? 0 : Math.max(1, Math.ceil((questions * seconds) / 60));
  };

  const tasks = method.questionnaire.sections.map((section): Task => {
    const { yes, maybe, answered } = count(section);
    const max = yes + maybe;
    let status: TaskStatus;
    if (section.kind === "controls" && !profileDone) status = "cannot_start";
    else if (max === 0) status = "not_needed";
    else if (maybe === 0 && answered === yes) status = "completed";
    else if (sectionSkipped.has(section.id)) status = "skipped";
    else status = answered === 0 ? "not_started" : "in_progress";
    return {
      sectionId: section.id,
      kind: section.kind,
      status,
      questions: { min: yes, max },
      answered,
      minutes: { min: minutes(section, yes), max: minutes(section, max) },
    };
  });
  const done = tasks.filter((t) => t.status === "completed" || t.status === "skipped" || t.status === "not_needed");
  return { tasks, profileDone, done: done.length };
}
