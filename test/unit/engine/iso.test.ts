import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/engine/answers.ts";
import {
  bandRow,
  estimateIso,
  type IsoResult,
  isoSites,
  isRegulatedFinancial,
  roleColumn,
  roundTo,
} from "../../../src/engine/iso.ts";
import type { Method } from "../../../src/engine/method-index.ts";
import { readProfile } from "../../../src/engine/profile.ts";
import { keys, method, param, step, withEstimation } from "./support.ts";

const table = method.estimation.iso42001;
const rows = table.headcountTable;
const exact = (value: number) => Math.round(value * 100) / 100;

/** A producer with one AI system, one site, nothing that adds or removes days. */
const base: Answers = {
  target_frameworks: ["iso42001"],
  ai_roles: ["producer"],
  ai_headcount: 1,
  ai_systems_count: 1,
  ai_high_risk: ["none"],
  regulated_status: ["none"],
  genai_use: "none",
  prior_certifications: ["none"],
  sites: 1,
};

function applicable(result: IsoResult) {
  if (!result.applicable) throw new Error(`not applicable: ${keys(result.reasons).join(", ")}`);
  return result;
}
const iso = (answers: Answers, using: Method = method) => applicable(estimateIso(using, { ...base, ...answers }));
/** The figure before rounding (after sites, reductions and any floor). */
const unrounded = (answers: Answers, using: Method = method) =>
  param(step(iso(answers, using).trace.initial, "trace.iso.rounded"), "raw");
const subtotal = (answers: Answers, using: Method = method) =>
  param(step(iso(answers, using).trace.initial, "trace.iso.subtotal"), "days");

describe("rounding and banded tables", () => {
  it("rounds to the nearest step and never below one step", () => {
    expect(roundTo(5.24, 0.5)).toBe(5);
    expect(roundTo(5.25, 0.5)).toBe(5.5);
    expect(roundTo(5.74, 0.5)).toBe(5.5);
    expect(roundTo(0.1, 0.5)).toBe(0.5);
    expect(roundTo(0, 0.5)).toBe(0.5);
    expect(roundTo(7.4, 1)).toBe(7);
  });

  it("rounds the figure as shown to two decimals, so a floating-point 29.749999... (shown 29.75) rounds up to 30", () => {
    expect(21.25 * 1.4).toBeLessThan(29.75);
    expect(roundTo(21.25 * 1.4, 0.5)).toBe(30);
    expect(roundTo(29.744, 0.5)).toBe(29.5);
    expect(roundTo(29.745, 0.5)).toBe(30);
  });

  it("a value at a row's maximum is in that row; one more is in the next, whose range starts there", () => {
    const table_ = [{ max: 10 }, { max: 25 }, { max: null }];
    expect(bandRow(table_, 10)).toEqual({ row: table_[0], range: [1, 10] });
    expect(bandRow(table_, 11)).toEqual({ row: table_[1], range: [11, 25] });
    expect(bandRow(table_, 26)).toEqual({ row: table_[2], range: [26, null] });
    expect(bandRow(table_, 1)).toEqual({ row: table_[0], range: [1, 10] });
  });

  it("a value beyond every bounded row takes the last row", () => {
    const bounded = [{ max: 10 }, { max: 25 }];
    expect(bandRow(bounded, 26)).toEqual({ row: bounded[1], range: [11, 25] });
  });

  it("an empty table is an error, not a silent zero", () => {
    expect(() => bandRow([], 1)).toThrow("empty band table");
  });
});

