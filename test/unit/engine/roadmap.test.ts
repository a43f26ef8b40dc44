import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/engine/index.ts";
import { buildRoadmap } from "../../../src/engine/roadmap.ts";
import { assess, method, persona } from "./support.ts";

describe("the remediation roadmap", () => {
  it("puts every gap of a framework in play in exactly one phase, keeping the gaps' priority order", () => {
    for (const prefix of ["1-", "5-", "7-"]) {
      const assessment = assess(persona(prefix));
      const roadmap = buildRoadmap(method, assessment);
      const placed = roadmap.flatMap((p) => p.gaps);
      expect(new Set(placed).size, prefix).toBe(placed.length);
      const withFramework = assessment.gaps.filter((g) => g.frameworks.length > 0).map((g) => g.questionId);
      expect([...placed].sort(), prefix).toEqual([...withFramework].sort());
      for (const phase of roadmap) {
        const order = phase.gaps.map((id) => withFramework.indexOf(id));
        expect(order, `${prefix} ${phase.id}`).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it("a Type I path: controls not yet documented are due by the Type I 'as of' date, records from the period start", () => {
    const assessment = assess(persona("1-"));
    expect(assessment.soc2.engagement.firstReport).toBe("type1");
    const roadmap = buildRoadmap(method, assessment);
    const asOf = assessment.timeline.milestones.find((m) => m.id === "soc2_type1_as_of");
    const period = assessment.timeline.milestones.find((m) => m.id === "soc2_observation");
    const design = roadmap.find((p) => p.id === "soc2_design");
    const operating = roadmap.find((p) => p.id === "soc2_operating");
    if (design) expect(design).toMatchObject({ dueMilestone: "soc2_type1_as_of", due: asOf?.date });
    expect(operating).toMatchObject({ dueMilestone: "soc2_observation", due: period?.date });
    const answers = (persona("1-").answerSet as { answers: Record<string, string> }).answers;
    for (const id of design?.gaps ?? []) expect(["none", "informal", "unknown", undefined]).toContain(answers[id]);
    for (const id of operating?.gaps ?? []) expect(answers[id]).toBe("documented");
  });

  it("a Type II first: the design phase is due when the observation period starts", () => {
    const fixture = persona("2-").answerSet as { version: number; answers: Record<string, string>; startDate: string };
    const assessment = evaluate(method, { ...fixture, answers: { ...fixture.answers, hr_roles: "informal" } });
    expect(assessment.soc2.engagement.firstReport).toBe("type2");
    const roadmap = buildRoadmap(method, assessment);
    expect(roadmap.find((p) => p.id === "soc2_design")).toMatchObject({
      dueMilestone: "soc2_observation",
      gaps: ["hr_roles"],
    });
  });

  it("ISO/IEC 42001: documents are due by Stage 1, operating records by Stage 2; none without ISO/IEC 42001", () => {
    const assessment = assess(persona("5-"));
    const stage1 = assessment.timeline.milestones.find((m) => m.id === "iso_stage1");
    const roadmap = buildRoadmap(method, assessment);
    const iso = roadmap.filter((p) => p.framework === "iso42001");
    expect(iso.length).toBeGreaterThan(0);
    const first = iso.find((p) => p.id === "iso_stage1");
    if (first) expect(first.due).toBe(stage1?.date);
    expect(buildRoadmap(method, assess(persona("1-"))).some((p) => p.framework === "iso42001")).toBe(false);
  });

  it("every phase runs from the start date to a due date no earlier", () => {
    for (const prefix of ["2-", "7-"]) {
      const assessment = assess(persona(prefix));
      const roadmap = buildRoadmap(method, assessment);
      expect(roadmap.length).toBeGreaterThan(0);
      for (const phase of roadmap) {
        expect(phase.start).toBe(assessment.startDate);
        expect(phase.due >= phase.start).toBe(true);
      }
    }
  });
});

describe("the planning data", () => {
  it("names only milestones the timeline plans for some persona", () => {
    const ids = new Set(
      ["1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-"].flatMap((p) =>
        assess(persona(p)).timeline.milestones.map((m) => m.id),
      ),
    );
    const planning = method.estimation.planning;
    for (const phase of planning.roadmap) for (const id of phase.by) expect(ids.has(id), id).toBe(true);
    for (const rule of [...planning.evidence.soc2, ...planning.evidence.iso42001]) {
      expect(ids.has(rule.milestone), rule.milestone).toBe(true);
    }
  });
});
