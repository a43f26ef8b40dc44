import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import { buildOverlay, type OverlayItem, overlayWhy } from "../../../src/engine/overlay.ts";
import { method, withData } from "./support.ts";

const controls = method.controlQuestions;
const overlay = (answers: Answers) => buildOverlay(method, answers, controls);
const ids = (answers: Answers) => overlay(answers).map((o) => o.id);
function item(items: readonly OverlayItem[], id: string): OverlayItem {
  const found = items.find((o) => o.id === id);
  if (!found) throw new Error(`no overlay item ${id} in ${items.map((o) => o.id).join(", ")}`);
  return found;
}
const expectation = (id: string) => {
  const found = method.regulators.expectations.find((e) => e.id === id);
  if (!found) throw new Error(`no expectation ${id}`);
  return found;
};

describe("the Hong Kong regulatory overlay", () => {
  it("an organisation with no regulated status, no personal data and no AI sees no expectation", () => {
    expect(ids({ regulated_status: ["none"], personal_data_scope: "none", ai_roles: ["none"] })).toEqual([]);
  });

  it("an expectation applies when its condition holds, naming the answers that made it apply", () => {
    const found = item(overlay({ regulated_status: ["hkma_ai"] }), "hkma-tm-g-1");
    expect(found.regulator).toBe(expectation("hkma-tm-g-1").regulator);
    expect(found.becauseOf).toEqual(["regulated_status"]);
  });

  it("the reasons name only the answered questions of a condition", () => {
    const found = item(overlay({ ai_roles: ["user"], eu_exposure: "yes" }), "eu-ai-act");
    expect(found.becauseOf).toEqual(["ai_roles", "eu_exposure"]);
    const personal = item(overlay({ personal_data_scope: "core" }), "pcpd-pdpo");
    expect(personal.becauseOf).toEqual(["personal_data_scope"]);
  });

  it("an expectation that applies for either of two answers names only the one given, once", () => {
    const variant = withData(({ regulators }) => {
      const entry = regulators.expectations.find((e) => e.id === "pcicso");
      if (!entry) throw new Error("pcicso missing");
      entry.appliesWhen = {
        any: [
          { q: "hosting", is: "own_dc" },
          { q: "sfc_internet_trading", is: "yes" },
        ],
      };
      entry.notes = [
        {
          when: {
            any: [
              { q: "hosting", is: "own_dc" },
              { q: "eu_exposure", is: "yes" },
            ],
          },
          text: entry.expects,
        },
      ];
    });
    const found = item(buildOverlay(variant, { hosting: "own_dc" }, controls), "pcicso");
    expect(found.becauseOf).toEqual(["hosting"]);
    expect(found.notes).toEqual([{ index: 0, becauseOf: ["hosting"] }]);
    const both = item(overlay({ regulated_status: ["hkma_ai"], ai_roles: ["user"] }), "hkma-bdai");
    expect(both.becauseOf).toEqual(["regulated_status", "ai_roles"]);
  });

  it("why it applies distinguishes an institution from its supplier", () => {
    const institution = item(overlay({ regulated_status: ["hkma_ai"] }), "hkma-tm-g-1");
    const supplier = item(overlay({ regulated_status: ["hkma_supplier"] }), "hkma-tm-g-1");
    const why = expectation("hkma-tm-g-1").why;
    if (!Array.isArray(why)) throw new Error("hkma-tm-g-1 has texts by situation");
    expect(institution.why).toBe(why.findIndex((v) => v.when !== undefined));
    expect(supplier.why).toBe(why.findIndex((v) => v.when === undefined));
    expect(institution.why).not.toBe(supplier.why);
    expect(overlayWhy(method, institution)).toEqual(why[institution.why]?.text);
    expect(overlayWhy(method, supplier)).toEqual(why[supplier.why]?.text);
  });

  it("a stored value facility licensee gets the SVF regime, not the modules written for authorized institutions", () => {
    const found = ids({ regulated_status: ["svf"] });
    expect(found).toContain("hkma-svf");
    for (const id of ["hkma-tm-g-1", "hkma-tm-e-1", "hkma-or-1", "hkma-cfi"]) expect(found).not.toContain(id);
  });

  it("the SFC internet-trading guidelines apply to internet trading only", () => {
    expect(ids({ regulated_status: ["sfc_licensed"], sfc_internet_trading: "yes" })).toContain("sfc-17ec72");
    expect(ids({ regulated_status: ["sfc_licensed"], sfc_internet_trading: "no" })).not.toContain("sfc-17ec72");
    expect(ids({ regulated_status: ["sfc_licensed"] })).not.toContain("sfc-17ec72");
  });

  it("a licensee using AI for investment advice is told about the high-risk measures, with the answer that triggered it", () => {
    const answers = { regulated_status: ["sfc_licensed"], genai_use: "customer_facing" };
    const advice = item(overlay({ ...answers, ai_high_risk: ["investment_advice"] }), "sfc-24ec55");
    expect(advice.notes).toEqual([{ index: 0, becauseOf: ["ai_high_risk"] }]);
    expect(item(overlay({ ...answers, ai_high_risk: ["credit"] }), "sfc-24ec55").notes).toEqual([]);
  });

  it("each item lists the control questions that evidence it, in questionnaire order", () => {
    const found = item(overlay({ regulated_status: ["sfc_licensed"], sfc_internet_trading: "yes" }), "sfc-17ec72");
    expect(found.questions).toEqual(controls.filter((q) => q.refs.hk.includes("sfc-17ec72")).map((q) => q.id));
    expect(found.questions.length).toBeGreaterThan(0);
    const none = buildOverlay(method, { regulated_status: ["sfc_licensed"], sfc_internet_trading: "yes" }, []);
    expect(item(none, "sfc-17ec72").questions).toEqual([]);
  });

  it("an expectation with a single text always uses it", () => {
    const svf = item(overlay({ regulated_status: ["svf"] }), "hkma-svf");
    expect(svf.why).toBe(0);
    expect(overlayWhy(method, svf)).toEqual(expectation("hkma-svf").why);
  });

  it("without a matching text, the first one is shown", () => {
    const variant = withData(({ regulators }) => {
      const entry = regulators.expectations.find((e) => e.id === "hkma-tm-g-1");
      if (!entry || !Array.isArray(entry.why)) throw new Error("hkma-tm-g-1 has texts by situation");
      entry.why = entry.why.map((v) => ({ ...v, when: { q: "regulated_status", has: "ci_operator" } }));
    });
    const found = item(buildOverlay(variant, { regulated_status: ["hkma_supplier"] }, controls), "hkma-tm-g-1");
    expect(found.why).toBe(0);
    const stale = { ...found, why: 9 };
    const why = expectation("hkma-tm-g-1").why;
    expect(overlayWhy(method, stale)).toEqual(Array.isArray(why) ? why[0]?.text : undefined);
  });

  it("an item of an unknown expectation has no text", () => {
    expect(
      overlayWhy(method, { id: "nowhere", regulator: "hkma", becauseOf: [], why: 0, notes: [], questions: [] }),
    ).toBe(undefined);
  });
});