describe("AI roles", () => {
  it("a producer alone uses the producer column; a developer, provider or user alone uses the single-role column", () => {
    expect(roleColumn(["producer"])).toBe("producer");
    for (const role of ["developer", "provider", "user"]) expect(roleColumn([role])).toBe("developer_provider_user");
  });

  it("any two roles use the several-roles column, developer and provider included", () => {
    expect(roleColumn(["developer", "provider"])).toBe("multiple");
    expect(roleColumn(["producer", "user"])).toBe("multiple");
    expect(roleColumn(["user", "user"])).toBe("developer_provider_user");
  });

  it("ISO/IEC 42001 does not apply without an answer on AI roles, without a role, or when it is not a goal", () => {
    expect(estimateIso(method, { target_frameworks: ["iso42001"] }).reasons).toEqual([
      { key: "reason.iso.roles_missing", answers: ["ai_roles"] },
    ]);
    expect(estimateIso(method, { ai_roles: ["none"] }).reasons).toEqual([
      { key: "reason.iso.not_applicable", answers: ["ai_roles"] },
    ]);
    const soc2Only = estimateIso(method, { ai_roles: ["user"], target_frameworks: ["soc2"] });
    expect(soc2Only).toEqual({
      applicable: false,
      reasons: [{ key: "reason.iso.not_targeted", answers: ["target_frameworks"] }],
    });
  });

  it("with AI roles and no goal chosen yet, ISO/IEC 42001 applies, with the roles as the reason", () => {
    const result = applicable(estimateIso(method, { ai_roles: ["developer", "user"] }));
    expect(result.roles).toEqual(["developer", "user"]);
    expect(result.roleColumn).toBe("multiple");
    expect(result.reasons).toEqual([
      {
        key: "reason.iso.applicable",
        params: { roles: { list: [{ key: "ai_role.developer" }, { key: "ai_role.user" }] } },
        answers: ["ai_roles"],
      },
    ]);
    expect(step(result.trace.initial, "trace.iso.role")).toEqual({
      key: "trace.iso.role",
      params: {
        roles: { list: [{ key: "ai_role.developer" }, { key: "ai_role.user" }] },
        column: { key: "role.multiple" },
      },
      answers: ["ai_roles"],
    });
  });
});

describe("table days by AI-related personnel and role", () => {
  it("the 1 to 10 row is the ISO/IEC 42006 example: producer 5, one other role 3.5, several roles 6.5 (the published row)", () => {
    expect(rows[0]).toMatchObject({
      max: 10,
      producer: 5,
      developer_provider_user: 3.5,
      multiple: 6.5,
      basis: "iso42006",
    });
  });

  it("each role column gives its table figure, at a row's maximum and one person above it", () => {
    const columns = [
      ["producer", ["producer"]],
      ["developer_provider_user", ["user"]],
      ["multiple", ["producer", "developer"]],
    ] as const;
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      for (const [column, roles] of columns) {
        const at = iso({ ai_headcount: row.max ?? 0, ai_roles: [...roles] });
        expect(
          param(
            step(at.trace.initial, row.basis === "iso42006" ? "trace.iso.table_42006" : "trace.iso.table_extrapolated"),
            "days",
          ),
        ).toBe(row[column]);
        if (next) {
          const above = iso({ ai_headcount: (row.max ?? 0) + 1, ai_roles: [...roles] });
          expect(param(step(above.trace.initial, "trace.iso.table_extrapolated"), "days")).toBe(next[column]);
        }
      }
    });
  });

  it("the table line shows the row's range, the ISMS audit time and its source, and the basis it stands on", () => {
    const small = iso({ ai_headcount: 10 });
    expect(small.tableBasis).toBe("iso42006");
    expect(step(small.trace.initial, "trace.iso.table_42006")).toEqual({
      key: "trace.iso.table_42006",
      params: {
        headcount: 10,
        persons: { range: [1, 10] },
        column: { key: "role.producer" },
        days: rows[0]?.producer,
        isms: rows[0]?.isms,
      },
      answers: ["ai_headcount", "ai_roles"],
      source: "estimation.yaml#iso42001.headcountTable[max=10]",
    });
    const larger = iso({ ai_headcount: 11 });
    expect(larger.tableBasis).toBe("extrapolated");
    expect(step(larger.trace.initial, "trace.iso.table_extrapolated").params?.persons).toEqual({
      range: [11, rows[1]?.max],
    });
  });

  it("the firm's rows above 1 to 10 never fall below the ISMS audit time, and several roles always cost more", () => {
    for (const row of rows) {
      expect(row.producer).toBeGreaterThanOrEqual(row.isms);
      expect(row.multiple).toBeGreaterThan(row.producer);
      expect(row.developer_provider_user).toBeLessThan(row.producer);
    }
  });

  it("beyond the last row, each further block of persons (or part of one) adds the column's step", () => {
    const last = rows[rows.length - 1];
    if (!last?.max) throw new Error("the last row must be bounded");
    const persons = table.beyondTable.persons;
    const perStep = table.beyondTable.days.producer;
    const beyond = (headcount: number) => iso({ ai_headcount: headcount });
    expect(keys(beyond(last.max).trace.initial)).not.toContain("trace.iso.table_beyond");
    expect(step(beyond(last.max + 1).trace.initial, "trace.iso.table_beyond")).toEqual({
      key: "trace.iso.table_beyond",
      params: {
        headcount: last.max + 1,
        last: last.max,
        base: last.producer,
        steps: 1,
        persons,
        perStep,
        days: last.producer + perStep,
      },
      answers: ["ai_headcount"],
      source: "estimation.yaml#iso42001.beyondTable",
    });
    expect(param(step(beyond(last.max + persons).trace.initial, "trace.iso.table_beyond"), "steps")).toBe(1);
    expect(param(step(beyond(last.max + persons + 1).trace.initial, "trace.iso.table_beyond"), "days")).toBe(
      last.producer + 2 * perStep,
    );
    expect(beyond(last.max + 1).tableBasis).toBe("extrapolated");
    const several = iso({ ai_headcount: last.max + 1, ai_roles: ["producer", "user"] });
    expect(param(step(several.trace.initial, "trace.iso.table_beyond"), "days")).toBe(
      last.multiple + table.beyondTable.days.multiple,
    );
  });
});

