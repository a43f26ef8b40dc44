/**
 * Which result figures the answers cannot support yet. A figure reads some profile questions (listed in
 * questionnaire.yaml#figures, plus the questions named in the conditions of the criteria rules, the annual-report rule
 * and the overlay); when one of them is asked but not answered, the figure is withheld and the results say what to
 * answer, instead of computing it from a default. A quick check is the exception: it asks only the quick questions and
 * states which others its first estimate assumes at their simplest (the profile's defaults).
 */
import type { Answers } from "./answers.ts";
import { conditionQuestions } from "./conditions.ts";
import type { Method } from "./method-index.ts";
import { resolveVisibility } from "./visibility.ts";

/** The figures a result can withhold. */
export const figureIds = [
  "criteria",
  "soc2_report",
  "soc2_days",
  "deadline",
  "timeline",
  "iso_days",
  "overlay",
] as const;
export type FigureId = (typeof figureIds)[number];

export interface MissingFigures {
  /** Figures withheld, each with the unanswered questions it needs (in questionnaire order). */
  readonly withheld: readonly { readonly figure: FigureId; readonly questions: readonly string[] }[];
  /** In a quick check: the questions not asked that the shown figures read (assumed at their simplest). */
  readonly assumed: readonly string[];
}

/** The questions each figure reads, in questionnaire order. */
export function figureQuestions(method: Method): Readonly<Record<FigureId, readonly string[]>> {
  const listed = method.questionnaire.figures;
  const criteria = method.frameworks.tsc.flatMap((c) =>
    [...c.includedWhen, ...c.notesWhen].flatMap((rule) => conditionQuestions(rule.when)),
  );
  const report = [
    ...(listed?.soc2_report ?? []),
    ...conditionQuestions(method.estimation.soc2.engagement.annualReportsWhen),
    ...criteria,
  ];
  const days = [...(listed?.soc2_days ?? []), ...report];
  const deadline = [...(listed?.deadline ?? []), ...report];
  const iso = [...(listed?.iso_days ?? []), "target_frameworks"];
  const overlay = method.regulators.expectations.flatMap((e) => conditionQuestions(e.appliesWhen));
  const order = new Map(method.questionnaire.sections.flatMap((s) => s.questions).map((q, i) => [q.id, i]));
  const tidy = (ids: readonly string[]) =>
    [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return {
    criteria: tidy(criteria),
    soc2_report: tidy(report),
    soc2_days: tidy(days),
    deadline: tidy(deadline),
    timeline: tidy([...report, ...iso]),
    iso_days: tidy(iso),
    overlay: tidy(overlay),
  };
}

/**
 * The figures these answers cannot support. `quickOnly`: the answers are a quick check (quick.ts), so questions
 * outside the quick set are assumed, not missing.
 */
export function missingFigures(method: Method, answers: Answers, options: { quickOnly: boolean }): MissingFigures {
  const visibility = resolveVisibility(method, answers);
  const unanswered = (id: string) => visibility.visibleIds.has(id) && visibility.effective[id] === undefined;
  const quick = (id: string) => method.questionsById.get(id)?.quick === true;
  const needs = figureQuestions(method);
  const withheld: { figure: FigureId; questions: string[] }[] = [];
  const assumed = new Set<string>();
  for (const figure of figureIds) {
    const open = needs[figure].filter(unanswered);
    const missing = options.quickOnly ? open.filter(quick) : open;
    if (missing.length > 0) withheld.push({ figure, questions: missing });
    else if (options.quickOnly) for (const id of open) assumed.add(id);
  }
  const order = method.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
  return { withheld, assumed: [...assumed].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}
