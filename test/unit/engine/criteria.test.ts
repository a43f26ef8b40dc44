import { describe, expect, it } from "vitest";
import { type CriteriaDecision, decideCriteria, overrideCriteria } from "../../../src/engine/criteria.ts";
import type { TscCategoryId } from "../../../src/engine/schema.ts";
import { keys, method, withData } from "./support.ts";

const count = (id: TscCategoryId) => method.frameworks.tsc.find((c) => c.id === id)?.criteria.length ?? 0;
const category = (decision: CriteriaDecision, id: TscCategoryId) => {
  const found = decision.categories.find((c) => c.category === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
};

describe("Trust Services categories in the SOC 2 scope", () => {
  it("Security is always in scope, with its criteria count from frameworks.yaml", () => {
    const decision = decideCriteria(method, {});
    expect(decision.included).toEqual(["security"]);
    expect(decision.criteriaCount).toBe(count("security"));
    expect(category(decision, "security").reasons).toEqual([
      { key: "reason.criteria.security", params: { count: count("security") }, source: "frameworks.yaml#tsc.security" },
    ]);
  });

  it("an uptime commitment brings in Availability", () => {
    const availability = category(decideCriteria(method, { commitments: ["uptime_sla"] }), "availability");
    expect(availability.included).toBe(true);
    expect(keys(availability.reasons)).toEqual(["reason.criteria.availability.sla"]);
  });

  it("a cloud-infrastructure service brings in Availability without an uptime commitment", () => {
    const decision = decideCriteria(method, { industry: "cloud_infra", commitments: ["none"] });
    const availability = category(decision, "availability");
    expect(availability.included).toBe(true);
    expect(availability.reasons[0]).toMatchObject({
      key: "reason.criteria.availability.infrastructure",
      answers: ["industry"],
      params: { count: count("availability") },
      source: "frameworks.yaml#tsc.availability.includedWhen",
    });
  });

  it("when several rules hold, the first rule in frameworks.yaml gives the reason", () => {
    const availability = category(
      decideCriteria(method, { industry: "cloud_infra", commitments: ["uptime_sla"] }),
      "availability",
    );
    expect(availability.reasons).toHaveLength(1);
    expect(availability.reasons[0]).toMatchObject({
      key: "reason.criteria.availability.sla",
      answers: ["commitments"],
    });
  });

  it("a confidentiality commitment brings in Confidentiality; transaction processing brings in Processing Integrity", () => {
    const decision = decideCriteria(method, { commitments: ["confidential_nda", "transaction_processing"] });
    expect(decision.included).toEqual(["security", "confidentiality", "processing_integrity"]);
    expect(decision.criteriaCount).toBe(count("security") + count("confidentiality") + count("processing_integrity"));
  });

  it("personal data at the core of the service brings in Privacy; incidental personal data gets a note and stays out", () => {
    expect(decideCriteria(method, { personal_data_scope: "core" }).included).toContain("privacy");
    const incidental = category(decideCriteria(method, { personal_data_scope: "incidental" }), "privacy");
    expect(incidental.included).toBe(false);
    expect(incidental.reasons).toEqual([
      { key: "reason.criteria.privacy.incidental", answers: ["personal_data_scope"] },
    ]);
    const none = category(decideCriteria(method, { personal_data_scope: "none" }), "privacy");
    expect(none.reasons).toEqual([{ key: "reason.criteria.not_included" }]);
  });

  it("a category out of scope still reports how many criteria it would add", () => {
    const privacy = category(decideCriteria(method, {}), "privacy");
    expect(privacy.included).toBe(false);
    expect(privacy.criteriaCount).toBe(count("privacy"));
  });

  it("the reason names only the answered questions of its rule", () => {
    const variant = withData(({ frameworks }) => {
      const availability = frameworks.tsc.find((c) => c.id === "availability");
      if (!availability) throw new Error("availability missing");
      availability.includedWhen = [
        {
          when: {
            any: [
              { q: "hosting", is: "own_dc" },
              { q: "commitments", has: "uptime_sla" },
            ],
          },
          reason: "reason.criteria.availability.sla",
        },
      ];
    });
    const availability = category(decideCriteria(variant, { commitments: ["uptime_sla"] }), "availability");
    expect(availability.reasons[0]?.answers).toEqual(["commitments"]);
  });
});

describe("categories chosen in a proposal", () => {
  it("adding a category includes it, keeps the recommendation as the first reason and traces the change", () => {
    const recommended = decideCriteria(method, { commitments: ["uptime_sla"] });
    const chosen = overrideCriteria(recommended, ["security", "availability", "privacy"]);
    const privacy = category(chosen, "privacy");
    expect(privacy.included).toBe(true);
    expect(privacy.reasons).toEqual([
      ...category(recommended, "privacy").reasons,
      { key: "reason.criteria.override_added", params: { count: count("privacy") } },
    ]);
    expect(chosen.included).toEqual(["security", "availability", "privacy"]);
    expect(chosen.criteriaCount).toBe(count("security") + count("availability") + count("privacy"));
  });

  it("removing a category takes it out and traces the change", () => {
    const recommended = decideCriteria(method, { commitments: ["uptime_sla"] });
    const chosen = overrideCriteria(recommended, ["security"]);
    const availability = category(chosen, "availability");
    expect(availability.included).toBe(false);
    expect(keys(availability.reasons)).toEqual([
      "reason.criteria.availability.sla",
      "reason.criteria.override_removed",
    ]);
    expect(availability.reasons[1]?.params).toEqual({ count: count("availability") });
  });

  it("Security stays in scope even when the proposal leaves it out", () => {
    const recommended = decideCriteria(method, { commitments: ["uptime_sla"] });
    const chosen = overrideCriteria(recommended, []);
    expect(chosen.included).toEqual(["security"]);
    expect(category(chosen, "security")).toBe(category(recommended, "security"));
  });

  it("a category the proposal keeps as recommended is left untouched", () => {
    const recommended = decideCriteria(method, { commitments: ["uptime_sla"] });
    const chosen = overrideCriteria(recommended, ["availability"]);
    expect(category(chosen, "availability")).toBe(category(recommended, "availability"));
    expect(category(chosen, "privacy")).toBe(category(recommended, "privacy"));
  });
});
