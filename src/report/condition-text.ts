/**
 * A condition of the method data (criteria rules, overlay conditions) as readable text, so the method page shows the
 * rule the engine evaluates instead of a restatement of it.
 */
import type { Condition } from "../engine/schema.ts";
import type { Formatter } from "./format.ts";

export interface ConditionWords {
  /** "“{answer}” for “{question}”" style phrase for an answer test. */
  readonly answer: (question: string, answers: readonly string[]) => string;
  readonly atLeast: (question: string, value: string) => string;
  readonly not: (text: string) => string;
}

/** The condition in words, with answers named by their labels (alternatives joined by "or", requirements by "and"). */
export function describeCondition(condition: Condition, format: Formatter, words: ConditionWords): string {
  const tag = format.locale === "zh-hk" ? "zh-HK" : "en-HK";
  const or = new Intl.ListFormat(tag, { type: "disjunction" });
  const and = new Intl.ListFormat(tag, { type: "conjunction" });
  if ("all" in condition) return and.format(condition.all.map((c) => describeCondition(c, format, words)));
  if ("any" in condition) return or.format(condition.any.map((c) => describeCondition(c, format, words)));
  if ("not" in condition) return words.not(describeCondition(condition.not, format, words));
  const question = format.questionText(condition.q);
  if ("gte" in condition) return words.atLeast(question, format.number(condition.gte));
  const options =
    "is" in condition
      ? [condition.is]
      : "has" in condition
        ? [condition.has]
        : "in" in condition
          ? condition.in
          : condition.hasAny;
  return words.answer(
    question,
    options.map((id) => format.option(condition.q, id)),
  );
}