describe("percentages of the table figure", () => {
  const tableDays = rows[0]?.producer ?? 0;

  it("AI systems add their row's percentage, on both sides of each row's maximum", () => {
    table.aiSystems.forEach((row, i) => {
      if (row.max === null) return;
      const at = step(iso({ ai_systems_count: row.max }).trace.initial, "trace.iso.ai_systems");
      const previous = table.aiSystems[i - 1];
      expect(at).toEqual({
        key: "trace.iso.ai_systems",
        params: {
          systems: row.max,
          range: { range: [previous?.max == null ? 1 : previous.max + 1, row.max] },
          percent: row.percent,
          base: tableDays,
          days: exact((tableDays * row.percent) / 100),
        },
        answers: ["ai_systems_count"],
        source: `estimation.yaml#iso42001.aiSystems[max=${row.max}]`,
      });
      const above = step(iso({ ai_systems_count: row.max + 1 }).trace.initial, "trace.iso.ai_systems");
      expect(param(above, "percent")).toBe(table.aiSystems[i + 1]?.percent);
    });
  });

  it("high-risk use, a regulated financial institution and customer-facing generative AI each add their percentage", () => {
    const cases = [
      [{ ai_high_risk: ["credit"] }, "trace.iso.high_risk", table.increases.highRiskUse, "highRiskUse", "ai_high_risk"],
      [
        { regulated_status: ["sfc_licensed"] },
        "trace.iso.regulated",
        table.increases.regulatedFinancial,
        "regulatedFinancial",
        "regulated_status",
      ],
      [
        { genai_use: "customer_facing" },
        "trace.iso.genai",
        table.increases.customerFacingGenerativeAi,
        "customerFacingGenerativeAi",
        "genai_use",
      ],
    ] as const;
    for (const [answers, key, percent, name, question] of cases) {
      const result = iso(answers);
      expect(step(result.trace.initial, key)).toMatchObject({
        params: { percent, base: tableDays, days: exact((tableDays * percent) / 100) },
        answers: [question],
        source: `estimation.yaml#iso42001.increases.${name}`,
      });
      expect(subtotal(answers)).toBeCloseTo(tableDays * (1 + percent / 100), 2);
    }
    const none = keys(iso({}).trace.initial);
    for (const [, key] of cases) expect(none).not.toContain(key);
  });

  it("internal generative AI adds nothing; only customer-facing use does", () => {
    expect(keys(iso({ genai_use: "internal" }).trace.initial)).not.toContain("trace.iso.genai");
  });

  it("the high-risk line names each high-risk use", () => {
    const uses = step(iso({ ai_high_risk: ["credit", "hiring"] }).trace.initial, "trace.iso.high_risk").params?.uses;
    expect(uses).toEqual({
      list: [{ option: { q: "ai_high_risk", id: "credit" } }, { option: { q: "ai_high_risk", id: "hiring" } }],
    });
  });

  it("percentages add to each other, not on top of each other", () => {
    const answers = { ai_high_risk: ["credit"], regulated_status: ["hkma_ai"], genai_use: "customer_facing" };
    const percent =
      table.increases.highRiskUse + table.increases.regulatedFinancial + table.increases.customerFacingGenerativeAi;
    expect(subtotal(answers)).toBeCloseTo(tableDays * (1 + percent / 100), 2);
  });
});

