import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import { roundTo } from "../../../src/engine/iso.ts";
import type { BandId, TscCategoryId } from "../../../src/engine/schema.ts";
import { estimateSoc2Days, type Soc2DaysInput } from "../../../src/engine/soc2-days.ts";
import { keys, method, param, step } from "./support.ts";

const model = method.estimation.soc2.days;
const type1: Soc2DaysInput = { type: "type1", observationMonths: 0, categories: ["security"], band: "audit_ready" };
const type2: Soc2DaysInput = { ...type1, type: "type2", observationMonths: 6 };

const run = (answers: Answers, input: Partial<Soc2DaysInput> = {}) =>
  estimateSoc2Days(method, answers, { ...type1, ...input });
/** The unrounded days (the figure before rounding, from the trace). */
const raw = (answers: Answers, input: Partial<Soc2DaysInput> = {}) =>
  param(step(run(answers, input).trace, "trace.soc2days.rounded"), "raw");
/** The scope line of one driver. */
const line = (answers: Answers, key: string, input: Partial<Soc2DaysInput> = {}) =>
  param(step(run(answers, input).trace, key), "days");

describe("SOC 2 audit days", () => {
  it("a small Security-only examination is the base days of its report type", () => {
    const smallest = model.headcount[0]?.days ?? 0;
    const oneSystem = model.systems[0]?.days ?? 0;
    expect(smallest + oneSystem).toBe(0);
    expect(run({}).days).toBe(roundTo(model.base.type1 * model.maturityMultiplier.audit_ready, model.rounding));
    expect(step(run({}).trace, "trace.soc2days.base")).toEqual({
      key: "trace.soc2days.base",
      params: { type: { key: "type.type1" }, days: model.base.type1 },
      source: "estimation.yaml#soc2.days.base.type1",
    });
  });

  it("a Type II adds days for each month observed; a Type I has no observation period", () => {
    const six = run({}, type2);
    expect(raw({}, type2)).toBe(model.base.type2 + 6 * model.observationDaysPerMonth);
    expect(step(six.trace, "trace.soc2days.observation")).toEqual({
      key: "trace.soc2days.observation",
      params: { months: 6, perMonth: model.observationDaysPerMonth, days: 6 * model.observationDaysPerMonth },
      source: "estimation.yaml#soc2.days.observationDaysPerMonth",
    });
    expect(raw({}, { ...type2, observationMonths: 12 }) - raw({}, type2)).toBe(6 * model.observationDaysPerMonth);
    const typeOne = run({}, { observationMonths: 12 });
    expect(typeOne.observationMonths).toBe(0);
    expect(keys(typeOne.trace)).not.toContain("trace.soc2days.observation");
    expect(raw({}, { observationMonths: 12 })).toBe(model.base.type1);
    expect(six).toMatchObject({ type: "type2", observationMonths: 6 });
  });

  it("Security is in the base; each optional category adds its own days", () => {
    expect(keys(run({}).trace)).not.toContain("trace.soc2days.category");
    for (const category of ["availability", "confidentiality", "processing_integrity", "privacy"] as const) {
      const result = run({}, { categories: ["security", category] });
      expect(step(result.trace, "trace.soc2days.category")).toEqual({
        key: "trace.soc2days.category",
        params: { category: { tsc: category }, days: model.categoryDays[category] },
        source: `estimation.yaml#soc2.days.categoryDays.${category}`,
      });
      expect(raw({}, { categories: ["security", category] })).toBe(model.base.type1 + model.categoryDays[category]);
    }
    const all: TscCategoryId[] = ["security", "availability", "confidentiality", "processing_integrity", "privacy"];
    const added = all.slice(1).reduce((sum, c) => sum + model.categoryDays[c as "privacy"], 0);
    expect(raw({}, { categories: all })).toBe(model.base.type1 + added);
  });

  it("headcount adds the days of its row: a row's maximum stays in the row, one more person moves to the next", () => {
    model.headcount.forEach((row, i) => {
      if (row.max === null) return;
      expect(line({ headcount: row.max }, "trace.soc2days.headcount"), `at ${row.max}`).toBe(row.days);
      const next = model.headcount[i + 1];
      expect(line({ headcount: row.max + 1 }, "trace.soc2days.headcount"), `at ${row.max + 1}`).toBe(next?.days);
    });
    const top = model.headcount[model.headcount.length - 1];
    const previous = model.headcount[model.headcount.length - 2];
    expect(step(run({ headcount: 200000 }).trace, "trace.soc2days.headcount")).toMatchObject({
      params: { headcount: 200000, range: { range: [(previous?.max ?? 0) + 1, null] }, days: top?.days },
      answers: ["headcount"],
      source: "estimation.yaml#soc2.days.headcount[max=null]",
    });
  });

  it("systems add the days of their row, on both sides of each row's maximum", () => {
    model.systems.forEach((row, i) => {
      if (row.max === null) return;
      expect(line({ systems_count: row.max }, "trace.soc2days.systems")).toBe(row.days);
      expect(line({ systems_count: row.max + 1 }, "trace.soc2days.systems")).toBe(model.systems[i + 1]?.days);
    });
    expect(step(run({ systems_count: 2 }).trace, "trace.soc2days.systems")).toEqual({
      key: "trace.soc2days.systems",
      params: { systems: 2, range: { range: [2, model.systems[1]?.max] }, days: model.systems[1]?.days },
      answers: ["systems_count"],
      source: `estimation.yaml#soc2.days.systems[max=${model.systems[1]?.max}]`,
    });
  });

  it("the first site adds nothing; each site beyond it adds the extra-site days", () => {
    expect(line({ sites: 1 }, "trace.soc2days.sites")).toBe(0);
    expect(line({ sites: 2 }, "trace.soc2days.sites")).toBe(model.extraSiteDays);
    expect(step(run({ sites: 5 }).trace, "trace.soc2days.sites")).toEqual({
      key: "trace.soc2days.sites",
      params: { sites: 5, extra: 4, perSite: model.extraSiteDays, days: 4 * model.extraSiteDays },
      answers: ["sites"],
      source: "estimation.yaml#soc2.days.extraSiteDays",
    });
  });

  it("hosting adds the days of the chosen hosting, and an unanswered hosting adds no line", () => {
    for (const [option, days] of Object.entries(model.hosting)) {
      expect(step(run({ hosting: option }).trace, "trace.soc2days.hosting")).toMatchObject({
        params: { hosting: { option: { q: "hosting", id: option } }, days },
        answers: ["hosting"],
        source: `estimation.yaml#soc2.days.hosting.${option}`,
      });
    }
    expect(keys(run({}).trace)).not.toContain("trace.soc2days.hosting");
  });

  it("each subservice organisation adds the days of the method chosen for it; not sure counts as its own method", () => {
    for (const method_ of ["carve_out", "inclusive"] as const) {
      const per = model.subserviceDaysPerOrganisation[method_];
      expect(step(run({ subservice_count: 3, subservice_method: method_ }).trace, "trace.soc2days.subservice")).toEqual(
        {
          key: "trace.soc2days.subservice",
          params: {
            count: 3,
            method: { option: { q: "subservice_method", id: method_ } },
            perOrganisation: per,
            days: 3 * per,
          },
          answers: ["subservice_count", "subservice_method"],
          source: `estimation.yaml#soc2.days.subserviceDaysPerOrganisation.${method_}`,
        },
      );
    }
    expect(line({ subservice_count: 2 }, "trace.soc2days.subservice")).toBe(
      2 * model.subserviceDaysPerOrganisation.unsure,
    );
    expect(keys(run({ subservice_count: 0 }).trace)).not.toContain("trace.soc2days.subservice");
  });

  it("in a Type II the scope drivers, but not the base or the observation, cost the Type II multiplier more", () => {
    const answers = { headcount: 300, systems_count: 4, sites: 3, hosting: "hybrid", subservice_count: 2 };
    const scope =
      line(answers, "trace.soc2days.headcount") +
      line(answers, "trace.soc2days.systems") +
      line(answers, "trace.soc2days.sites") +
      line(answers, "trace.soc2days.hosting") +
      line(answers, "trace.soc2days.subservice");
    const result = run(answers, type2);
    expect(step(result.trace, "trace.soc2days.type2_multiplier")).toEqual({
      key: "trace.soc2days.type2_multiplier",
      params: { scope, factor: model.type2ScopeMultiplier, days: scope * model.type2ScopeMultiplier },
      source: "estimation.yaml#soc2.days.type2ScopeMultiplier",
    });
    expect(param(step(result.trace, "trace.soc2days.subtotal"), "days")).toBe(
      model.base.type2 + 6 * model.observationDaysPerMonth + scope * model.type2ScopeMultiplier,
    );
    expect(keys(run(answers).trace)).not.toContain("trace.soc2days.type2_multiplier");
    expect(raw(answers)).toBe(model.base.type1 + scope);
  });

  it("less mature controls multiply the days by their band's factor, then the result is rounded to half-days", () => {
    const answers = { headcount: 60, systems_count: 2 };
    const subtotal = param(step(run(answers).trace, "trace.soc2days.subtotal"), "days");
    for (const band of ["audit_ready", "minor_gaps", "material_gaps", "not_ready"] as BandId[]) {
      const result = run(answers, { band });
      const factor = model.maturityMultiplier[band];
      expect(step(result.trace, "trace.soc2days.maturity")).toEqual({
        key: "trace.soc2days.maturity",
        params: { band: { key: `band.${band}` }, factor, days: Math.round(subtotal * factor * 100) / 100 },
        source: `estimation.yaml#soc2.days.maturityMultiplier.${band}`,
      });
      expect(result.days, band).toBe(roundTo(subtotal * factor, model.rounding));
      expect(step(result.trace, "trace.soc2days.rounded").params).toEqual({
        raw: Math.round(subtotal * factor * 100) / 100,
        days: result.days,
        step: model.rounding,
      });
    }
  });

  it("the trace lines add up to the figure: base, observation and scope make the subtotal", () => {
    const answers = { headcount: 120, systems_count: 8, sites: 2, hosting: "multi_cloud", subservice_count: 5 };
    const result = run(answers, { ...type2, categories: ["security", "availability", "privacy"], band: "minor_gaps" });
    const lines = result.trace;
    const fixed =
      param(step(lines, "trace.soc2days.base"), "days") + param(step(lines, "trace.soc2days.observation"), "days");
    const scopeKeys = [
      "trace.soc2days.category",
      "trace.soc2days.headcount",
      "trace.soc2days.systems",
      "trace.soc2days.sites",
      "trace.soc2days.hosting",
      "trace.soc2days.subservice",
    ];
    const scope = lines.filter((s) => scopeKeys.includes(s.key)).reduce((sum, s) => sum + param(s, "days"), 0);
    const multiplier = step(lines, "trace.soc2days.type2_multiplier");
    expect(param(multiplier, "scope")).toBeCloseTo(scope, 2);
    const subtotal = param(step(lines, "trace.soc2days.subtotal"), "days");
    expect(subtotal).toBeCloseTo(fixed + param(multiplier, "days"), 2);
    const maturity = step(lines, "trace.soc2days.maturity");
    expect(param(maturity, "days")).toBeCloseTo(subtotal * param(maturity, "factor"), 2);
    expect(param(step(lines, "trace.soc2days.rounded"), "days")).toBe(result.days);
  });
});
