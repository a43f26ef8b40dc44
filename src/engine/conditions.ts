import type { Answers } from "./answers.ts";
import type { Condition } from "./schema.ts";

/** True when the condition holds for these answers. An unanswered question fails every test (so `not` passes). */
export function holds(condition: Condition, answers: Answers): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, answers));
  if ("any" in condition) return condition.any.some((c) => holds(c, answers));
  if ("not" in condition) return !holds(condition.not, answers);
  const value = answers[condition.q];
  if (value === undefined) return false;
  if ("is" in condition) return value === condition.is;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  if ("has" in condition) return Array.isArray(value) && value.includes(condition.has);
  if ("hasAny" in condition) return Array.isArray(value) && condition.hasAny.some((o) => value.includes(o));
  return typeof value === "number" && value >= condition.gte;
}

/** Question ids a condition reads (for validation and for tracing which answers produced a result). */
export function conditionQuestions(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionQuestions);
  if ("any" in condition) return condition.any.flatMap(conditionQuestions);
  if ("not" in condition) return conditionQuestions(condition.not);
  return [condition.q];
}
