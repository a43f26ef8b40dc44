import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { type Answers, parseAnswerSet } from "../../../src/engine/answers.ts";
import { type Assessment, evaluate } from "../../../src/engine/index.ts";
import { indexMethod, type Method } from "../../../src/engine/method-index.ts";
import type { BandId, Estimation, MaturityQuestion } from "../../../src/engine/schema.ts";
import type { Score } from "../../../src/engine/scoring.ts";
import type { TraceStep } from "../../../src/engine/trace.ts";
import { dated } from "../../support/dated.ts";

/**
 * The bundled method (src/lib/method-data.ts). Under mutation testing the validated data comes from the config's
 * global setup instead (test/support/method-global-setup.ts), so loading a test file runs no engine code.
 */
const provided = inject("methodData");
export const method: Method = provided
  ? indexMethod(provided)
  : (await import("../../../src/lib/method-data.ts")).method;

/** The start date rule tests plan from (a fixed day: no test reads the clock). */
export const startDate = "2027-01-04";

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

/** Evaluates a small hand-built answer set (answers to hidden questions are ignored by the engine). */
export function assessAnswers(answers: Answers, settings = {}): Assessment {
  return evaluate(method, { version: method.questionnaire.version, answers, startDate }, settings);
}

/**
 * The bundled method with an edited copy of estimation.yaml, for rules whose threshold the shipped numbers do not reach
 * exactly (the rule is the same; only the number moves).
 */
export function withEstimation(edit: (estimation: Estimation) => void): Method {
  const estimation = structuredClone(method.estimation);
  edit(estimation);
  return { ...method, estimation };
}

/** The bundled method with edited copies of frameworks.yaml and regulators.yaml. */
export function withData(edit: (data: { frameworks: Method["frameworks"]; regulators: Method["regulators"] }) => void) {
  const data = { frameworks: structuredClone(method.frameworks), regulators: structuredClone(method.regulators) };
  edit(data);
  return { ...method, ...data };
}

const text = { en: "Text", "zh-hk": "文字" };
let controls = 0;

/** A control question built for one rule test: weight 2, no blocker, one Security criterion, unless given. */
export function control(fields: Partial<MaturityQuestion> = {}): MaturityQuestion {
  controls += 1;
  return {
    id: `control_${controls}`,
    type: "maturity",
    text,
    help: text,
    evidence: text,
    gap: text,
    domain: "access",
    refs: { tsc: ["CC6.1"], iso: [], hk: [] },
    weight: 2,
    blocker: false,
    allowNa: false,
    ...fields,
  };
}

/** A SOC 2 readiness result in a band, with blockers (what the Type I / Type II rules read). */
export function readiness(band: BandId, blockers: readonly string[] = []): Score {
  return { score: 0, band, blockers, counted: 1, evidencedShare: 0, trace: [] };
}

/** The message keys of a trace or a list of reasons, in order. */
export const keys = (steps: readonly TraceStep[]) => steps.map((s) => s.key);

/** The step with this key (throws when it is missing, so a test reads the figure it asserts). */
export function step(steps: readonly TraceStep[], key: string): TraceStep {
  const found = steps.find((s) => s.key === key);
  if (!found) throw new Error(`no trace step ${key} in ${keys(steps).join(", ")}`);
  return found;
}

/** A numeric parameter of a trace step. */
export function param(s: TraceStep, name: string): number {
  const value = s.params?.[name];
  if (typeof value !== "number") throw new Error(`${s.key}: parameter ${name} is not a number`);
  return value;
}
