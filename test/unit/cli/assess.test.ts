import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { dated } from "../../support/dated.ts";
import { method, persona } from "../engine/support.ts";

function assess(...args: string[]) {
  const result = spawnSync(process.execPath, ["src/cli/assess.ts", ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fixture = "test/fixtures/personas/2-svf-payment-processor.json";

// Each test spawns the CLI as a process; on a loaded machine that takes seconds, so allow more than the default 5 s.
describe("assess CLI", { timeout: 30_000 }, () => {
  it("prints the same assessment as the engine for an answers file", () => {
    const run = assess(fixture, "--format", "json");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    const parsed = parseAnswerSet(method, persona("2-").answerSet);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(printed.assessment).toEqual(JSON.parse(JSON.stringify(evaluate(method, dated(parsed.value)))));
  });

  it("--start moves the timeline and is recorded in the answers", () => {
    const run = JSON.parse(assess(fixture, "--start", "2028-03-01").stdout);
    expect(run.answerSet.startDate).toBe("2028-03-01");
    expect(run.assessment.timeline.startDate).toBe("2028-03-01");
  });

  it("writes a readable report in Traditional Chinese", () => {
    const run = assess(fixture, "--format", "md", "--lang", "zh-hk");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("差距報告");
    expect(run.stdout).toContain("第二類報告");
  });

  it("--explain prints each figure's drivers with the answers and table rows used", () => {
    const run = assess("test/fixtures/personas/5-mid-size-ai-user-provider.json", "--explain");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("iso42001.days.initial");
    expect(run.stdout).toMatch(/source: estimation\.yaml#iso42001\.headcountTable\[max=\d+\]/);
    expect(run.stdout).toMatch(/answers: ai_headcount, ai_roles/);
  });

  it("an invalid answers file gets a list of what is wrong and a non-zero exit", () => {
    const dir = mkdtempSync(join(tmpdir(), "assess-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, answers: { headcount: -3, industry: "moon", nope: true } }));
    const run = assess(bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("3 problem(s)");
    expect(run.stderr).toMatch(/headcount: .*out of range/);
    expect(run.stderr).toMatch(/industry: .*"moon" is not an allowed answer/);
    expect(run.stderr).toMatch(/There is no question "nope"/);
    const garbage = join(dir, "garbage.json");
    writeFileSync(garbage, "{ not json");
    expect(assess(garbage).code).toBe(1);
    expect(assess(fixture, "--lang", "fr").code).toBe(2);
  });

  it("--template lists every question id with its allowed values, and parses as a valid (blank) answers file", () => {
    const run = assess("--template");
    expect(run.code).toBe(0);
    for (const id of method.questionsById.keys()) expect(run.stdout).toContain(`  ${id}:`);
    expect(run.stdout).toContain("one of: saas (Software as a service (SaaS))");
    const parsed = parseAnswerSet(method, parse(run.stdout));
    expect(parsed.ok).toBe(true);
  });
});
