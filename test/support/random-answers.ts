/**
 * Seeded random answer sets for property tests and the engine benchmark. Every answer is valid for its question;
 * only visible questions are answered, so each set is complete.
 */
import type { AnswerValue, DatedAnswerSet } from "../../src/engine/answers.ts";
import { maturityLevels } from "../../src/engine/constants.ts";
import type { Method } from "../../src/engine/method.ts";
import type { Question } from "../../src/engine/schema.ts";
import { resolveVisibility } from "../../src/engine/visibility.ts";

/** mulberry32: a small, fast, seedable PRNG (0 <= x < 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A valid answer to one question. Numbers are drawn on a log scale so small organisations are common. */
export function randomAnswer(random: () => number, question: Question): AnswerValue {
  switch (question.type) {
    case "single":
      return pick(random, question.options).id;
    case "multi": {
      const exclusive = question.options.filter((o) => o.exclusive);
      if (exclusive.length > 0 && random() < 0.2) return [pick(random, exclusive).id];
      const chosen = question.options.filter((o) => !o.exclusive && random() < 0.4).map((o) => o.id);
      return chosen.length > 0
        ? chosen
        : [
            pick(
              random,
              question.options.filter((o) => !o.exclusive),
            ).id,
          ];
    }
    case "number": {
      const span = Math.log(question.max - question.min + 1);
      return Math.min(question.max, question.min + Math.floor(Math.exp(random() * span)) - 1);
    }
    case "maturity": {
      const levels: string[] = [...maturityLevels, "unknown"];
      if (question.allowNa) levels.push("na");
      return pick(random, levels);
    }
  }
}

/** A complete random answer set: answers every question that is visible given the answers before it. */
export function randomAnswerSet(method: Method, seed: number): DatedAnswerSet {
  const random = prng(seed);
  const answers: Record<string, AnswerValue> = {};
  for (const section of method.questionnaire.sections) {
    for (const question of section.questions) {
      // A question's visibility depends only on answers before it.
      if (!resolveVisibility(method, answers).visibleIds.has(question.id)) continue;
      answers[question.id] = randomAnswer(random, question);
    }
  }
  const visible = resolveVisibility(method, answers).visibleIds;
  for (const id of Object.keys(answers)) if (!visible.has(id)) delete answers[id];
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  return {
    version: method.questionnaire.version,
    answers,
    startDate: `2027-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}