describe("regulated financial institutions", () => {
  it("each regulated status of the method makes a regulated financial institution, a stored value facility included", () => {
    expect(table.regulatedStatuses).toContain("svf");
    for (const status of table.regulatedStatuses) {
      expect(isRegulatedFinancial(method, readProfile({ regulated_status: [status] })), status).toBe(true);
    }
  });

  it("a supplier to a regulated institution is not itself one", () => {
    for (const status of ["hkma_supplier", "sfc_supplier", "ia_supplier", "ci_operator", "none"]) {
      expect(isRegulatedFinancial(method, readProfile({ regulated_status: [status] })), status).toBe(false);
    }
  });

  it("a regulated financial institution with high-risk AI gets at least the floor, and the trace says so", () => {
    const floor = table.minimumDays.regulatedHighRisk;
    const result = iso({ regulated_status: ["ia_insurer"], ai_high_risk: ["insurance_underwriting"] });
    expect(result.days.initial).toBe(roundTo(floor, table.rounding));
    expect(step(result.trace.initial, "trace.iso.floor_regulated_high_risk")).toMatchObject({
      params: { days: floor },
      answers: ["regulated_status", "ai_high_risk"],
      source: "estimation.yaml#iso42001.minimumDays.regulatedHighRisk",
    });
  });

  describe("the floor just below and just above the computed days", () => {
    const answers = { regulated_status: ["hkma_ai"], ai_high_risk: ["credit"], ai_headcount: 60 };
    const computed = () =>
      unrounded(
        answers,
        withEstimation((e) => {
          e.iso42001.minimumDays.regulatedHighRisk = 0.5;
        }),
      );

    it("a floor above the computed days lifts them to the floor", () => {
      const using = withEstimation((e) => {
        e.iso42001.minimumDays.regulatedHighRisk = computed() + 1;
      });
      expect(iso(answers, using).days.initial).toBe(roundTo(computed() + 1, table.rounding));
      expect(param(step(iso(answers, using).trace.initial, "trace.iso.floor_regulated_high_risk"), "raw")).toBe(
        exact(computed()),
      );
    });

    it("a floor below the computed days changes nothing", () => {
      const using = withEstimation((e) => {
        e.iso42001.minimumDays.regulatedHighRisk = computed() - 1;
      });
      expect(iso(answers, using).days.initial).toBe(roundTo(computed(), table.rounding));
      expect(keys(iso(answers, using).trace.initial)).not.toContain("trace.iso.floor_regulated_high_risk");
    });
  });

  it("a floor exactly at the computed days changes nothing and is not traced", () => {
    // A producer of 1 to 10 people: the table figure plus the high-risk and regulated percentages, as the engine adds them.
    const answers = { regulated_status: ["hkma_ai"], ai_high_risk: ["credit"] };
    const computed =
      (rows[0]?.producer ?? 0) * (1 + (0 + table.increases.highRiskUse + table.increases.regulatedFinancial) / 100);
    const using = withEstimation((e) => {
      e.iso42001.minimumDays.regulatedHighRisk = computed;
    });
    expect(keys(iso(answers, using).trace.initial)).not.toContain("trace.iso.floor_regulated_high_risk");
    expect(iso(answers, using).days.initial).toBe(roundTo(computed, table.rounding));
  });

  it("the floor needs both: high-risk AI alone or regulated status alone gets no floor", () => {
    for (const answers of [{ ai_high_risk: ["credit"] }, { regulated_status: ["hkma_ai"] }]) {
      expect(keys(iso(answers).trace.initial)).not.toContain("trace.iso.floor_regulated_high_risk");
      expect(iso(answers).days.initial).toBeLessThan(table.minimumDays.regulatedHighRisk);
    }
  });

  it("a financial institution with high-risk AI in a regulated function needs at least the firm's published 10 days, whatever its size or role", () => {
    for (const roles of [["user"], ["producer"], ["developer", "provider"]]) {
      for (const headcount of [1, 10, 60]) {
        const answers = { regulated_status: ["ia_insurer"], ai_high_risk: ["insurance_underwriting"], ai_roles: roles };
        const days = iso({ ...answers, ai_headcount: headcount }).days.initial;
        expect(days, `${roles.join("+")} ${headcount}`).toBeGreaterThanOrEqual(10);
      }
    }
    expect(iso({ regulated_status: ["ia_insurer"], ai_high_risk: ["credit"], ai_roles: ["user"] }).days.initial).toBe(
      10,
    );
  });
});

