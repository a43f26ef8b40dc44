import { describe, expect, it } from "vitest";
import { assess, persona, personas } from "./support.ts";

function isoInitial(prefix: string): number {
  const result = assess(persona(prefix)).iso42001;
  if (!result.applicable) throw new Error(`${prefix}: ISO/IEC 42001 should apply`);
  return result.days.initial;
}

describe("personas reach the outcomes the firm's pages describe", () => {
  it("every persona fixture is a complete, valid answer set", () => {
    expect(personas).toHaveLength(8);
    for (const fixture of personas) {
      const result = assess(fixture);
      expect(result.completeness.missing, fixture.file).toEqual([]);
    }
  });

  it("1. a start-up with under 3 months of evidence and a 3-month deadline gets a Type I now, then a Type II", () => {
    const result = assess(persona("1-"));
    expect(result.soc2.engagement.firstReport).toBe("type1");
    expect(result.soc2.engagement.path).toBe("type1_then_type2");
    expect(result.soc2.engagement.type1ReportMonths).toEqual([2, 4]);
    const reasons = result.soc2.engagement.reasons.map((r) => r.key);
    expect(reasons).toContain("reason.soc2.evidence_short");
    expect(reasons).toContain("reason.soc2.deadline_before_type2");
  });

  it("1. uptime SLA and NDAs put Security, Availability and Confidentiality in scope, and nothing else", () => {
    expect(assess(persona("1-")).soc2.criteria.included).toEqual(["security", "availability", "confidentiality"]);
  });

  it("1. the Type I report falls 2 to 4 months after the SOC 2 engagement starts", () => {
    const { milestones } = assess(persona("1-")).timeline;
    const start = milestones.find((m) => m.id === "soc2_engagement");
    const report = milestones.find((m) => m.id === "soc2_type1_report");
    expect(start && report).toBeTruthy();
    const months = (a: string, b: string) =>
      (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    expect(months(start?.date ?? "", report?.date ?? "")).toBe(2);
    expect(months(start?.date ?? "", report?.endDate ?? "")).toBe(4);
  });

  it("2. a payment processor with 12+ months of evidence serving banks gets a Type II over 12 months", () => {
    const result = assess(persona("2-"));
    expect(result.soc2.engagement.firstReport).toBe("type2");
    expect(result.soc2.engagement.observationMonths).toBe(12);
  });

  it("2. availability, processing and confidentiality commitments add A, PI and C to Security", () => {
    expect(assess(persona("2-")).soc2.criteria.included).toEqual([
      "security",
      "availability",
      "confidentiality",
      "processing_integrity",
    ]);
  });

  it("2. the overlay names the HKMA's outsourcing and technology-risk expectations and the PDPO", () => {
    const ids = assess(persona("2-")).overlay.map((o) => o.id);
    for (const id of ["hkma-sa-2", "hkma-tm-g-1", "hkma-or-2", "pcpd-pdpo"]) expect(ids).toContain(id);
  });

  it("3. personal data at the core of the service puts Privacy in scope, with the PDPO principles in the overlay", () => {
    const result = assess(persona("3-"));
    expect(result.soc2.criteria.included).toContain("privacy");
    const privacy = result.soc2.criteria.categories.find((c) => c.category === "privacy");
    expect(privacy?.criteriaCount).toBe(18);
    expect(result.overlay.map((o) => o.id)).toContain("pcpd-pdpo");
  });

  it("4. a small AI developer's initial ISO/IEC 42001 audit is 3 to 5 days", () => {
    const days = isoInitial("4-");
    expect(days).toBeGreaterThanOrEqual(3);
    expect(days).toBeLessThanOrEqual(5);
  });

  it("5. a mid-size company using and providing AI gets 5 to 8 days", () => {
    const days = isoInitial("5-");
    expect(days).toBeGreaterThanOrEqual(5);
    expect(days).toBeLessThanOrEqual(8);
  });

  it("6. a large enterprise with several AI roles gets 8 to 15 days", () => {
    const days = isoInitial("6-");
    expect(days).toBeGreaterThanOrEqual(8);
    expect(days).toBeLessThanOrEqual(15);
  });

  it("7. a bank using AI for credit decisions gets 10 to 18 days, and the overlay names the HKMA's AI circulars", () => {
    const days = isoInitial("7-");
    expect(days).toBeGreaterThanOrEqual(10);
    expect(days).toBeLessThanOrEqual(18);
    const ids = assess(persona("7-")).overlay.map((o) => o.id);
    expect(ids).toContain("hkma-bdai");
    expect(ids).toContain("hkma-genai");
  });

  it("8. an existing ISO/IEC 27001 system lowers ISO/IEC 42001 days, and the reason is shown", () => {
    expect(isoInitial("8-")).toBeLessThan(isoInitial("5-"));
    const result = assess(persona("8-")).iso42001;
    expect(result.applicable && result.trace.initial.map((s) => s.key)).toContain("trace.iso.reduction_27001");
  });

  it("organisations that use no AI get no ISO/IEC 42001 estimate, and are told why", () => {
    for (const prefix of ["1-", "2-", "3-"]) {
      const result = assess(persona(prefix)).iso42001;
      expect(result.applicable).toBe(false);
      expect(result.reasons.map((r) => r.key)).toEqual(["reason.iso.not_applicable"]);
    }
  });
});

describe("proposal scope chosen by sales staff", () => {
  it("adding a criterion and lengthening the period raise SOC 2 days, keep Security, and are traced", async () => {
    const { evaluate } = await import("../../../src/engine/index.ts");
    const { parseAnswerSet } = await import("../../../src/engine/answers.ts");
    const { method } = await import("./support.ts");
    const parsed = parseAnswerSet(method, persona("3-").answerSet);
    if (!parsed.ok) throw new Error("fixture");
    const base = evaluate(method, parsed.value);
    const changed = evaluate(method, parsed.value, {
      scope: {
        categories: ["availability", "confidentiality", "privacy", "processing_integrity"],
        observationMonths: 12,
      },
    });
    expect(changed.soc2.criteria.included).toContain("security");
    expect(changed.soc2.criteria.included).toContain("processing_integrity");
    expect(changed.soc2.engagement.observationMonths).toBe(12);
    expect(changed.soc2.days.type2?.days ?? 0).toBeGreaterThan(base.soc2.days.type2?.days ?? 0);
    expect(changed.soc2.engagement.reasons.map((r) => r.key)).toContain("reason.soc2.override_observation");
    const pi = changed.soc2.criteria.categories.find((c) => c.category === "processing_integrity");
    expect(pi?.reasons.map((r) => r.key)).toContain("reason.criteria.override_added");
    const dropped = evaluate(method, parsed.value, { scope: { categories: [] } });
    expect(dropped.soc2.criteria.included).toEqual(["security"]);
  });

  it("day rates give fee ranges equal to days times the rates", async () => {
    const { evaluate } = await import("../../../src/engine/index.ts");
    const { parseAnswerSet } = await import("../../../src/engine/answers.ts");
    const { method } = await import("./support.ts");
    const parsed = parseAnswerSet(method, persona("7-").answerSet);
    if (!parsed.ok) throw new Error("fixture");
    const a = evaluate(method, parsed.value, {
      dayRates: { currency: "HKD", soc2: [12000, 16000], iso42001: [10000, 14000] },
    });
    const type2 = a.soc2.days.type2?.days ?? 0;
    expect(a.proposal.soc2.fees?.type2).toEqual({ currency: "HKD", min: type2 * 12000, max: type2 * 16000 });
    if (!a.proposal.iso42001.applicable) throw new Error("ISO applies to persona 7");
    expect(a.proposal.iso42001.fees?.cycle.min).toBe(a.proposal.iso42001.days.cycleTotal * 10000);
  });
});
