import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { type Assessment, evaluate } from "../../../src/engine/index.ts";
import { method } from "../../../src/lib/method-data.ts";
import { dated } from "../../support/dated.ts";

export { method };

export interface PersonaFixture {
  file: string;
  persona: string;
  expect: Record<string, unknown>;
  answerSet: unknown;
}

const dir = "test/fixtures/personas";
export const personas: PersonaFixture[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file: file.replace(/\.json$/, ""), ...JSON.parse(readFileSync(join(dir, file), "utf8")) }));

export function persona(prefix: string): PersonaFixture {
  const found = personas.find((p) => p.file.startsWith(prefix));
  if (!found) throw new Error(`no persona fixture ${prefix}`);
  return found;
}

/** Evaluates a persona's answers (which must be valid). */
export function assess(fixture: PersonaFixture): Assessment {
  const parsed = parseAnswerSet(method, fixture.answerSet);
  if (!parsed.ok) throw new Error(`${fixture.file}: ${JSON.stringify(parsed.issues)}`);
  return evaluate(method, dated(parsed.value));
}
