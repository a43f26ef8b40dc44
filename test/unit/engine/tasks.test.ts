import { describe, expect, it } from "vitest";
import { taskList } from "../../../src/engine/tasks.ts";
import { randomAnswerSet } from "../../support/random-answers.ts";
import { method, persona } from "./support.ts";

const answersOf = (prefix: string) => (persona(prefix).answerSet as { answers: Record<string, never> }).answers;
const profileIds = method.questionnaire.sections
  .filter((s) => s.kind === "profile")
  .flatMap((s) => s.questions.map((q) => q.id));
const status = (list: ReturnType<typeof taskList>, id: string) => list.tasks.find((t) => t.sectionId === id)?.status;

describe("the task list", () => {
  it("always lists every section, in questionnaire order", () => {
    const ids = method.questionnaire.sections.map((s) => s.id);
    expect(taskList(method, {}).tasks.map((t) => t.sectionId)).toEqual(ids);
    expect(taskList(method, answersOf("7-")).tasks.map((t) => t.sectionId)).toEqual(ids);
  });

  it("control sections cannot start until every profile section is completed or skipped", () => {
    const fresh = taskList(method, {});
    expect(fresh.profileDone).toBe(false);
    for (const task of fresh.tasks) {
      expect(task.status).toBe(task.kind === "profile" ? "not_started" : "cannot_start");
    }
    const profileSections = method.questionnaire.sections.filter((s) => s.kind === "profile").map((s) => s.id);
    const skippedAll = taskList(method, {}, profileSections);
    expect(skippedAll.profileDone).toBe(true);
    expect(skippedAll.tasks.filter((t) => t.kind === "profile").every((t) => t.status === "skipped")).toBe(true);
    expect(skippedAll.tasks.some((t) => t.kind === "controls" && t.status === "not_started")).toBe(true);
  });

  it("once the profile is answered, no section's question count changes while the controls are answered", () => {
    for (let seed = 0; seed < 60; seed++) {
      const all = randomAnswerSet(method, seed).answers;
      const profile = Object.fromEntries(Object.entries(all).filter(([id]) => profileIds.includes(id)));
      const before = taskList(method, profile);
      expect(before.profileDone).toBe(true);
      const after = taskList(method, all);
      expect(after.tasks.map((t) => t.questions)).toEqual(before.tasks.map((t) => t.questions));
      for (const task of before.tasks) expect(task.questions.min).toBe(task.questions.max);
      expect(after.tasks.every((t) => t.status === "completed" || t.status === "not_needed")).toBe(true);
      expect(after.done).toBe(method.questionnaire.sections.length);
    }
  });

  it("a section that does not apply to the profile is shown as not needed", () => {
    const list = taskList(method, answersOf("1-"));
    // The SaaS start-up has no AI roles: the AI management section is not needed.
    expect(status(list, "ai_management")).toBe("not_needed");
    expect(status(list, "governance_risk")).toBe("completed");
  });

  it("a section with answers still to give is in progress; an unanswered follow-up widens the range, never the minimum", () => {
    const list = taskList(method, { industry: "saas", headcount: 20 });
    const organisation = list.tasks.find((t) => t.sectionId === "organisation");
    expect(organisation?.status).toBe("in_progress");
    expect(organisation?.answered).toBe(2);
    // `sites_same_processes` is asked only from two locations: not decided until `sites` is answered.
    expect(organisation?.questions.max).toBe((organisation?.questions.min ?? 0) + 1);
    const oneSite = taskList(method, { industry: "saas", headcount: 20, sites: 1 }).tasks[0];
    expect(oneSite?.questions.max).toBe(oneSite?.questions.min);
  });

  it("a skipped section keeps its answers counted and shows as skipped until it is complete", () => {
    const list = taskList(method, { industry: "saas" }, ["organisation"]);
    expect(status(list, "organisation")).toBe("skipped");
    expect(list.tasks[0]?.answered).toBe(1);
  });

  it("time per section follows the questionnaire's seconds per answer, rounded up to whole minutes", () => {
    const timing = method.questionnaire.timing;
    if (!timing) throw new Error("questionnaire.yaml#timing");
    for (const task of taskList(method, answersOf("6-")).tasks) {
      if (task.status === "not_needed") {
        expect(task.minutes.min).toBe(0);
        continue;
      }
      const seconds = task.kind === "profile" ? timing.profileSeconds : timing.controlSeconds;
      expect(task.minutes.min).toBe(Math.max(1, Math.ceil((task.questions.min * seconds) / 60)));
    }
  });
});
