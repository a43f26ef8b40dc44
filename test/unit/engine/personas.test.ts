/**
 * The eight personas of ../shared/personas reach the outcomes the firm's pages describe. Each fixture's `expect` block
 * is the single statement of what its persona must conclude; the tests below read it (there is no second copy).
 */
import { describe, expect, it } from "vitest";
import { assess, type PersonaFixture, persona, personas } from "./support.ts";

interface Expectation {
  soc2FirstReport?: string;
  soc2Path?: string;
  observationMonths?: number;
  criteria?: string[];
  criteriaIncludes?: string[];
  type1ReportMonths?: [number, number];
  reasonsInclude?: string[];
  isoApplicable?: boolean;
  isoInitialRange?: [number, number];
  isoRoleColumn?: string;
  isoTraceIncludes?: string[];
  fewerIsoDaysThan?: string;
  overlayIncludes?: string[];
}

const known = new Set([
  "soc2FirstReport",
  "soc2Path",
  "observationMonths",
  "criteria",
  "criteriaIncludes",
  "type1ReportMonths",
  "reasonsInclude",
  "isoApplicable",
  "isoInitialRange",
  "isoRoleColumn",
  "isoTraceIncludes",
  "fewerIsoDaysThan",
  "overlayIncludes",
]);

function isoInitial(fixture: PersonaFixture): number {
  const result = assess(fixture).iso42001;
  if (!result.applicable) throw new Error(`${fixture.file}: ISO/IEC 42001 should apply`);
  return result.days.initial;
}

/** Months between two YYYY-MM-DD dates, counting calendar months. */
const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

describe("personas reach the outcomes the firm's pages describe", () => {
  it("there are eight persona fixtures, each a complete, valid answer set with only known expectations", () => {
    expect(personas).toHaveLength(8);
    for (const fixture of personas) {
      expect(assess(fixture).completeness.missing, fixture.file).toEqual([]);
      expect(
        Object.keys(fixture.expect).filter((k) => !known.has(k)),
        fixture.file,
      ).toEqual([]);
      expect(Object.keys(fixture.expect).length, fixture.file).toBeGreaterThan(0);
    }
  });

  for (const fixture of personas) {
    const want = fixture.expect as Expectation;
    describe(`${fixture.file}: ${fixture.persona}`, () => {
      // Evaluated inside each test, so mutation testing links every rule to the persona tests that run it.
      const result = () => assess(fixture);
      const engagement = () => result().soc2.engagement;
      if (want.soc2FirstReport) {
        it(`the first SOC 2 report is ${want.soc2FirstReport}`, () => {
          expect(engagement().firstReport).toBe(want.soc2FirstReport);
        });
      }
      if (want.soc2Path) it(`the SOC 2 path is ${want.soc2Path}`, () => expect(engagement().path).toBe(want.soc2Path));
      if (want.observationMonths !== undefined) {
        it(`the first Type II observation period is ${want.observationMonths} months`, () => {
          expect(engagement().observationMonths).toBe(want.observationMonths);
        });
      }
      if (want.criteria) {
        it(`the Trust Services categories are exactly ${want.criteria.join(", ")}`, () => {
          expect(result().soc2.criteria.included).toEqual(want.criteria);
        });
      }
      if (want.criteriaIncludes) {
        it(`the Trust Services categories include ${want.criteriaIncludes.join(", ")}`, () => {
          for (const c of want.criteriaIncludes ?? []) expect(result().soc2.criteria.included).toContain(c);
        });
      }
      if (want.type1ReportMonths) {
        const [min, max] = want.type1ReportMonths;
        it(`the Type I report falls ${min} to ${max} months after the SOC 2 engagement starts`, () => {
          const start = result().timeline.milestones.find((m) => m.id === "soc2_engagement");
          const report = result().timeline.milestones.find((m) => m.id === "soc2_type1_report");
          if (!start || !report?.endDate) throw new Error("missing milestones");
          expect(monthsBetween(start.date, report.date)).toBe(min);
          expect(monthsBetween(start.date, report.endDate)).toBe(max);
        });
      }
      if (want.reasonsInclude) {
        it(`the SOC 2 reasons include ${want.reasonsInclude.join(", ")}`, () => {
          const keys = engagement().reasons.map((r) => r.key);
          for (const key of want.reasonsInclude ?? []) expect(keys).toContain(key);
        });
      }
      if (want.isoApplicable === false) {
        it("gets no ISO/IEC 42001 estimate, and is told why", () => {
          expect(result().iso42001.applicable).toBe(false);
          expect(result().iso42001.reasons.map((r) => r.key)).toEqual(["reason.iso.not_applicable"]);
        });
      }
      if (want.isoInitialRange) {
        const [min, max] = want.isoInitialRange;
        it(`the initial ISO/IEC 42001 audit is ${min} to ${max} days`, () => {
          const days = isoInitial(fixture);
          expect(days).toBeGreaterThanOrEqual(min);
          expect(days).toBeLessThanOrEqual(max);
        });
      }
      if (want.isoRoleColumn) {
        it(`the AI roles use the ${want.isoRoleColumn} column`, () => {
          const iso = result().iso42001;
          expect(iso.applicable && iso.roleColumn).toBe(want.isoRoleColumn);
        });
      }
      if (want.isoTraceIncludes) {
        it(`the ISO/IEC 42001 reasoning shows ${want.isoTraceIncludes.join(", ")}`, () => {
          const iso = result().iso42001;
          const keys = iso.applicable ? iso.trace.initial.map((s) => s.key) : [];
          for (const key of want.isoTraceIncludes ?? []) expect(keys).toContain(key);
        });
      }
      if (want.fewerIsoDaysThan) {
        const other = want.fewerIsoDaysThan;
        it(`needs fewer ISO/IEC 42001 days than ${other}`, () => {
          expect(isoInitial(fixture)).toBeLessThan(isoInitial(persona(other)));
        });
      }
      if (want.overlayIncludes) {
        it(`the Hong Kong overlay names ${want.overlayIncludes.join(", ")}`, () => {
          const ids = result().overlay.map((o) => o.id);
          for (const id of want.overlayIncludes ?? []) expect(ids).toContain(id);
        });
      }
    });
  }
});
