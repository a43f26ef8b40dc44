import { describe, expect, it } from "vitest";
import {
  estimationSchema,
  messagesSchema,
  questionSchema,
  regulatorsSchema,
  settingsSchema,
  textSchema,
} from "../../../src/engine/schema.ts";
import { method } from "./support.ts";

const text = { en: "Text", "zh-hk": "文字" };
const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

/** A control question as written in questionnaire.yaml, without the optional keys. */
const control = {
  id: "acc_example",
  type: "maturity",
  text,
  help: text,
  evidence: text,
  gap: text,
  domain: "access",
  refs: { tsc: ["CC6.1"], iso: [], hk: [] },
  weight: 2,
};

describe("texts", () => {
  it("a text needs both languages, and a blank one counts as missing", () => {
    expect(ok(textSchema, text)).toBe(true);
    expect(ok(textSchema, { en: "Text" })).toBe(false);
    expect(ok(textSchema, { en: "   ", "zh-hk": "文字" })).toBe(false);
    expect(ok(textSchema, { en: "Text", "zh-hk": " \n " })).toBe(false);
  });

  it("surrounding spaces are trimmed", () => {
    expect(textSchema.parse({ en: "  Text ", "zh-hk": " 文字 " })).toEqual(text);
  });
});

describe("ids", () => {
  it("question ids are lower_snake_case from start to end, and the problem says so", () => {
    for (const id of ["Acc_example", "acc-example", "1acc", "acc example"]) {
      const result = questionSchema.safeParse({ ...control, id });
      expect(result.success, id).toBe(false);
      expect(result.error?.issues[0]?.message, id).toBe("ids are lower_snake_case");
    }
    expect(ok(questionSchema, { ...control, id: "acc_example_2" })).toBe(true);
  });

  it("option ids are lower_snake_case and may start with a digit", () => {
    const single = { id: "pick", type: "single", text, help: text };
    const options = (id: string) => ({
      ...single,
      options: [
        { id, label: text },
        { id: "other", label: text },
      ],
    });
    expect(ok(questionSchema, options("3to6"))).toBe(true);
    for (const id of ["Six", "six-months", "_six"]) {
      const result = questionSchema.safeParse(options(id));
      expect(result.success, id).toBe(false);
      expect(result.error?.issues[0]?.message, id).toBe("option ids are lower_snake_case");
    }
  });

  it("regulatory ids are lower-case words joined by hyphens", () => {
    const expectation = structuredClone(method.regulators.expectations[0]);
    const regulators = (id: string) => ({
      regulators: method.regulators.regulators,
      expectations: [{ ...expectation, id }],
    });
    expect(ok(regulatorsSchema, regulators("hkma-tm-g-2"))).toBe(true);
    for (const id of ["HKMA-tm", "hkma-tm!", "-hkma"]) expect(ok(regulatorsSchema, regulators(id)), id).toBe(false);
  });

  it("a regulatory date is a year, a month or a day, with nothing around it", () => {
    const expectation = structuredClone(method.regulators.expectations[0]);
    const regulators = (date: string) => ({
      regulators: method.regulators.regulators,
      expectations: [{ ...expectation, date }],
    });
    for (const date of ["2024", "2024-11", "2024-11-12"])
      expect(ok(regulatorsSchema, regulators(date)), date).toBe(true);
    for (const date of ["12 Nov 2024", "x2024", "2024-11-12x", "2024-1"]) {
      expect(ok(regulatorsSchema, regulators(date)), date).toBe(false);
    }
  });

  it("message keys are lower-case dotted words", () => {
    expect(ok(messagesSchema, { "band.audit_ready": text })).toBe(true);
    for (const key of ["Band.audit_ready", "band audit", "band.x!"])
      expect(ok(messagesSchema, { [key]: text }), key).toBe(false);
  });
});

describe("control questions", () => {
  it("references default to none, blocker to no and not-applicable to not allowed", () => {
    const parsed = questionSchema.parse({ ...control, refs: {} });
    expect(parsed).toMatchObject({ refs: { tsc: [], iso: [], hk: [] }, blocker: false, allowNa: false });
  });
});

