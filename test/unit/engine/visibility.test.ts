import { describe, expect, it } from "vitest";
import { resolveVisibility } from "../../../src/engine/visibility.ts";
import { method } from "./support.ts";

const controlSection = (id: string) => method.questionnaire.sections.find((s) => s.id === id);

describe("which questions are asked", () => {
  it("a question is asked when its condition holds for the answers before it", () => {
    expect(resolveVisibility(method, { sites: 2 }).visibleIds.has("sites_same_processes")).toBe(true);
    expect(resolveVisibility(method, { sites: 1 }).visibleIds.has("sites_same_processes")).toBe(false);
  });

  it("answers to hidden questions never reach the results", () => {
    const { effective, visibleIds } = resolveVisibility(method, { sites: 1, sites_same_processes: "different" });
    expect(visibleIds.has("sites_same_processes")).toBe(false);
    expect(effective).toEqual({ sites: 1 });
  });

  it("answers to visible questions are kept as given, and unanswered ones stay absent", () => {
    const { effective } = resolveVisibility(method, { sites: 3, sites_same_processes: "same", hosting: "hybrid" });
    expect(effective).toEqual({ sites: 3, sites_same_processes: "same", hosting: "hybrid" });
    expect("headcount" in effective).toBe(false);
  });

  it("a section whose condition fails is skipped whole, with its questions' answers", () => {
    const section = controlSection("data_commitments");
    expect(section?.showIf).toBeDefined();
    const hidden = resolveVisibility(method, {
      commitments: ["none"],
      personal_data_scope: "none",
      priv_notice: "none",
    });
    expect(hidden.sections.map((s) => s.section.id)).not.toContain("data_commitments");
    expect(hidden.visibleIds.has("priv_notice")).toBe(false);
    expect(hidden.effective.priv_notice).toBeUndefined();
    const shown = resolveVisibility(method, { personal_data_scope: "core", priv_notice: "none" });
    expect(shown.sections.map((s) => s.section.id)).toContain("data_commitments");
    expect(shown.effective.priv_notice).toBe("none");
  });

  it("a section whose questions are all hidden is not listed, even when the section itself is shown", () => {
    // A copy of the questionnaire in which the data-commitments section has no condition of its own.
    const questionnaire = structuredClone(method.questionnaire);
    const section = questionnaire.sections.find((s) => s.id === "data_commitments");
    if (!section) throw new Error("data_commitments missing");
    delete section.showIf;
    const variant = { ...method, questionnaire };
    const listed = resolveVisibility(variant, { commitments: ["none"], personal_data_scope: "none" }).sections;
    expect(listed.map((s) => s.section.id)).not.toContain("data_commitments");
    expect(listed.every((s) => s.questions.length > 0)).toBe(true);
  });

  it("a section is listed only with the questions asked in it, in questionnaire order", () => {
    const { sections } = resolveVisibility(method, { personal_data_scope: "core", commitments: ["none"] });
    const data = sections.find((s) => s.section.id === "data_commitments");
    const all = controlSection("data_commitments")?.questions ?? [];
    const asked = all.filter((q) => q.id.startsWith("priv_")).map((q) => q.id);
    expect(data?.questions.map((q) => q.id)).toEqual(asked);
    const order = method.questionnaire.sections.map((s) => s.id);
    const listed = sections.map((s) => s.section.id);
    expect(listed).toEqual(order.filter((id) => listed.includes(id)));
  });

  it("a condition on a hidden question reads it as unanswered, even when an answer was given", () => {
    // A copy of the questionnaire in which `hosting` is asked only when the sites run different processes.
    const questionnaire = structuredClone(method.questionnaire);
    const hosting = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === "hosting");
    if (!hosting) throw new Error("hosting question missing");
    hosting.showIf = { q: "sites_same_processes", is: "different" };
    const variant = { ...method, questionnaire };
    const answers = { sites_same_processes: "different", hosting: "hybrid" };
    expect(resolveVisibility(variant, { ...answers, sites: 2 }).visibleIds.has("hosting")).toBe(true);
    const oneSite = resolveVisibility(variant, { ...answers, sites: 1 });
    expect(oneSite.visibleIds.has("hosting")).toBe(false);
    expect(oneSite.effective).toEqual({ sites: 1 });
  });

  it("ISO/IEC 42001 integration is asked only with an AI role and an ISO management system certificate", () => {
    expect(resolveVisibility(method, { ai_roles: ["user"], prior_certifications: ["iso27001"] }).visibleIds).toContain(
      "iso_integration",
    );
    expect(
      resolveVisibility(method, { ai_roles: ["none"], prior_certifications: ["iso27001"] }).visibleIds,
    ).not.toContain("iso_integration");
    expect(resolveVisibility(method, { ai_roles: ["user"], prior_certifications: ["none"] }).visibleIds).not.toContain(
      "iso_integration",
    );
  });
});
