import { describe, expect, it } from "vitest";
import { conditionQuestions, holds } from "../../../src/engine/conditions.ts";

describe("conditions over answers", () => {
  it("`is` holds only for that exact option of a single-choice answer", () => {
    expect(holds({ q: "hosting", is: "hybrid" }, { hosting: "hybrid" })).toBe(true);
    expect(holds({ q: "hosting", is: "hybrid" }, { hosting: "own_dc" })).toBe(false);
  });

  it("`in` holds for any listed option of a single-choice answer, never for a list", () => {
    const condition = { q: "personal_data_scope", in: ["incidental", "core"] };
    expect(holds(condition, { personal_data_scope: "core" })).toBe(true);
    expect(holds(condition, { personal_data_scope: "incidental" })).toBe(true);
    expect(holds(condition, { personal_data_scope: "none" })).toBe(false);
    expect(holds(condition, { personal_data_scope: ["core"] })).toBe(false);
  });

  it("`has` holds when a multi-choice answer includes the option, never for a single-choice answer", () => {
    expect(holds({ q: "commitments", has: "uptime_sla" }, { commitments: ["confidential_nda", "uptime_sla"] })).toBe(
      true,
    );
    expect(holds({ q: "commitments", has: "uptime_sla" }, { commitments: ["confidential_nda"] })).toBe(false);
    expect(holds({ q: "commitments", has: "uptime_sla" }, { commitments: "uptime_sla" })).toBe(false);
  });

  it("`hasAny` holds when a multi-choice answer includes at least one of the options", () => {
    const condition = { q: "ai_roles", hasAny: ["producer", "user"] };
    expect(holds(condition, { ai_roles: ["user"] })).toBe(true);
    expect(holds(condition, { ai_roles: ["developer", "producer"] })).toBe(true);
    expect(holds(condition, { ai_roles: ["none"] })).toBe(false);
    expect(holds(condition, { ai_roles: "user" })).toBe(false);
  });

  it("`gte` holds from the threshold up: at it yes, one below no, and only for numbers", () => {
    expect(holds({ q: "sites", gte: 2 }, { sites: 2 })).toBe(true);
    expect(holds({ q: "sites", gte: 2 }, { sites: 3 })).toBe(true);
    expect(holds({ q: "sites", gte: 2 }, { sites: 1 })).toBe(false);
    expect(holds({ q: "sites", gte: 2 }, { sites: "2" })).toBe(false);
  });

  it("an unanswered question fails every test, so its negation holds", () => {
    for (const condition of [
      { q: "x", is: "a" },
      { q: "x", in: ["a"] },
      { q: "x", has: "a" },
      { q: "x", hasAny: ["a"] },
      { q: "x", gte: 0 },
    ]) {
      expect(holds(condition, {})).toBe(false);
      expect(holds({ not: condition }, {})).toBe(true);
    }
  });

  it("`all` needs every part, `any` needs one part, `not` inverts", () => {
    const a = { q: "a", is: "yes" };
    const b = { q: "b", is: "yes" };
    expect(holds({ all: [a, b] }, { a: "yes", b: "yes" })).toBe(true);
    expect(holds({ all: [a, b] }, { a: "yes", b: "no" })).toBe(false);
    expect(holds({ any: [a, b] }, { a: "no", b: "yes" })).toBe(true);
    expect(holds({ any: [a, b] }, { a: "no", b: "no" })).toBe(false);
    expect(holds({ not: a }, { a: "yes" })).toBe(false);
    expect(holds({ not: a }, { a: "no" })).toBe(true);
  });

  it("lists every question a nested condition reads, in order", () => {
    expect(
      conditionQuestions({
        all: [{ q: "a", is: "x" }, { any: [{ q: "b", has: "y" }, { not: { q: "c", gte: 1 } }] }],
      }),
    ).toEqual(["a", "b", "c"]);
    expect(conditionQuestions({ q: "d", in: ["z"] })).toEqual(["d"]);
  });
});