describe("estimation numbers", () => {
  const estimation = () => structuredClone(method.estimation);

  it("the method version is year.month.number, with nothing around it", () => {
    for (const version of ["2026.12.1", "2026.1.10"]) {
      expect(ok(estimationSchema, { ...estimation(), methodVersion: version }), version).toBe(true);
    }
    for (const version of ["v2026.12.1", "2026.12.1-beta", "2026.123.1", "26.12.1"]) {
      expect(ok(estimationSchema, { ...estimation(), methodVersion: version }), version).toBe(false);
    }
  });

  it("level points lie from 0 to 1, both included", () => {
    for (const [level, points] of [
      ["none", 0.1],
      ["evidenced", 0.9],
      ["unknown", 0.2],
      ["informal", 0],
      ["documented", 1],
    ] as const) {
      const e = estimation();
      e.scoring.levelPoints[level] = points;
      expect(ok(estimationSchema, e), `${level} ${points}`).toBe(true);
    }
    for (const points of [-0.1, 1.1]) {
      const e = estimation();
      e.scoring.levelPoints.none = points;
      expect(ok(estimationSchema, e), String(points)).toBe(false);
    }
  });

  it("a maturity multiplier is at least 1 and readiness months at least 0, with no upper limit", () => {
    const e = estimation();
    e.soc2.days.maturityMultiplier.audit_ready = 1.05;
    e.timeline.readinessMonths.audit_ready = 0.5;
    expect(ok(estimationSchema, e)).toBe(true);
    const low = estimation();
    low.soc2.days.maturityMultiplier.audit_ready = 0.9;
    expect(ok(estimationSchema, low)).toBe(false);
    const negative = estimation();
    negative.timeline.readinessMonths.audit_ready = -1;
    expect(ok(estimationSchema, negative)).toBe(false);
  });
});

describe("firm settings", () => {
  it("no setting at all is valid", () => {
    expect(ok(settingsSchema, {})).toBe(true);
  });

  it("the firm's minimum observation period is 1 to 12 whole months", () => {
    for (const months of [1, 3, 12])
      expect(ok(settingsSchema, { minObservationMonths: months }), String(months)).toBe(true);
    for (const months of [0, 13, 2.5])
      expect(ok(settingsSchema, { minObservationMonths: months }), String(months)).toBe(false);
  });

  it("day rates need a three-letter currency and two positive rates for each framework", () => {
    const rates = { currency: "HKD", soc2: [12000, 16000], iso42001: [10000, 14000] };
    expect(ok(settingsSchema, { dayRates: rates })).toBe(true);
    expect(ok(settingsSchema, { dayRates: { ...rates, currency: "HK" } })).toBe(false);
    expect(ok(settingsSchema, { dayRates: { ...rates, soc2: [12000] } })).toBe(false);
    expect(ok(settingsSchema, { dayRates: { ...rates, iso42001: [0, 14000] } })).toBe(false);
    expect(ok(settingsSchema, { dayRates: { ...rates, extra: 1 } })).toBe(false);
  });

  it("a proposal's scope names Trust Services categories and a period of 1 to 24 whole months", () => {
    const categories = ["security", "availability", "confidentiality", "processing_integrity", "privacy"];
    expect(ok(settingsSchema, { scope: { categories, observationMonths: 24 } })).toBe(true);
    expect(ok(settingsSchema, { scope: { observationMonths: 1 } })).toBe(true);
    for (const category of categories)
      expect(ok(settingsSchema, { scope: { categories: [category] } }), category).toBe(true);
    expect(ok(settingsSchema, { scope: { categories: ["integrity"] } })).toBe(false);
    for (const months of [0, 25]) expect(ok(settingsSchema, { scope: { observationMonths: months } })).toBe(false);
    expect(ok(settingsSchema, { scope: { extra: true } })).toBe(false);
  });

  it("an unknown setting is refused", () => {
    expect(ok(settingsSchema, { discount: 10 })).toBe(false);
    expect(ok(settingsSchema, { lookBackPeriod: "yes" })).toBe(false);
    expect(ok(settingsSchema, { lookBackPeriod: true })).toBe(true);
  });
});