describe("sites (IAF MD 1)", () => {
  const profile = (sites: number, same = "same") => readProfile({ sites, sites_same_processes: same });

  it("one site is audited as a single site", () => {
    expect(isoSites(profile(1))).toEqual({ kind: "single", sites: 1, audited: 1 });
    expect(isoSites(readProfile({}))).toEqual({ kind: "single", sites: 1, audited: 1 });
  });

  it("sites running the same processes are sampled: the square root, rounded up (2 -> 2, 3 -> 2, 4 -> 2, 5 -> 3, 10 -> 4)", () => {
    for (const [sites, audited] of [
      [2, 2],
      [3, 2],
      [4, 2],
      [5, 3],
      [10, 4],
    ] as const) {
      expect(isoSites(profile(sites)), String(sites)).toEqual({ kind: "sampled", sites, audited });
    }
  });

  it("sites running different processes are all audited", () => {
    expect(isoSites(profile(5, "different"))).toEqual({ kind: "all", sites: 5, audited: 5 });
  });

  it("each sampled site beyond the first adds the sampled-site days; unsampled sites add their own rate", () => {
    const sampled = iso({ sites: 5, sites_same_processes: "same" });
    expect(step(sampled.trace.initial, "trace.iso.sites_sampled")).toEqual({
      key: "trace.iso.sites_sampled",
      params: {
        sites: 5,
        sampled: 3,
        extra: 2,
        perSite: table.sites.extraDaysPerSampledSite,
        days: 2 * table.sites.extraDaysPerSampledSite,
      },
      answers: ["sites", "sites_same_processes"],
      source: "estimation.yaml#iso42001.sites.extraDaysPerSampledSite",
    });
    expect(sampled.days.sitesAudited).toBe(3);
    const all = iso({ sites: 5, sites_same_processes: "different" });
    expect(step(all.trace.initial, "trace.iso.sites_all")).toMatchObject({
      params: {
        extra: 4,
        perSite: table.sites.extraDaysPerSiteWithoutSampling,
        days: 4 * table.sites.extraDaysPerSiteWithoutSampling,
      },
      source: "estimation.yaml#iso42001.sites.extraDaysPerSiteWithoutSampling",
    });
    expect(unrounded({ sites: 5, sites_same_processes: "different" })).toBeCloseTo(
      subtotal({}) + 4 * table.sites.extraDaysPerSiteWithoutSampling,
      2,
    );
    expect(step(iso({}).trace.initial, "trace.iso.sites_single")).toEqual({
      key: "trace.iso.sites_single",
      answers: ["sites"],
    });
  });
});

