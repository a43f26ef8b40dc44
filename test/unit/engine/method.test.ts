import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadMethod, MethodError, type MethodSources } from "../../../src/engine/method.ts";
import { method } from "./support.ts";

// Tests edit parsed YAML freely; the loader is what checks its shape.
// biome-ignore lint/suspicious/noExplicitAny: mutable view of parsed YAML documents
type Loose = any;

const read = (name: string): unknown => parse(readFileSync(`content/assessment/${name}.yaml`, "utf8"));
const sources = (): MethodSources => ({
  questionnaire: read("questionnaire"),
  estimation: read("estimation"),
  frameworks: read("frameworks"),
  regulators: read("regulators"),
  messages: read("messages"),
  changelog: read("changelog"),
});

function problemsOf(edit: (s: Loose) => void): string[] {
  const s = sources() as Loose;
  edit(s);
  try {
    loadMethod(s);
    return [];
  } catch (error) {
    if (error instanceof MethodError) return [...error.problems];
    throw error;
  }
}

describe("the method's data files", () => {
  it("are valid and consistent with each other", () => {
    expect(method.controlQuestions.length).toBeGreaterThan(50);
    expect(method.frameworks.tsc.map((c) => c.criteria.length)).toEqual([33, 3, 2, 5, 18]);
    expect(method.frameworks.iso42001.annexA.flatMap((d) => d.controls)).toHaveLength(38);
    expect(method.frameworks.iso42001.annexA).toHaveLength(9);
  });

  it("ids are stable, lower_snake_case and unique", () => {
    const ids = [...method.questionsById.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("reject a reference to a criterion, clause or regulatory id that does not exist", () => {
    const problems = problemsOf((s) => {
      const question = s.questionnaire.sections.find((x: Loose) => x.kind === "controls").questions[0];
      question.refs.tsc.push("CC99.9");
      question.refs.iso.push("A.99");
      question.refs.hk.push("nowhere");
    });
    expect(problems.join("\n")).toMatch(
      /unknown criterion CC99\.9[\s\S]*unknown ISO\/IEC 42001 id A\.99[\s\S]*unknown regulatory id nowhere/,
    );
  });

  it("reject a condition on a question asked later or with an option that does not exist", () => {
    const problems = problemsOf((s) => {
      s.questionnaire.sections[0].questions[0].showIf = { q: "ai_roles", has: "producer" };
      s.regulators.expectations[0].appliesWhen = { q: "regulated_status", has: "martian_bank" };
    });
    expect(problems.some((p) => p.includes('"ai_roles", which is not asked earlier'))).toBe(true);
    expect(problems.some((p) => p.includes("has: martian_bank"))).toBe(true);
  });

  it("reject a missing Traditional Chinese text", () => {
    const problems = problemsOf((s) => {
      s.questionnaire.sections[0].questions[0].text["zh-hk"] = "";
    });
    expect(problems.some((p) => p.includes("questionnaire.yaml") && p.includes("zh-hk"))).toBe(true);
  });

  it("reject a question the engine relies on being renamed", () => {
    const problems = problemsOf((s) => {
      const q = s.questionnaire.sections
        .flatMap((x: Loose) => x.questions)
        .find((x: Loose) => x.id === "evidence_months");
      q.id = "evidence_period";
    });
    expect(problems.some((p) => p.includes('the engine needs question "evidence_months"'))).toBe(true);
  });

  it("reject an estimation table that is out of order", () => {
    const problems = problemsOf((s) => {
      s.estimation.soc2.days.headcount[1].max = 10;
    });
    expect(problems.some((p) => p.includes("soc2.days.headcount"))).toBe(true);
  });
});
