/** What every section of the results receives. */
import type { AnswerSet } from "../../../engine/answers.ts";
import type { Results } from "../../../engine/results.ts";
import type { Locale } from "../../../i18n/locales.ts";
import type { ViewProps } from "../view.ts";

export interface ResultsContext extends ViewProps {
  results: Results;
  answerSet: AnswerSet;
  locale: Locale;
  /** The print view: every detail open, no actions. */
  print: boolean;
  /** One-decimal score text. */
  score: (n: number) => string;
}