describe("integration reductions (IAF MD 11)", () => {
  /** The unrounded days of the same organisation with no integration reduction. */
  const plainDays = () => unrounded({ ai_headcount: 60 });

  it("a current ISO/IEC 27001 certificate integrated and audited together takes off its percentage", () => {
    const answers = { ai_headcount: 60, prior_certifications: ["iso27001"], iso_integration: "integrated" };
    const result = iso(answers);
    const percent = table.reductions.iso27001;
    expect(step(result.trace.initial, "trace.iso.reduction_27001")).toEqual({
      key: "trace.iso.reduction_27001",
      params: { percent },
      answers: ["prior_certifications", "iso_integration"],
      source: "estimation.yaml#iso42001.reductions.iso27001",
    });
    expect(step(result.trace.initial, "trace.iso.reduction_total").params).toEqual({
      percent,
      base: exact(plainDays()),
      days: exact((plainDays() * percent) / 100),
    });
    expect(unrounded(answers)).toBeCloseTo(plainDays() * (1 - percent / 100), 2);
  });

  it("two integrated certificates add their percentages while the total stays within the cap", () => {
    const answers = { ai_headcount: 60, prior_certifications: ["iso27001", "iso9001"], iso_integration: "integrated" };
    const percent = table.reductions.iso27001 + table.reductions.iso9001;
    expect(percent).toBeLessThanOrEqual(table.reductions.maxTotal);
    expect(keys(iso(answers).trace.initial)).toContain("trace.iso.reduction_9001");
    expect(keys(iso(answers).trace.initial)).not.toContain("trace.iso.reduction_capped");
    expect(unrounded(answers)).toBeCloseTo(plainDays() * (1 - percent / 100), 2);
  });

  it("reductions above the cap are held at the cap, and the trace says so", () => {
    const using = withEstimation((e) => {
      e.iso42001.reductions.iso27001 = 25;
      e.iso42001.reductions.iso9001 = 10;
    });
    const answers = { ai_headcount: 60, prior_certifications: ["iso27001", "iso9001"], iso_integration: "integrated" };
    const cap = table.reductions.maxTotal;
    expect(step(iso(answers, using).trace.initial, "trace.iso.reduction_capped")).toEqual({
      key: "trace.iso.reduction_capped",
      params: { percent: 35, cap },
      source: "estimation.yaml#iso42001.reductions.maxTotal",
    });
    expect(unrounded(answers, using)).toBeCloseTo(plainDays() * (1 - cap / 100), 2);
  });

  it("reductions exactly at the cap are not traced as capped", () => {
    const using = withEstimation((e) => {
      e.iso42001.reductions.iso27001 = e.iso42001.reductions.maxTotal - e.iso42001.reductions.iso9001;
    });
    const answers = { ai_headcount: 60, prior_certifications: ["iso27001", "iso9001"], iso_integration: "integrated" };
    expect(keys(iso(answers, using).trace.initial)).not.toContain("trace.iso.reduction_capped");
    expect(unrounded(answers, using)).toBeCloseTo(plainDays() * (1 - table.reductions.maxTotal / 100), 2);
  });

  it("a separate, lapsed or unstated integration takes nothing off, and the trace says which", () => {
    for (const [integration, key] of [
      ["separate", "trace.iso.integration_separate"],
      ["lapsed", "trace.iso.integration_lapsed"],
      [undefined, "trace.iso.integration_unanswered"],
    ] as const) {
      const answers: Answers = { ai_headcount: 60, prior_certifications: ["iso27001"] };
      const given = integration ? { ...answers, iso_integration: integration } : answers;
      expect(step(iso(given).trace.initial, key).answers).toEqual(["prior_certifications", "iso_integration"]);
      expect(unrounded(given)).toBe(exact(plainDays()));
      expect(keys(iso(given).trace.initial)).not.toContain("trace.iso.reduction_total");
    }
  });

  it("certificates that are not ISO management systems take nothing off and add no line", () => {
    const result = iso({
      ai_headcount: 60,
      prior_certifications: ["soc2_type2", "iso27701"],
      iso_integration: "integrated",
    });
    expect(keys(result.trace.initial).filter((k) => k.includes("integration") || k.includes("reduction"))).toEqual([]);
  });
});

