/** An answer as the visitor would read it back: option labels, a number with its unit, a maturity level's label. */
import type { AnswerValue } from "../engine/answers.ts";
import type { Question } from "../engine/schema.ts";
import type { Formatter } from "./format.ts";

export function answerText(format: Formatter, question: Question, value: AnswerValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (question.type) {
    case "number": {
      if (typeof value !== "number") return undefined;
      if (!question.unit) return format.number(value);
      // Units are written in the plural ("locations"); one of them reads in the singular in English.
      const unit = format.text(question.unit);
      const shown = format.locale === "en" && value === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
      return `${format.number(value)} ${shown}`;
    }
    case "multi": {
      const ids = Array.isArray(value) ? value : [String(value)];
      return ids.map((id) => format.option(question.id, id)).join(format.locale === "en" ? "; " : "；");
    }
    default:
      return typeof value === "string" ? format.option(question.id, value) : undefined;
  }
}
