import { describe, expect, it } from "vitest";
import { type Answers, parseAnswerSet } from "../../../src/engine/answers.ts";
import { addMonths } from "../../../src/engine/dates.ts";
import { type Assessment, evaluate } from "../../../src/engine/index.ts";
import { indexMethod } from "../../../src/engine/method-index.ts";
import type { Settings } from "../../../src/engine/schema.ts";
import { resolveVisibility } from "../../../src/engine/visibility.ts";
import { dated } from "../../support/dated.ts";
import { assessAnswers, method, persona, startDate } from "./support.ts";

function run(prefix: string, settings: Settings = {}) {
  const parsed = parseAnswerSet(method, persona(prefix).answerSet);
  if (!parsed.ok) throw new Error(prefix);
  return evaluate(method, dated(parsed.value), settings);
}

describe("proposal scope chosen by sales staff", () => {
  it("adding categories and lengthening the period raise SOC 2 days, keep Security, and are traced", () => {
    const base = run("3-");
    const changed = run("3-", {
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
    expect(run("3-", { scope: { categories: [] } }).soc2.criteria.included).toEqual(["security"]);
  });

  it("a chosen period outside the method's limits is brought to the nearest limit, and says so", () => {
    const { min, max } = run("3-").proposal.soc2.observationLimits;
    expect(min).toBe(method.estimation.soc2.engagement.minObservationMonths);
    expect(max).toBe(method.estimation.soc2.engagement.maxObservationMonths);
    const tooLong = run("3-", { scope: { observationMonths: max + 1 } });
    expect(tooLong.soc2.engagement.observationMonths).toBe(max);
    expect(tooLong.soc2.engagement.reasons.map((r) => r.key)).toContain("reason.soc2.override_limited");
    const tooShort = run("3-", { scope: { observationMonths: min - 1 } });
    expect(tooShort.soc2.engagement.observationMonths).toBe(min);
  });

  it("day rates give fee ranges of the days times each end of the rate range", () => {
    const a = run("7-", { dayRates: { currency: "HKD", soc2: [12000, 16000], iso42001: [10000, 14000] } });
    const type2 = a.soc2.days.type2?.days ?? 0;
    expect(a.proposal.soc2.fees?.type2).toEqual({ currency: "HKD", min: type2 * 12000, max: type2 * 16000 });
    if (!a.proposal.iso42001.applicable) throw new Error("ISO applies to persona 7");
    expect(a.proposal.iso42001.fees?.initial.min).toBe(a.proposal.iso42001.days.initial * 10000);
    expect(a.proposal.iso42001.fees?.cycle.max).toBe(a.proposal.iso42001.days.cycleTotal * 14000);
  });
});

describe("the proposal carries the engine's own figures", () => {
  it("the initial ISO/IEC 42001 audit is Stage 1 plus Stage 2, and the audits add up to the cycle", () => {
    const p = run("6-").proposal.iso42001;
    if (!p.applicable) throw new Error("ISO applies to persona 6");
    expect(p.days.initial).toBe(p.days.stage1 + p.days.stage2);
    expect(p.audits.reduce((sum, a) => sum + a.days, 0)).toBe(p.days.cycleTotal);
    expect(p.byYear.map((y) => y.year)).toEqual([1, 2, 3]);
  });

  it("the top gaps are the first gaps in priority order, as many as the method's reporting setting", () => {
    const a = run("1-");
    expect(a.proposal.topGaps).toEqual(a.gaps.slice(0, method.estimation.reporting.topGaps).map((g) => g.questionId));
    expect(a.topFindings).toEqual(a.gaps.slice(0, method.estimation.reporting.topFindings).map((g) => g.questionId));
  });
});

/** A SOC 2 and ISO/IEC 42001 candidate: a small producer of AI, no deadline, six months of evidence. */
const profile: Answers = {
  industry: "saas",
  headcount: 30,
  sites: 1,
  hosting: "single_cloud",
  systems_count: 2,
  subservice_count: 0,
  commitments: ["none"],
  personal_data_scope: "none",
  target_frameworks: ["soc2", "iso42001"],
  report_requesters: ["enterprise_customers"],
  report_type_requested: "either",
  report_cycle: "once",
  report_deadline: "none",
  evidence_months: "6to12",
  prior_certifications: ["none"],
  regulated_status: ["none"],
  ai_roles: ["producer"],
  ai_headcount: 5,
  ai_systems_count: 1,
  ai_high_risk: ["none"],
  genai_use: "none",
  eu_exposure: "no",
};

/** The profile with every asked control answered at one level, then the given answers. */
function answered(answers: Answers = {}, level = "evidenced"): Answers {
  const given = { ...profile, ...answers };
  const controls = resolveVisibility(method, given).sections.flatMap((s) =>
    s.questions.filter((q) => q.type === "maturity").map((q) => q.id),
  );
  return { ...Object.fromEntries(controls.map((id) => [id, level])), ...given, ...answers };
}
const domainIds = (a: Assessment) => a.readiness.domains.map((d) => d.domain);
const domainsOf = (framework: string) =>
  method.questionnaire.domains.filter((d) => d.framework === framework).map((d) => d.id);
const cap = method.estimation.scoring.blockerBandCap;

describe("each framework is scored by its own questions", () => {
  it("an ISO/IEC 42001 blocker caps ISO/IEC 42001 only: SOC 2 stays audit-ready and can start a Type II", () => {
    const a = assessAnswers(answered({ ai_risk_assessment: "none" }));
    expect(a.readiness.iso42001?.band).toBe(cap);
    expect(a.readiness.iso42001?.blockers).toEqual(["ai_risk_assessment"]);
    expect(a.readiness.soc2).toMatchObject({ band: "audit_ready", blockers: [] });
    expect(a.soc2.engagement.path).toBe("type2_direct");
    expect(a.readiness.blockers).toEqual(["ai_risk_assessment"]);
  });

  it("a SOC 2 blocker caps SOC 2 only and holds back its Type II; ISO/IEC 42001 stays audit-ready", () => {
    const a = assessAnswers(answered({ acc_mfa: "none" }));
    expect(a.readiness.soc2).toMatchObject({ band: cap, blockers: ["acc_mfa"] });
    expect(a.soc2.engagement.firstReport).toBe("type1");
    expect(a.readiness.iso42001).toMatchObject({ band: "audit_ready", blockers: [] });
    expect(a.readiness.blockers).toEqual(["acc_mfa"]);
  });

  it("SOC 2 questions count for SOC 2 only and AI management questions for ISO/IEC 42001 only", () => {
    const a = assessAnswers(answered());
    const soc2 = new Set(domainsOf("soc2"));
    const iso = new Set(domainsOf("iso42001"));
    const counted = (ids: Set<string>) =>
      a.readiness.domains.filter((d) => ids.has(d.domain)).reduce((n, d) => n + d.counted, 0);
    expect(a.readiness.soc2.counted).toBe(counted(soc2));
    expect(a.readiness.iso42001?.counted).toBe(counted(iso));
    expect(a.readiness.overall.counted).toBe(counted(soc2) + counted(iso));
  });

  it("weak AI management controls never change SOC 2 readiness or SOC 2 audit days", () => {
    const strong = assessAnswers(answered());
    const aiControls = Object.fromEntries(
      method.controlQuestions.filter((q) => domainsOf("iso42001").includes(q.domain)).map((q) => [q.id, "none"]),
    );
    const weak = assessAnswers(answered(aiControls));
    expect(weak.readiness.soc2).toEqual(strong.readiness.soc2);
    expect(weak.soc2.days).toEqual(strong.soc2.days);
    expect(weak.readiness.overall.score).toBeLessThan(strong.readiness.overall.score);
  });

  it("without an AI role there is no ISO/IEC 42001 score, and no AI management domain is scored", () => {
    const a = assessAnswers(answered({ ai_roles: ["none"] }));
    expect(a.readiness.iso42001).toBeNull();
    for (const domain of domainsOf("iso42001")) expect(domainIds(a)).not.toContain(domain);
  });

  it("an out-of-scope Privacy domain is not scored, though its questions are asked", () => {
    const incidental = answered({ personal_data_scope: "incidental" });
    const a = assessAnswers({ ...incidental, priv_notice: "none" });
    expect(a.visibleQuestions).toContain("priv_notice");
    expect(a.soc2.criteria.included).not.toContain("privacy");
    expect(domainIds(a)).not.toContain("privacy");
    expect(a.readiness.soc2).toEqual(assessAnswers(incidental).readiness.soc2);
    const gap = a.gaps.find((g) => g.questionId === "priv_notice");
    expect(gap?.frameworks).toEqual([]);
  });

  it("a Privacy domain in scope is scored for SOC 2", () => {
    const a = assessAnswers(answered({ personal_data_scope: "core", priv_notice: "none" }));
    expect(a.soc2.criteria.included).toContain("privacy");
    expect(domainIds(a)).toContain("privacy");
    expect(a.readiness.soc2.score).toBeLessThan(100);
    expect(a.gaps.find((g) => g.questionId === "priv_notice")?.frameworks).toEqual(["soc2"]);
  });

  it("a category taken out in a proposal stops its domain counting", () => {
    const answers = answered({ commitments: ["uptime_sla"], avail_capacity: "none" });
    expect(domainIds(assessAnswers(answers))).toContain("availability");
    const a = evaluate(
      method,
      { version: method.questionnaire.version, answers, startDate },
      {
        scope: { categories: ["security"] },
      },
    );
    expect(domainIds(a)).not.toContain("availability");
    expect(a.gaps.map((g) => g.questionId)).not.toContain("avail_capacity");
  });

  it("a control counts for SOC 2 when any one of its criteria is in scope", () => {
    const a = assessAnswers(answered({ commitments: ["none"], bc_tested: "none" }));
    expect(a.soc2.criteria.included).not.toContain("availability");
    expect(a.readiness.domains.find((d) => d.domain === "continuity")?.counted).toBeGreaterThan(0);
    expect(a.gaps.find((g) => g.questionId === "bc_tested")?.frameworks).toEqual(["soc2"]);
  });

  it("a control whose criteria are all out of scope counts for no framework", () => {
    // A copy of the questionnaire in which the backup control refers to Availability criteria only.
    const questionnaire = structuredClone(method.questionnaire);
    const backups = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === "avail_backup_protection");
    if (backups?.type !== "maturity") throw new Error("avail_backup_protection missing");
    backups.refs.tsc = ["A1.2", "A1.3"];
    const variant = indexMethod({ ...method, questionnaire });
    const answers = answered({ avail_backup_protection: "none" });
    const a = evaluate(variant, { version: method.questionnaire.version, answers, startDate });
    expect(a.soc2.criteria.included).not.toContain("availability");
    expect(a.gaps.map((g) => g.questionId)).not.toContain("avail_backup_protection");
    expect(a.readiness.soc2.score).toBe(100);
    expect(a.readiness.soc2.counted).toBe(assessAnswers(answered()).readiness.soc2.counted - 1);
    const inScope = evaluate(variant, {
      version: method.questionnaire.version,
      answers: { ...answers, commitments: ["uptime_sla"] },
      startDate,
    });
    expect(inScope.gaps.find((g) => g.questionId === "avail_backup_protection")?.frameworks).toEqual(["soc2"]);
  });

  it("a domain score lists its blockers; domains without counted questions are left out", () => {
    const a = assessAnswers(answered({ acc_mfa: "none", acc_physical: "na" }));
    const access = a.readiness.domains.find((d) => d.domain === "access");
    expect(access?.blockers).toEqual(["acc_mfa"]);
    expect(a.readiness.domains.every((d) => d.counted > 0)).toBe(true);
    expect(domainIds(a)).toEqual(
      method.questionnaire.domains.map((d) => d.id).filter((id) => domainIds(a).includes(id)),
    );
  });
});

describe("evaluate assembles the results", () => {
  it("answers to hidden questions change nothing", () => {
    const base = answered({ sites: 1 });
    expect(assessAnswers({ ...base, sites_same_processes: "different" })).toEqual(assessAnswers(base));
  });

  it("completeness counts the asked questions, the answered ones, the missing ones and the don't-knows", () => {
    const { gov_owner: _, ...rest } = answered({ acc_mfa: "unknown" });
    const a = assessAnswers(rest);
    expect(a.completeness).toEqual({
      answered: a.visibleQuestions.length - 1,
      total: a.visibleQuestions.length,
      missing: ["gov_owner"],
      unknown: ["acc_mfa"],
    });
  });

  it("a Type I first is estimated for both reports; a Type II first only for the Type II; a Type I only for the Type I", () => {
    const first = assessAnswers(answered({ evidence_months: "lt3" }));
    expect(first.soc2.engagement.path).toBe("type1_then_type2");
    expect(first.soc2.days.type1?.type).toBe("type1");
    expect(first.soc2.days.type2?.observationMonths).toBe(first.soc2.engagement.observationMonths);
    expect(first.proposal.soc2.days).toEqual({
      type1: first.soc2.days.type1?.days,
      type2: first.soc2.days.type2?.days,
    });
    const direct = assessAnswers(answered());
    expect(Object.keys(direct.soc2.days)).toEqual(["type2"]);
    expect(Object.keys(direct.proposal.soc2.days)).toEqual(["type2"]);
    const only = assessAnswers(answered({ evidence_months: "lt3", report_type_requested: "type1" }));
    expect(only.soc2.engagement.path).toBe("type1_only");
    expect(Object.keys(only.soc2.days)).toEqual(["type1"]);
    expect(Object.keys(only.proposal.soc2.days)).toEqual(["type1"]);
  });

  it("SOC 2 audit days follow the SOC 2 band, not the overall one", () => {
    const aiWeak = Object.fromEntries(
      method.controlQuestions.filter((q) => domainsOf("iso42001").includes(q.domain)).map((q) => [q.id, "none"]),
    );
    const a = assessAnswers(answered(aiWeak));
    expect(a.readiness.overall.band).not.toBe(a.readiness.soc2.band);
    const maturity = a.soc2.days.type2?.trace.find((s) => s.key === "trace.soc2days.maturity");
    expect(maturity?.params?.band).toEqual({ key: `band.${a.readiness.soc2.band}` });
  });

  it("the type II days use the period chosen in a proposal", () => {
    const answers = answered();
    const months = method.estimation.soc2.engagement.maxObservationMonths;
    const a = evaluate(
      method,
      { version: method.questionnaire.version, answers, startDate },
      {
        scope: { observationMonths: months },
      },
    );
    expect(a.soc2.days.type2?.observationMonths).toBe(months);
    expect(a.proposal.soc2.observationMonths).toBe(months);
  });

  it("'documented but not evidenced' is a SOC 2 gap only when a Type II is planned", () => {
    const planned = assessAnswers(answered({ evidence_months: "lt3", acc_reviews: "documented" }));
    expect(planned.gaps.find((g) => g.questionId === "acc_reviews")?.severity).toBe("low");
    const typeOneOnly = assessAnswers(
      answered({ evidence_months: "lt3", report_type_requested: "type1", acc_reviews: "documented" }),
    );
    expect(typeOneOnly.gaps.map((g) => g.questionId)).not.toContain("acc_reviews");
  });

  it("gaps of the framework the client prepares for come first", () => {
    const both = { acc_reviews: "informal", ai_competence: "none" };
    const isoGoal = assessAnswers(answered({ ...both, target_frameworks: ["iso42001"] }));
    expect(isoGoal.gaps.map((g) => g.questionId)).toEqual(["ai_competence", "acc_reviews"]);
    const equalGoals = assessAnswers(answered(both));
    expect(equalGoals.gaps.map((g) => g.questionId)).toEqual(["ai_competence", "acc_reviews"]);
    const soc2Deadline = assessAnswers(answered({ ...both, report_deadline: "over_12m" }));
    expect(soc2Deadline.soc2.engagement.deadline).toBeDefined();
    expect(soc2Deadline.gaps.map((g) => g.questionId)).toEqual(["acc_reviews", "ai_competence"]);
  });

  it("Hong Kong expectations that apply mark the gaps they bear on, and are the proposal's regulator flags", () => {
    const a = assessAnswers(answered({ regulated_status: ["hkma_supplier"], gov_owner: "informal" }));
    expect(a.proposal.regulatorFlags).toEqual(a.overlay.map((o) => o.id));
    expect(a.gaps.find((g) => g.questionId === "gov_owner")?.refs.hk).toContain("hkma-tm-g-1");
    expect(assessAnswers(answered({ gov_owner: "informal" })).gaps[0]?.refs.hk).toEqual([]);
  });

  it("the ISO/IEC 42001 timeline follows the ISO/IEC 42001 band", () => {
    const aiWeak = Object.fromEntries(
      method.controlQuestions.filter((q) => domainsOf("iso42001").includes(q.domain)).map((q) => [q.id, "none"]),
    );
    const a = assessAnswers(answered(aiWeak));
    const months = method.estimation.timeline.readinessMonths[a.readiness.iso42001?.band ?? "audit_ready"];
    expect(a.timeline.milestones.find((m) => m.id === "iso_engagement")?.date).toBe(addMonths(startDate, months));
    expect(
      assessAnswers(answered({ ai_roles: ["none"] })).timeline.milestones.some((m) => m.framework === "iso42001"),
    ).toBe(false);
    const ready = assessAnswers(answered());
    expect(ready.readiness.iso42001?.band).toBe("audit_ready");
    const readyMonths = method.estimation.timeline.readinessMonths.audit_ready;
    expect(ready.timeline.milestones.find((m) => m.id === "iso_engagement")?.date).toBe(
      addMonths(startDate, readyMonths),
    );
  });

  it("the assessment carries the method and questionnaire versions and the start date", () => {
    const a = assessAnswers(answered());
    expect(a).toMatchObject({
      methodVersion: method.estimation.methodVersion,
      questionnaireVersion: method.questionnaire.version,
      startDate,
    });
    expect(a.proposal).toMatchObject({
      methodVersion: method.estimation.methodVersion,
      questionnaireVersion: method.questionnaire.version,
      startDate,
    });
  });
});

describe("the proposal for sales", () => {
  it("records the profile answers as given, leaving out the unanswered ones", () => {
    const a = assessAnswers({
      industry: "payments",
      headcount: 80,
      ai_roles: ["user"],
      ai_headcount: 12,
      regulated_status: ["svf"],
      sites: 3,
      sites_same_processes: "same",
      subservice_count: 2,
      subservice_method: "inclusive",
    });
    expect(a.proposal.organisation).toEqual({
      industry: "payments",
      headcount: 80,
      aiHeadcount: 12,
      sites: 3,
      sitesSameProcesses: "same",
      subserviceOrganisations: 2,
      subserviceMethod: "inclusive",
      aiRoles: ["user"],
      regulatedStatus: ["svf"],
      priorCertifications: [],
    });
    expect(
      assessAnswers({ hosting: "hybrid", systems_count: 4, ai_roles: ["user"], ai_systems_count: 3 }).proposal
        .organisation,
    ).toStrictEqual({
      hosting: "hybrid",
      systems: 4,
      aiSystems: 3,
      aiRoles: ["user"],
      regulatedStatus: [],
      priorCertifications: [],
    });
  });

  it("carries the SOC 2 path, period, limits, categories and the ISO/IEC 42001 audits", () => {
    const a = assessAnswers(answered({ commitments: ["uptime_sla"] }));
    expect(a.proposal.soc2).toMatchObject({
      firstReport: a.soc2.engagement.firstReport,
      path: a.soc2.engagement.path,
      observationMonths: a.soc2.engagement.observationMonths,
      observationLimits: {
        min: method.estimation.soc2.engagement.minObservationMonths,
        max: method.estimation.soc2.engagement.maxObservationMonths,
      },
      categories: ["security", "availability"],
      criteriaCount: a.soc2.criteria.criteriaCount,
    });
    expect(a.proposal.soc2.fees).toBeUndefined();
    if (!a.iso42001.applicable || !a.proposal.iso42001.applicable) throw new Error("ISO/IEC 42001 applies");
    const { days } = a.iso42001;
    expect(a.proposal.iso42001).toEqual({
      applicable: true,
      roleColumn: a.iso42001.roleColumn,
      days: {
        initial: days.initial,
        stage1: days.stage1,
        stage2: days.stage2,
        surveillance1: days.surveillance1,
        surveillance2: days.surveillance2,
        recertification: days.recertification,
        cycleTotal: days.cycleTotal,
      },
      audits: days.audits,
      byYear: days.byYear,
      sites: a.iso42001.sites,
      sitesAudited: days.sitesAudited,
    });
    expect(a.proposal.readiness).toEqual({ overall: a.readiness.overall.score, band: a.readiness.overall.band });
    expect(assessAnswers(answered({ ai_roles: ["none"] })).proposal.iso42001).toEqual({ applicable: false });
  });

  it("fees are the days times each end of the rate range, rounded to whole units, only when rates are set", () => {
    const answers = answered({ evidence_months: "lt3" });
    const rates = {
      currency: "HKD",
      soc2: [1000.5, 2000.25] as [number, number],
      iso42001: [999.7, 1500.3] as [number, number],
    };
    const a = evaluate(method, { version: method.questionnaire.version, answers, startDate }, { dayRates: rates });
    const t1 = a.soc2.days.type1?.days ?? 0;
    const t2 = a.soc2.days.type2?.days ?? 0;
    expect(a.proposal.soc2.fees).toEqual({
      type1: { currency: "HKD", min: Math.round(t1 * 1000.5), max: Math.round(t1 * 2000.25) },
      type2: { currency: "HKD", min: Math.round(t2 * 1000.5), max: Math.round(t2 * 2000.25) },
    });
    if (!a.proposal.iso42001.applicable) throw new Error("ISO/IEC 42001 applies");
    const { initial, cycleTotal } = a.proposal.iso42001.days;
    expect(a.proposal.iso42001.fees).toEqual({
      initial: { currency: "HKD", min: Math.round(initial * 999.7), max: Math.round(initial * 1500.3) },
      cycle: { currency: "HKD", min: Math.round(cycleTotal * 999.7), max: Math.round(cycleTotal * 1500.3) },
    });
    const none = assessAnswers(answers);
    expect(none.proposal.soc2.fees).toBeUndefined();
    expect(none.proposal.iso42001.applicable && none.proposal.iso42001.fees).toBeUndefined();
  });

  it("the top gaps and the headline findings are the first gaps, as many as the method's reporting settings", () => {
    const a = assessAnswers(answered({}, "informal"));
    const { topGaps, topFindings } = method.estimation.reporting;
    expect(a.gaps.length).toBeGreaterThan(topGaps);
    expect(a.proposal.topGaps).toHaveLength(topGaps);
    expect(a.topFindings).toHaveLength(topFindings);
    expect(a.proposal.topGaps).toEqual(a.gaps.slice(0, topGaps).map((g) => g.questionId));
  });
});