describe("the certification cycle", () => {
  it("the initial audit is the unrounded figure rounded to the method's step", () => {
    const result = iso({ ai_headcount: 60, ai_systems_count: 4 });
    const raw = param(step(result.trace.initial, "trace.iso.rounded"), "raw");
    expect(result.days.initial).toBe(roundTo(raw, table.rounding));
    expect(step(result.trace.initial, "trace.iso.rounded").params).toEqual({
      raw,
      days: result.days.initial,
      step: table.rounding,
    });
  });

  it("Stage 1 takes its share of the initial audit and Stage 2 the rest", () => {
    const { days } = iso({ ai_headcount: 60 });
    expect(days.stage1).toBe(roundTo(days.initial * table.stage1Share, table.rounding));
    expect(days.stage1 + days.stage2).toBe(days.initial);
  });

  it("Stage 2 always keeps at least one step, whatever the Stage 1 share", () => {
    const using = withEstimation((e) => {
      e.iso42001.stage1Share = 1;
    });
    const { days } = iso({}, using);
    expect(days.stage2).toBe(table.rounding);
    expect(days.stage1).toBe(days.initial - table.rounding);
  });

  it("surveillance audits and the recertification audit are their ratios of the initial audit, in half-days", () => {
    const { days } = iso({ ai_headcount: 60 });
    expect(days.surveillance1).toBe(roundTo(days.initial * table.surveillanceRatio, table.rounding));
    expect(days.surveillance2).toBe(days.surveillance1);
    expect(days.recertification).toBe(roundTo(days.initial * table.recertificationRatio, table.rounding));
  });

  it("year 1 holds Stage 1 and 2, year 2 the first surveillance, year 3 the second surveillance and the recertification", () => {
    const { days } = iso({ ai_headcount: 60 });
    expect(days.audits).toEqual([
      { id: "stage1", year: 1, days: days.stage1 },
      { id: "stage2", year: 1, days: days.stage2 },
      { id: "surveillance1", year: 2, days: days.surveillance1 },
      { id: "surveillance2", year: 3, days: days.surveillance2 },
      { id: "recertification", year: 3, days: days.recertification },
    ]);
    expect(days.byYear).toEqual([
      { year: 1, days: days.initial },
      { year: 2, days: days.surveillance1 },
      { year: 3, days: days.surveillance2 + days.recertification },
    ]);
    expect(days.cycleTotal).toBe(days.initial + days.surveillance1 + days.surveillance2 + days.recertification);
  });

  it("the cycle trace shows each figure the cycle is built from", () => {
    const result = iso({ ai_headcount: 60 });
    const { days } = result;
    expect(result.trace.cycle).toEqual([
      {
        key: "trace.iso.stage_split",
        params: {
          initial: days.initial,
          share: table.stage1Share,
          raw: exact(days.initial * table.stage1Share),
          stage1: days.stage1,
          stage2: days.stage2,
        },
        source: "estimation.yaml#iso42001.stage1Share",
      },
      {
        key: "trace.iso.surveillance",
        params: { initial: days.initial, raw: exact(days.initial * table.surveillanceRatio), days: days.surveillance1 },
        source: "estimation.yaml#iso42001.surveillanceRatio",
      },
      {
        key: "trace.iso.recertification",
        params: {
          initial: days.initial,
          raw: exact(days.initial * table.recertificationRatio),
          days: days.recertification,
        },
        source: "estimation.yaml#iso42001.recertificationRatio",
      },
      {
        key: "trace.iso.cycle_total",
        params: {
          initial: days.initial,
          surveillance: days.surveillance1,
          recertification: days.recertification,
          days: days.cycleTotal,
        },
      },
    ]);
  });

  it("the initial trace adds up: table days and percentages make the subtotal; sites and reductions the unrounded figure", () => {
    const answers = {
      ai_headcount: 30,
      ai_systems_count: 7,
      ai_high_risk: ["hiring"],
      genai_use: "customer_facing",
      sites: 4,
      sites_same_processes: "same",
      prior_certifications: ["iso27001"],
      iso_integration: "integrated",
    };
    const lines = iso(answers).trace.initial;
    const table_ = param(step(lines, "trace.iso.table_extrapolated"), "days");
    const percents = ["trace.iso.ai_systems", "trace.iso.high_risk", "trace.iso.genai"].reduce(
      (sum, key) => sum + param(step(lines, key), "days"),
      0,
    );
    const sub = param(step(lines, "trace.iso.subtotal"), "days");
    expect(sub).toBeCloseTo(table_ + percents, 2);
    const sites = param(step(lines, "trace.iso.sites_sampled"), "days");
    const reduction = step(lines, "trace.iso.reduction_total");
    expect(param(reduction, "base")).toBeCloseTo(sub + sites, 2);
    expect(param(step(lines, "trace.iso.rounded"), "raw")).toBeCloseTo(sub + sites - param(reduction, "days"), 2);
  });

  it("the result carries the roles, the column, the basis and the sites", () => {
    const result = iso({ ai_roles: ["provider"], sites: 3, sites_same_processes: "same" });
    expect(result).toMatchObject({
      applicable: true,
      roles: ["provider"],
      roleColumn: "developer_provider_user",
      tableBasis: "iso42006",
      sites: { kind: "sampled", sites: 3, audited: 2 },
    });
  });
});
