import { describe, expect, it } from "vitest";
import { evidenceRequests } from "../../../src/engine/evidence.ts";
import { buildRoadmap } from "../../../src/engine/roadmap.ts";
import { resolveVisibility } from "../../../src/engine/visibility.ts";
import { assess, method, persona } from "./support.ts";

const setOf = (prefix: string) => persona(prefix).answerSet as { answers: Record<string, string> };

function requests(prefix: string) {
  const assessment = assess(persona(prefix));
  const answers = resolveVisibility(method, setOf(prefix).answers).effective;
  const roadmap = buildRoadmap(method, assessment);
  return { assessment, roadmap, list: evidenceRequests(method, assessment, answers, roadmap) };
}

describe("the evidence request list", () => {
  it("has one request per control in scope, except those answered not applicable", () => {
    for (const prefix of ["1-", "5-", "7-"]) {
      const { assessment, list } = requests(prefix);
      const answers = setOf(prefix).answers;
      const expected = assessment.controls.filter((c) => answers[c.questionId] !== "na").map((c) => c.questionId);
      expect(
        list.map((r) => r.questionId),
        prefix,
      ).toEqual(expected);
    }
  });

  it("SOC 2 references only criteria of the categories in scope; ISO/IEC 42001 requests carry clause references", () => {
    const { assessment, list } = requests("5-");
    const inScope = new Set(assessment.soc2.criteria.included);
    for (const request of list) {
      if (request.framework === "soc2") {
        for (const id of request.refs) expect(inScope.has(method.tscCategoryOf.get(id) ?? "security")).toBe(true);
      } else {
        expect(request.refs.every((id) => method.isoIds.has(id))).toBe(true);
      }
    }
    expect(list.some((r) => r.framework === "iso42001")).toBe(true);
  });

  it("SOC 2 evidence covers the Type I 'as of' date and the observation period the timeline plans", () => {
    const { assessment, list } = requests("1-");
    const asOf = assessment.timeline.milestones.find((m) => m.id === "soc2_type1_as_of");
    const period = assessment.timeline.milestones.find((m) => m.id === "soc2_observation");
    const soc2 = list.find((r) => r.framework === "soc2");
    expect(soc2?.periods).toEqual([
      { kind: "as_of", milestone: "soc2_type1_as_of", date: asOf?.date },
      { kind: "period", milestone: "soc2_observation", from: period?.date, to: period?.endDate },
    ]);
  });

  it("a gap is due when its roadmap phase is; a control already in place is due at the first period", () => {
    const { roadmap, list } = requests("7-");
    const dueOf = new Map(roadmap.flatMap((p) => p.gaps.map((id) => [id, p.due])));
    for (const request of list) {
      const first = request.periods[0];
      const start = first?.kind === "period" ? first.from : first?.date;
      expect(request.due).toBe(dueOf.get(request.questionId) ?? start);
      if (dueOf.has(request.questionId)) expect(request.gap).toBe(true);
    }
  });
});
