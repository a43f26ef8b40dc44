/**
 * Vitest global setup of the mutation-testing config (vitest.mutation.config.ts): validates the method's data files
 * once, in Vitest's own process, and hands the validated documents to the test files, which index them with
 * `indexMethod` as the browser does with the data validated at build time. So no engine code runs while a test file
 * is loaded: StrykerJS can tell which tests run each rule and runs only those for each mutant. `loadMethod` itself is
 * tested by method.test.ts, which calls it inside its tests.
 */
import type { TestProject } from "vitest/node";
import { readMethod } from "../../src/node/method-files.ts";

export default function setup(project: TestProject): void {
  const { questionnaire, estimation, frameworks, regulators, messages, changelog } = readMethod();
  project.provide("methodData", { questionnaire, estimation, frameworks, regulators, messages, changelog });
}
